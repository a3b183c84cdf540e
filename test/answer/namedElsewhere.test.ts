/**
 * An item the question names that only some sentences tell a figure of (src/answer/namedElsewhere.ts),
 * through answer(): a country's figure over the lead's total, a candidate called again by surname and
 * title, the figure told of 누적 in an interview answer over its neighbours, and a description of the
 * story's subject ("국내 스타트업") that is no item. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'tea', title: '녹차 수출 4,120만 달러…14개월 연속 증가', outlet: '가상농업신문', author: null, date: '2026-10-02', url: null },
      [
        ['녹차 수출이 9월에도 늘며 14개월 연속 증가세를 이어갔다.'],
        ['농림축산식품부가 1일 발표한 \'2026년 9월 농식품 수출 동향\'에 따르면 지난달 녹차 수출액은 4,120만 달러로 1년 전보다 12.4% 늘었다.'],
        ['국가별로는 일본 녹차 수출이 1,380만 달러로 가장 많았다.', '베트남 수출은 910만 달러로 41.2% 늘며 가장 가파르게 증가했다.'],
        ['태국은 620만 달러, 호주는 470만 달러로 집계됐다.'],
        ['말차 가루 수출은 530만 달러로 8.1% 늘었다.'],
      ],
    ),
    buildArticle(
      { id: 'poll', title: '[여론조사] 해온시장 보궐선거 김도윤 41.5% vs 박서하 37.2%', outlet: '가상일보', author: null, date: '2026-10-05', url: null },
      [
        ['오는 11월 치러지는 해온시장 보궐선거에서 새미래당 김도윤 후보와 민생연합 박서하 후보가 접전을 벌이고 있다.'],
        ['가상일보가 의뢰한 조사에서 김도윤 전 시의원은 41.5%, 박서하 전 부시장은 37.2%의 지지를 얻었다.'],
        ['두 후보의 격차는 4.3%포인트로 오차범위 안이다.', '무소속 후보 두 명은 합쳐서 6.8%를 얻었다.'],
        ['연령대별로는 50대에서 김 후보가 48.3%로 박 후보(30.1%)를 앞섰고, 30대에서는 박 후보가 44.6%로 김 후보(32.0%)를 앞질렀다.'],
        ['이번 보궐선거는 전임 시장이 지난 7월 사퇴하면서 치러진다.', '후보 등록은 다음 달 3일부터 이틀간 진행된다.'],
        ['정당 지지도는 새미래당 35.1%, 민생연합 33.6%였고, 무당층은 21.4%였다.'],
        ['시장이 가장 먼저 풀어야 할 과제로는 일자리 확대가 28.7%로 가장 많이 꼽혔다.'],
        ['이번 조사는 지난달 28~29일 해온시 거주 유권자 802명을 대상으로 실시했다.', '응답률은 11.9%였다.'],
      ],
    ),
    buildArticle(
      { id: 'farm', title: '[인터뷰] 버섯 스마트팜 스타트업 모락', outlet: '가상벤처', author: null, date: '2026-10-07', url: null },
      [
        ['버섯 스마트팜 스타트업 모락(Morak)이 최근 120억 원 규모의 시리즈B 투자를 유치했다.'],
        ['"시리즈B로 120억 원을 유치했습니다. 한빛벤처스(Hanbit Ventures)가 70억 원을 넣어 투자를 주도했습니다. 누적 투자액은 310억 원이 됐습니다."'],
        ['"직원은 42명이고 그중 연구 인력이 15명입니다."'],
      ],
    ),
  ]);
});

describe('an item told elsewhere in the article', () => {
  it('a country the lead never names is answered from its own sentence, never with the total', async () => {
    expect(await engine.answer('베트남으로의 9월 녹차 수출액은 얼마였나?')).toMatchObject({ found: true, answer: '910만 달러' });
    expect(await engine.answer('호주쪽 녹차 수출 얼마였음?')).toMatchObject({ found: true, answer: '470만 달러' });
    expect(await engine.answer('말차 가루 수출액은 얼마야?')).toMatchObject({ found: true, answer: '530만 달러' });
    // The total is still the total.
    expect(await engine.answer('9월 녹차 수출액은 얼마였나?')).toMatchObject({ found: true, answer: '4,120만 달러' });
  });
  it('a candidate called again by surname and title ("김 후보가 48.3%로 박 후보(30.1%)를")', async () => {
    expect(await engine.answer('50대에서 김도윤 후보의 지지율은 얼마였나?')).toMatchObject({ found: true, answer: '48.3%' });
    expect(await engine.answer('새미래당 김도윤 후보의 지지율은 얼마인가?')).not.toMatchObject({ answer: '35.1%' });
  });
  it('the figure told of 누적 in an answer that gives three sums', async () => {
    expect(await engine.answer('모락 누적 투자 얼마')).toMatchObject({ found: true, answer: '310억 원' });
    expect(await engine.answer('모락 시리즈B 투자 규모는?')).toMatchObject({ found: true, answer: '120억 원' });
  });
});
