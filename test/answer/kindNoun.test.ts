/**
 * "어떤/무슨/어느 N" and "… N 뭐야" ask which thing of kind N: the answer is the name the sentence
 * gives it (quoted, or a noun phrase ending in N or a word of that kind), and the sentence stays
 * evidence when it names two things of the kind. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { askWhichKind, whichKindOf } from '../../src/answer/english/whichKind.ts';
import { kindSpanIn } from '../../src/answer/span/kindNoun.ts';
import { readSpanQuestion } from '../../src/answer/span/question.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hydrogen', title: '한빛시, 국제 수소 엑스포 유치', outlet: '가상일보', author: null, date: '2025-06-12', url: null },
      [
        ['한빛시가 다음 달 국제 수소 엑스포를 연다고 12일 밝혔다.'],
        ["시는 이날 시청에서 열린 수소경제 포럼에서 채택된 문서 중 '한빛 수소도시 선언'을 발표했다."],
        ["김민수 한빛시장은 포럼에서 '2025 한빛 수소 박람회'를 홍보했다."],
        ["시는 또 '청정에너지 혁신 특구 조성방안'을 다음 달 발표할 계획이라고 밝혔다."],
        ['시는 수소 스타트업 12곳을 새로 문을 연 한빛 수소혁신센터에 입주시켰다.'],
        ['김 시장은 한빛을 "수소 산업의 약속의 땅"이라고 불렀다.'],
      ],
    ),
  ]);
});

describe('which thing of a kind', () => {
  it('answers a quoted name of the asked kind', async () => {
    expect(await engine.answer('포럼에서 채택된 문서 중 어떤 선언 발표했어?')).toMatchObject({ found: true, answer: '한빛 수소도시 선언', answerKind: 'span' });
    expect(await engine.answer('한빛시 다음 달 어떤 계획 발표한대')).toMatchObject({ found: true, answer: '청정에너지 혁신 특구 조성방안', answerKind: 'span' });
    expect(await engine.answer('김 시장 한빛을 무슨 땅이라고 했어')).toMatchObject({ found: true, answer: '수소 산업의 약속의 땅', answerKind: 'span' });
  });

  it('reads "N 뭐야" as asking a kind, answered by a word of that kind (행사 → 박람회)', async () => {
    expect(await engine.answer('한빛시장이 홍보한 행사 뭐야')).toMatchObject({ found: true, answer: '2025 한빛 수소 박람회', answerKind: 'span' });
  });

  it('reads "N 이름" and chat copulas (였어, 이래) as asking a kind', async () => {
    expect(await engine.answer('시가 다음 달 발표할 방안 이름')).toMatchObject({ found: true, answer: '청정에너지 혁신 특구 조성방안', answerKind: 'span' });
    expect(await engine.answer('한빛시장이 홍보한 건 어떤 행사였어')).toMatchObject({ found: true, answer: '2025 한빛 수소 박람회', answerKind: 'span' });
  });

  it('answers a noun phrase ending in the kind noun', async () => {
    expect(await engine.answer('수소 스타트업들 어느 센터에 입주했어')).toMatchObject({ found: true, answer: '한빛 수소혁신센터', answerKind: 'span' });
  });
});

describe('which thing of a kind, asked in English', () => {
  it('reads "which/what N" as 어떤 N and answers with the name of that kind', async () => {
    expect(await engine.answer('Which declaration did Hanbit city announce?')).toMatchObject({ found: true, answer: '한빛 수소도시 선언', answerKind: 'span' });
    expect(await engine.answer('Which event did the mayor promote?')).toMatchObject({ found: true, answer: '2025 한빛 수소 박람회', answerKind: 'span' });
    expect(await engine.answer('What plan will the city announce next month?')).toMatchObject({ found: true, answer: '청정에너지 혁신 특구 조성방안', answerKind: 'span' });
    expect(await engine.answer('Startups moved into which center?')).toMatchObject({ found: true, answer: '한빛 수소혁신센터', answerKind: 'span' });
  });

  it('shows the Korean reading it asked', async () => {
    const answer = await engine.answer('Which event did the mayor promote?');
    expect(answer.translation).toMatch(/어떤 행사\?$/u);
  });
});

describe('whichKindOf', () => {
  const lowers = (question: string) => question.toLowerCase().replace(/[?]/gu, '').split(/\s+/u);
  it('finds the kind noun after which/what, through "kind of" and a few modifiers', () => {
    expect(whichKindOf(lowers('Which events did the city host'))).toEqual({ korean: '행사', at: 1 });
    expect(whichKindOf(lowers('What kind of plan is it'))).toEqual({ korean: '계획', at: 3 });
    expect(whichKindOf(lowers('They moved into which centre'))).toEqual({ korean: '센터', at: 4 });
  });

  it('finds none when what opens a clause, or no kind noun follows', () => {
    expect(whichKindOf(lowers('What did the mayor say about the plan'))).toBeNull();
    expect(whichKindOf(lowers('Tell me what plan they have'))).toBeNull();
    expect(askWhichKind('홍보 시장 행사?', '행사', ['행사'])).toBe('홍보 시장 어떤 행사?');
  });
});

describe('kindSpanIn', () => {
  const span = (sentence: string, question: string) => {
    const at = kindSpanIn(sentence, readSpanQuestion(question, 'open'));
    return at === null ? null : sentence.slice(at.start, at.end);
  };

  it('reads a name put after its kind as an apposition (박람회인 X)', () => {
    expect(span('가람전자는 세계 최대 가전 박람회인 HXS의 혁신상을 받았다.', '가람전자 어떤 박람회에서 상 받았어')).toBe('HXS');
    expect(span('가람전자는 가전 박람회인 HXS와 부품 박람회인 KPX에 나갔다.', '가람전자 어떤 박람회 나갔어')).toBeNull();
  });

  it('gives nothing when the sentence names two things of the kind', () => {
    expect(span("시는 '수소 선언'과 '탄소 선언'을 함께 발표했다.", '시 어떤 선언 발표했어')).toBeNull();
    expect(span('업체는 한빛 물류센터와 한빛 연구센터를 열었다.', '업체 어느 센터 열었어')).toBeNull();
  });

  it('gives nothing for a kind the sentence only mentions, or a description asked (무슨 내용)', () => {
    expect(span('시는 이번 행사를 다음 달 연다.', '시 어떤 행사 열어')).toBeNull();
    expect(span("시는 '수소 협력 강화'를 담은 내용을 발표했다.", '시 무슨 내용 발표했어')).toBeNull();
  });

  it('does not answer with the name the question itself asks about', () => {
    expect(span('한빛 수소 포럼은 입주기념식으로 문을 열었다.', '한빛 포럼 무슨 행사로 문 열었어')).toBeNull();
  });
});
