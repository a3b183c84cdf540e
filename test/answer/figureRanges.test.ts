/**
 * Ranges answered whole (src/answer/dateRange.ts), through answer(): a cost written "15만∼20만 원" is
 * not answered by its upper end, and "공연은 언제 열리나" by both ends of "2월 6일부터 8일까지", not one;
 * a question that asks one end ("언제 시작") keeps that end. Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'tour', title: '밴드 새벽별, 세 번째 전국투어 연다', outlet: '가상연예', author: null, date: '2026-11-09', url: null },
      [
        ['밴드 새벽별이 내년 3월 14일부터 16일까지 가온아트홀에서 세 번째 전국투어의 첫 공연을 연다.'],
        ['티켓 예매는 다음 달 2일 시작한다.'],
        ['소속사는 좌석 가격을 8만∼12만 원 선으로 정했다고 밝혔다.'],
      ],
    ),
  ]);
});

describe('a range answered whole', () => {
  it('an amount written as a range', async () => {
    expect(await engine.answer('새벽별 공연 좌석 가격은 얼마인가?')).toMatchObject({ found: true, answer: '8만∼12만 원' });
  });
  it('a span of dates asked with 언제', async () => {
    expect(await engine.answer('새벽별의 세 번째 전국투어 가온아트홀 공연은 언제 열리나?')).toMatchObject({ found: true, answer: '내년 3월 14일부터 16일까지' });
  });
  it('one end asked keeps that end', async () => {
    const start = await engine.answer('티켓 예매는 언제 시작해?');
    expect(start).toMatchObject({ found: true });
    expect(start.answer).not.toMatch(/부터.*까지/u);
  });
});
