/**
 * A figure of another measure of money is no answer (src/answer/guards/otherMeasure.ts): a division's
 * sales are not its operating profit, an investment raised is not the valuation. Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'chip', title: '누리반도체, 3분기 영업익 2조1,400억…전년보다 48% 늘어', outlet: '가상경제', author: null, date: '2026-10-29', url: null },
      [
        ['누리반도체가 서버용 메모리 판매 호조에 힘입어 3분기 최대 실적을 냈다.'],
        ['누리반도체는 연결 기준 3분기 매출 13조2,000억 원, 영업이익 2조1,400억 원을 기록했다고 29일 공시했다.', '전년 동기 대비 매출은 19.2%, 영업이익은 48.3% 늘었다.'],
        ['지난해 3분기 영업이익은 1조4,400억 원이었다.'],
        ['사업부별 매출은 D램 8조1,200억 원, 낸드플래시 3조4,500억 원, 파운드리 1조6,300억 원이었다.', '전체 매출에서 서버용 메모리가 차지하는 비중은 38%였다.'],
      ],
    ),
    buildArticle(
      { id: 'farm', title: '스마트팜 새빛팜, 시리즈B 투자 유치', outlet: '가상일보', author: null, date: '2026-11-03', url: null },
      [
        ['스마트팜 스타트업 새빛팜(Saebit Farm)이 600억 원 규모의 시리즈B 투자를 유치했다.'],
        ['회사는 이번 투자금으로 경북 상주에 두 번째 재배 시설을 짓는다.'],
      ],
    ),
  ]);
});

describe('another measure of money', () => {
  it('does not answer an operating profit with the sales figure', async () => {
    const result = await engine.answer('누리반도체 낸드플래시 사업의 3분기 영업이익은 얼마인가?');
    expect(result.answerKind === 'span' && /3조4,500억/u.test(result.answer ?? '')).toBe(false);
  });
  it('still answers the sales asked', async () => {
    const result = await engine.answer('누리반도체 낸드플래시 3분기 매출 얼마야?');
    expect(result.answerKind).toBe('span');
    expect(result.answer).toContain('3조4,500억');
  });
  it('does not answer a valuation with the investment raised', async () => {
    const result = await engine.answer('새빛팜 이번 투자에서 기업가치 얼마로 평가받았어?');
    expect(result.answerKind === 'span' && /600억/u.test(result.answer ?? '')).toBe(false);
  });
  it('still answers the investment asked', async () => {
    const result = await engine.answer('새빛팜 시리즈B 투자 얼마 유치했어?');
    expect(result.answerKind).toBe('span');
    expect(result.answer).toContain('600억');
  });
});
