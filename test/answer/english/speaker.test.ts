/**
 * "Who said / asked … ?" in English over invented Korean articles: the speaker of the quote that
 * holds most of the question's words, named in an earlier sentence when the quote's own does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../src/corpus/index.ts';
import { createEngine, type Engine } from '../../../src/answer/index.ts';
import { SPEAKER_QUESTION } from '../../../src/answer/english/speaker.ts';

let engine: Engine;

beforeAll(async () => {
  const articles = [
    {
      id: 'a',
      title: '부산 해양 스타트업 박람회 개막',
      date: '2024-05-02',
      text: [
        '부산시는 2일 해양 스타트업 박람회를 열었다고 밝혔다.',
        '김도윤 부산해양진흥원장은 “해양 스타트업이 세계 시장으로 나가도록 모든 역량을 모으겠다”고 말했다.',
        '그러면서 “투자자들이 항만 물류 분야 창업 기업에 더 많은 관심을 가져 달라”고 당부했다.',
        '박민수 부산상공회의소 회장은 “지역 대학과 기업이 함께 인재를 키워야 한다”고 강조했다.',
      ].join(' '),
    },
  ]
    .map((record) => articleFromRecord(record))
    .filter((article) => article !== null);
  engine = await createEngine(articles);
});

describe('English questions about who said something', () => {
  it('answers with the speaker of the quote that says it', async () => {
    const answer = await engine.answer('Who stressed that local universities and companies should train talent together?');
    expect(answer.answer).toContain('박민수');
    expect(answer.citations[0]?.text).toContain('인재를 키워야');
  });

  it('finds a speaker named only in an earlier sentence', async () => {
    const answer = await engine.answer('Who asked investors to take more interest in port logistics startups?');
    expect(answer.answer).toContain('김도윤');
  });

  it('answers "which official warned …" with the speaker too', async () => {
    const answer = await engine.answer('Which chamber official stressed that local universities and companies should train talent together?');
    expect(answer.answer).toContain('박민수');
    expect(SPEAKER_QUESTION.test('Which city council member warned that deficits would cut welfare?')).toBe(true);
    expect(SPEAKER_QUESTION.test('Which company said it would build a plant?')).toBe(false);
  });

  it('does not answer when no quote says it', async () => {
    const answer = await engine.answer('Who said the shipyard would close next year?');
    expect(answer.answer ?? '').not.toMatch(/김도윤|박민수/u);
  });
});
