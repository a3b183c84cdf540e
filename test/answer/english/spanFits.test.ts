/**
 * The last checks of an English question's short answer: the unit asked ("how many days", "in square
 * kilometres") must be the figure's; a span that only says back a word the question quotes answers
 * nothing; "which university" is not answered by another kind of body's acronym; "how many … experts"
 * is not answered with a count of companies. Through
 * engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'fire', title: '가을철 산불조심기간 운영', outlet: '가상일보', author: null, date: '2026-10-20', url: null },
      [['산림당국은 11월 1일부터 12월 15일까지 45일간을 ‘가을철 산불조심기간’으로 정하고, 산불 감시용 드론 240대와 감시인력 2,300명을 전국 산림에 배치한다고 20일 밝혔다.']],
    ),
    buildArticle(
      { id: 'talk', title: '한일 소재 협력 포럼 열려', outlet: '가상일보', author: null, date: '2026-09-03', url: null },
      [
        ['김하늘 장관은 “한국의 소재 기술과 일본의 장비 역량이 만난다면 양국 산업 모두에게 ‘윈윈’이 될 것”이라고 말했다.'],
        ['포럼엔 재단 이사장과 함께, ‘오사카 이노베이션 센터(OIC)’ 내 오피스에 입주하는 국내 기업(12개소)뿐 아니라 협약을 체결하는 양국 기관(9개) 등 80여 명이 참석했다.', '재단은 올해 2월 부산시와 동명대 등 20여 개 기관과 업무협약을 체결했다.'],
      ],
    ),
    buildArticle(
      { id: 'round', title: '해양바이오 라운드테이블 개최', outlet: '가상일보', author: null, date: '2026-06-11', url: null },
      [['라운드테이블에는 한일 해양바이오 기업 15개사와 함께 양국 클러스터 전문가들이 참석해 공동 연구 방안을 논의했다.']],
    ),
    buildArticle(
      { id: 'expo', title: '세계 한인 식품박람회 홍보', outlet: '가상일보', author: null, date: '2026-05-02', url: null },
      [['만찬에서는 오는 10월 미국 시애틀에서 개최 예정인 ‘2026 세계 한인 식품박람회’에 대해 주최단체 회장이 참석해 홍보도 병행했다.']],
    ),
  ]);
});

describe('the unit an English question asks', () => {
  it('answers the figure in days, not another count of the sentence', async () => {
    const answer = await engine.answer('How many days does the wildfire caution period last?');
    expect(answer.answer).toBe('45일');
  });

  it('gives no short answer in another unit than the one asked', async () => {
    const answer = await engine.answer('How many drones are deployed, in square kilometres?');
    expect(answer.answerKind === 'span' && /대/u.test(answer.answer ?? '')).toBe(false);
  });
});

describe('people counted', () => {
  it('does not answer "how many … experts" with a count of companies', async () => {
    const answer = await engine.answer('How many Korean and Japanese cluster experts attended the roundtable?');
    expect(answer.answerKind === 'span' && /개사|개 사/u.test(answer.answer ?? '')).toBe(false);
  });
});

describe('a span that echoes the question', () => {
  it('does not answer with the word the question quotes', async () => {
    const answer = await engine.answer("What did Minister Kim say would be a 'win-win' for both industries?");
    expect(answer.answer).not.toBe('윈윈');
    expect(answer.citations[0]?.text).toContain('소재 기술과 일본의 장비 역량');
  });
});

describe('the kind of organization asked', () => {
  it('does not answer "which university" with the acronym of a centre', async () => {
    const answer = await engine.answer('Which university was among the ~20 institutions that signed with the foundation in February?');
    expect(answer.answer).not.toBe('OIC');
  });
});

describe('a day asked that the articles do not give', () => {
  it('is not answered by a sentence that gives the month only', async () => {
    const answer = await engine.answer('On which October day does the 2026 World Korean Food Expo in Seattle open?');
    expect(answer.found).toBe(false);
  });
});
