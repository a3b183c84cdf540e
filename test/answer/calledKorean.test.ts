/**
 * What a speaker called something, asked in Korean (src/answer/calledKorean.ts, quote.ts): "원장이
 * 판교를 뭐라고 불렀어?", "장관이 버스를 뭐에 비유했어?" — the term, not the whole quote; a speaker
 * asked by title alone. Through answer(), over invented articles (not the seeds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hub', title: '판교 창업 허브 개소', outlet: '가상일보', author: null, date: '2025-05-02', url: null },
      [
        ['판교 창업 허브가 2일 문을 열었다.'],
        ['김하늘 한빛진흥원장은 “아시아 소프트웨어의 심장인 판교에 문을 연 허브는 창업 기업의 해외 진출을 위한 발판으로서 역할을 할 것”이라고 말했다.'],
        ['입주 기업은 모두 24곳이다.'],
        ['박서윤 가온시장은 “지역의 미래 먹거리로서 바이오 창업이 세계로 뻗어 나가도록 돕겠다”고 밝혔다.'],
      ],
    ),
    buildArticle(
      { id: 'bus', title: '농촌 버스 노선 확대', outlet: '가상경제', author: null, date: '2025-06-10', url: null },
      [
        ['국토교통부(장관 이도윤)는 농촌 버스 노선을 2027년까지 120개 늘린다고 밝혔다.'],
        ['이도윤 국토교통부 장관은 "어르신들에게 마을버스는 발이자 병원 가는 길"이라며 "운행 횟수도 늘리겠다"고 말했다.'],
      ],
    ),
  ]);
});

describe('the term a speaker called something', () => {
  it('what is set before the thing in the quote', async () => {
    const answer = await engine.answer('ㄱㅎㄴ 원장이 판교를 뭐라고 불렀어?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: '아시아 소프트웨어의 심장' });
  });
  it('what the quote says it is, the speaker asked by title alone', async () => {
    const answer = await engine.answer('장관이 마을버스를 뭐에 비유했어?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: '발이자 병원 가는 길' });
  });
  it('what the thing is as, set before it', async () => {
    expect((await engine.answer('박서윤 시장이 바이오 창업을 뭐라고 불렀어?')).answer).toBe('먹거리');
  });
  it('a plain quote question still gets the quote', async () => {
    expect((await engine.answer('이도윤 장관 뭐라고 했어?')).answer).toContain('운행 횟수');
  });
});
