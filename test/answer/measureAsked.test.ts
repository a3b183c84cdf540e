/**
 * 몇 before a unit asks that figure, not a count (question.ts measureAsked): "몇 억짜리", "몇 달러",
 * "몇㎡", "몇 %" — while "몇 억 명", "몇 만 개" still count. Through answer(), over an invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'park', title: '가온시 수변공원 조성', outlet: '가상일보', author: null, date: '2025-05-02', url: null },
      [
        ['가온시는 강변 부지 12만㎡에 수변공원을 조성한다고 1일 밝혔다.'],
        ['사업비는 모두 830억 원이며, 이 가운데 국비는 250억 원이다.'],
        ['공원 조성 공사의 공정률은 현재 35%다.'],
        ['가온시는 개장 첫해 방문객이 120만 명에 이를 것으로 내다봤다.'],
      ],
    ),
  ]);
});

describe('몇 before a unit', () => {
  it.each([
    ['수변공원 부지 몇㎡ 였더라', '12만㎡', 'area'],
    ['수변공원 사업비 몇 억짜리래?', '830억 원', 'money'],
    ['수변공원 공정률 몇 %래?', '35%', 'percent'],
    ['수변공원 방문객 몇 만 명 예상해?', '120만 명', 'count'],
  ])('%s → %s', async (question, gold, intent) => {
    const answer = await engine.answer(question);
    expect(answer.intent).toBe(intent);
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain(gold);
  });
});
