/**
 * The fact-kind registry: every kind is complete (the compiler checks; the @ts-expect-error lines
 * fail the typecheck if it stops checking), its extractor reads its own kind, and the stages that
 * list kinds (labels, /facts choices, question cues, search hints) list them all.
 */
import { describe, expect, it } from 'vitest';
import factsCommand from '../../commands/facts.ts';
import { prepareQuestion } from '../../src/answer/prepare.ts';
import { analyzeQuestion } from '../../src/answer/question.ts';
import { buildArticle } from '../../src/corpus/index.ts';
import { answerTypeHints, extractFacts, FACT_KINDS, FACT_TYPES, type FactKind, type FactType } from '../../src/facts/index.ts';
import { labelsFor } from '../../src/render/labels.ts';

type Registry = { [T in FactType]: FactKind<T> };

// A registry without one kind, or an entry without its labels, does not compile.
const { quote: _quote, ...withoutQuote } = FACT_KINDS;
// @ts-expect-error quote is missing
const missing: Registry = withoutQuote;
// @ts-expect-error an entry needs its labels
const unlabeled: Registry = { ...FACT_KINDS, money: { ...FACT_KINDS.money, label: undefined } };
void missing;
void unlabeled;

/** One sentence per kind that states a fact of it, and a question that asks for it. */
const EXAMPLES: Record<FactType, { sentence: string; question: string }> = {
  money: { sentence: '시는 북항 재개발에 약 2,700억 원을 투자한다.', question: '북항 재개발 예산' },
  percent: { sentence: '수출은 지난해보다 12.5% 늘었다.', question: '수출 증가율' },
  area: { sentence: '부지는 4만㎡ 규모다.', question: '부지 면적' },
  duration: { sentence: '두 정상은 12년 만에 다시 만났다.', question: '정상회담 얼마나 오래 걸렸나' },
  date: { sentence: '공사는 2025년 3월 끝난다.', question: '공사 완공 시기' },
  count: { sentence: '스타트업 15개 사가 참여했다.', question: '참여 스타트업 몇 개' },
  person: { sentence: '이영 중소벤처기업부 장관은 현장을 찾았다.', question: '현장 찾은 사람 누구' },
  quote: { sentence: '이영 장관은 “미국은 우리 기업들에게 기회의 땅입니다”라고 말했다.', question: '이영 장관 발언' },
};

describe('FACT_KINDS', () => {
  it.each(FACT_TYPES)('%s: its extractor reads its own kind, its cues ask for it', (type) => {
    const { sentence, question } = EXAMPLES[type];
    const article = buildArticle({ id: 'a', title: '', outlet: null, author: null, date: '2024-03-02', url: null }, [[sentence]]);
    expect(extractFacts(article).map((fact) => fact.type)).toContain(type);
    const analyzed = analyzeQuestion(prepareQuestion(question));
    expect(analyzed.ok && analyzed.value.intent).toBe(type);
  });

  it('gives every kind a Korean and an English label, and unique precedences', () => {
    for (const type of FACT_TYPES) {
      expect(labelsFor('ko').factTypes[type]).toBe(FACT_KINDS[type].label.ko);
      expect(labelsFor('en-US').factTypes[type]).toBe(FACT_KINDS[type].label.en);
    }
    expect(new Set(FACT_TYPES.map((type) => FACT_KINDS[type].precedence)).size).toBe(FACT_TYPES.length);
  });

  it('/facts offers every kind', () => {
    const option = factsCommand.data.options.find((o) => o.name === 'type');
    expect(option && 'choices' in option ? option.choices?.map((choice) => choice.value) : []).toEqual(FACT_TYPES);
  });

  it("search's answer-type hints come from the kinds that have one", () => {
    expect(answerTypeHints()).toHaveLength(FACT_TYPES.filter((type) => FACT_KINDS[type].search !== null).length);
  });
});
