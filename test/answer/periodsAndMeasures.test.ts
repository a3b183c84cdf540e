/**
 * A figure told for another month (10월's for "9월") is not the one asked; one of another measure (교역액 for "수출액"), for
 * another time (a 2030 target for "지난해"), or a sum of money for a quantity ("처리량 얼마") answers
 * something else: not found. Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { asksQuantity } from '../../src/answer/counters.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'trade', title: '한들시 관광·교역 통계', outlet: '가상서해신문', author: null, date: '2026-11-25', url: null },
      [
        ['한들시는 10월 관광객 지출액이 120억 원으로 집계됐다고 밝혔다.', '한들시 관광객 지출액은 9월에는 95억 원이었다.'],
        ['시장은 "자매도시와의 교역액이 지난해 15억 달러였다"며 "2030년까지 30억 달러 달성을 목표로 삼자"고 말했다.'],
        ['새 물류센터에는 2027년까지 300억 원이 투입된다.'],
      ],
    ),
  ]);
});

describe('a figure told for another month, measure or time', () => {
  it('the month asked', async () => {
    expect(await engine.answer('한들시 10월 관광객 지출액 얼마야?')).toMatchObject({ found: true, answer: '120억 원' });
    expect(await engine.answer('한들시 9월 관광객 지출액 얼마야?')).toMatchObject({ found: true, answer: '95억 원' });
  });
  it('the time asked', async () => {
    expect(await engine.answer('자매도시 2030년 교역 목표 얼마래?')).toMatchObject({ found: true, answer: '30억 달러' });
    expect((await engine.answer('자매도시와의 지난해 수출액은 얼마인가?')).found).toBe(false);
  });
  it('a quantity is not a sum of money', async () => {
    expect((await engine.answer('새 물류센터 연간 처리량 얼마야?')).found).toBe(false);
    expect(asksQuantity('연간 생산량 얼마야?')).toBe(true);
    expect(asksQuantity('생산량 늘리는 데 든 비용 얼마야?')).toBe(false);
  });
});
