/**
 * "언제부터 언제까지" is answered by both ends ("다음 달 3일부터 14일까지"); "9월 둘째 주" is read
 * whole; "분야별로 가장 많은 예산 뭐야?" asks which item (문화체육), not the amount. Invented article,
 * not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractDates } from '../../src/facts/date.ts';
import { widenToRange } from '../../src/answer/dateRange.ts';
import type { Answer } from '../../src/answer/types.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'county', title: '푸른군, 내년 예산 6,400억 원 편성', outlet: '가상중부일보', author: null, date: '2026-11-20', url: null },
      [
        ['푸른군이 내년 예산안을 6,400억 원 규모로 편성해 군의회에 제출했다.', '분야별로는 문화체육 예산이 1,210억 원으로 가장 많고, 농업 980억 원, 교통 640억 원 순이다.'],
        ['군의회는 다음 달 3일부터 14일까지 예산안을 심사한다.'],
        ['군은 내년 푸른 국화축제를 9월 둘째 주에 열 계획이다.'],
      ],
    ),
  ]);
});

describe('both ends of a span of dates', () => {
  it('"언제부터 언제까지" gets the whole span', async () => {
    expect(await engine.answer('푸른군 군의회 예산안 심사 언제부터 언제까지야?')).toMatchObject({ found: true, answer: '다음 달 3일부터 14일까지' });
  });
  it('two days told as one span ("20일과 21일 이틀간") are both given', () => {
    const text = '군민 공청회는 다음 달 20일과 21일 이틀간 군청에서 진행된다.';
    const at = text.indexOf('21일');
    const shown = { found: true, answerKind: 'span', answer: '21일', answerStart: at, answerEnd: at + 3, intent: 'date', citations: [{ text }] } as unknown as Answer;
    expect(widenToRange(shown).answer).toBe('다음 달 20일과 21일');
    const apart = '공청회는 20일, 설명회는 21일 열린다.';
    const one = { ...shown, answerStart: apart.indexOf('21일'), answerEnd: apart.indexOf('21일') + 3, citations: [{ text: apart }] } as unknown as Answer;
    expect(widenToRange(one).answer).toBe('21일');
  });
  it('a week of a month is read whole', async () => {
    expect(await engine.answer('푸른 국화축제 내년 언제 열려?')).toMatchObject({ found: true, answer: expect.stringContaining('9월 둘째 주') });
    const text = '축제는 9월 둘째 주에 열린다.';
    expect(extractDates({ text, index: 0, start: 0, end: text.length } as never, { articleDate: '2026-11-20' }).map((fact) => fact.text)).toContain('9월 둘째 주');
  });
});

describe('a superlative asking which', () => {
  it('the item with the most, not its amount', async () => {
    expect(await engine.answer('푸른군 분야별로 가장 많은 예산 뭐야?')).toMatchObject({ found: true, answer: '문화체육' });
  });
  it('an amount asked with the superlative is still the amount', async () => {
    expect((await engine.answer('푸른군 분야별로 가장 많은 예산은 얼마야?')).answer ?? '').toContain('1,210억 원');
  });
});
