/**
 * A figure of another round of a numbered series (시리즈C for 시리즈B, 2분기 for 3분기) does not answer
 * the round asked (src/answer/guards/otherRound.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'robot', title: '물류로봇 바퀴온, 시리즈C 600억 유치', outlet: '가상경제', author: null, date: '2026-12-01', url: null },
      [
        ['자율주행 물류로봇 스타트업 바퀴온(Bakwion)이 600억 원 규모의 시리즈C 투자를 유치했다.'],
        ['2021년 창업한 이 회사는 창고 안에서 선반을 옮기는 로봇을 만든다.', '2024년 시리즈B 라운드 이후 고객사가 세 배로 늘었다.'],
        ['회사는 이번 투자금으로 미국 공장을 짓는다.'],
      ],
    ),
    buildArticle(
      { id: 'pay', title: '핀테크 돈길, 시리즈B 투자 유치', outlet: '가상경제', author: null, date: '2026-11-20', url: null },
      [['핀테크 스타트업 돈길이 시리즈B 투자를 마무리했다고 20일 밝혔다.'], ['회사는 동남아 송금 서비스를 넓힌다.']],
    ),
  ]);
});

describe('another round of a series', () => {
  it('does not answer the series B amount with the series C one', async () => {
    const result = await engine.answer('바퀴온이 시리즈B 라운드에서 유치한 투자 금액은 얼마였나?');
    expect(result.answerKind === 'span' && /600억/u.test(result.answer ?? '')).toBe(false);
  });
  it('still answers the round the sentence states', async () => {
    const result = await engine.answer('바퀴온 시리즈C 투자 얼마 유치했어?');
    expect(result.answer).toContain('600억 원');
  });
});
