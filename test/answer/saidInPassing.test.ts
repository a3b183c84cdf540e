/**
 * Chat words that name no topic (src/answer/sentences.ts SAID_IN_PASSING): "매달 장려금 얼마", "보상금
 * 총액 얼마로 합의했대" are asked of articles that write "월 70만원의 훈련장려금", "보상금 40억원". Unknown to the corpus, such words are optional;
 * a word of the topic the corpus never uses still means the articles do not answer. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'dock', title: '한솔항 3부두 착공', outlet: '가상항만신문', author: null, date: '2026-03-05', url: null },
      [
        ['한솔시는 한솔항 3부두 건설에 국비 600억원과 시비 300억원 등 총사업비 900억원을 투입한다고 5일 밝혔다.'],
        ['시는 인근 어촌계 4곳과 협의해 보상금 40억원을 지급하기로 했다.'],
        ['부두 인력 양성 과정 수강생에게는 월 70만원의 훈련장려금이 지급된다.'],
        ['시는 착공식에서 선사 유치 계약 3건과 물류 협약 2건 등 모두 5건을 체결했다.'],
      ],
    ),
  ]);
});

describe('chat words that name no topic', () => {
  it('how often (매달) is no topic word', async () => {
    expect(await engine.answer('양성 과정 수강생 매달 장려금 얼마 받아?')).toMatchObject({ found: true, answer: '70만원' });
  });
  it('the slot asked (총액, 금액) is no topic word', async () => {
    expect(await engine.answer('어촌계 보상금 총액 얼마로 합의했대')).toMatchObject({ found: true, answer: '40억원' });
    expect(await engine.answer('어촌계 보상금 금액 얼마야?')).toMatchObject({ found: true, answer: '40억원' });
  });
  it('totting up (합쳐서, 통틀어) is no topic word, and asks the total', async () => {
    expect(await engine.answer('착공식 선사 유치 계약이랑 물류 협약 합쳐서 몇 건이야?')).toMatchObject({ found: true, answer: '5건' });
    expect(await engine.answer('착공식 체결 건수 통틀어 몇 건이야?')).toMatchObject({ found: true, answer: '5건' });
  });
  it('a topic word the corpus never uses still leaves the question unanswered', async () => {
    expect((await engine.answer('한솔항 3부두 수강생 기숙사비 매달 얼마야?')).found).toBe(false);
  });
});
