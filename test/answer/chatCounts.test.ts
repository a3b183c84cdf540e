/**
 * Counts asked as chat asks them (invented article, through answer()):
 * - counters said for one another (src/answer/counters.ts SAME_COUNT): "몇 번" is answered "4회",
 *   "찬성 몇 표" by the members voting ("찬성 7명");
 * - a bare 얼마 no money word backs (src/answer/howMuch.ts): "운임지수 얼마였어" is answered by the
 *   index's points when no amount answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { counterFits } from '../../src/answer/counters.ts';
import { otherMeasuresOfHowMuch } from '../../src/answer/howMuch.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'council', title: '솔내군의회, 내년 예산안 가결', outlet: '가상일보', author: null, date: '2026-12-03', url: null },
      [
        ['솔내군의회는 3일 본회의를 열어 내년도 예산안을 재석 11명 가운데 찬성 8명, 반대 3명으로 가결했다.'],
        ['군립 합창단의 순회공연은 내년 읍면에서 모두 6회 열린다.'],
      ],
    ),
    buildArticle(
      { id: 'port', title: '해솔항 물동량 늘어', outlet: '가상경제', author: null, date: '2026-12-05', url: null },
      [['해솔항의 11월 컨테이너 운임지수는 1,250포인트로 한 달 전보다 올랐다.']],
    ),
  ]);
});

describe('counters said for one another', () => {
  it('reads them as one', () => {
    expect(counterFits('번', '회')).toBe(true);
    expect(counterFits('번', '차례')).toBe(true);
    expect(counterFits('표', '명')).toBe(true);
    expect(counterFits('번', '명')).toBe(false);
    expect(counterFits('표', '개')).toBe(false);
  });
  it('answers "몇 번" with 회 and "몇 표" with the members voting', async () => {
    expect((await engine.answer('합창단 순회공연 몇 번 해?')).answer).toBe('6회');
    expect((await engine.answer('솔내군의회 예산안 찬성 몇 표 나왔어?')).answer).toBe('8명');
  });
});

describe('a bare 얼마', () => {
  it('is tried as a count only when no money word backs it', () => {
    const asked = { intent: 'money' as const, cues: ['얼마'], question: '운임지수 얼마였어?' };
    expect(otherMeasuresOfHowMuch({ ...asked, topic: '운임지수' })).toEqual(['count']);
    expect(otherMeasuresOfHowMuch({ ...asked, topic: '항만 사용료' })).toEqual([]);
    expect(otherMeasuresOfHowMuch({ ...asked, cues: ['얼마', '예산'], topic: '운임지수' })).toEqual([]);
    expect(otherMeasuresOfHowMuch({ ...asked, intent: 'count', topic: '운임지수' })).toEqual([]);
    // Money changing hands: "총 얼마 든대" asks an amount, never a count.
    expect(otherMeasuresOfHowMuch({ ...asked, question: '부두 짓는 데 총 얼마 든대?', topic: '부두 짓는' })).toEqual([]);
    // A price or worth: "얼마짜리".
    expect(otherMeasuresOfHowMuch({ ...asked, question: '운임지수 계약 얼마짜리래?', topic: '운임지수 계약' })).toEqual([]);
  });
  it('is answered by the quantity the article gives', async () => {
    const answer = await engine.answer('해솔항 운임지수 얼마였어?');
    expect(answer.answer).toBe('1,250포인트');
  });
});
