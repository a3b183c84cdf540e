/**
 * The month a figure is told for and the date of the event asked, through answer(): "9월 수출" is the
 * lead's "지난달" (an article of 10월 2일), never "1~9월 누적"; a story set in another month does not
 * answer a month asked; "언제 국내로 송환됐나" is the date the words after which say so; "영하 12도"
 * whole (src/answer/monthScope.ts, src/answer/eventDate.ts, src/facts/count.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractCounts } from '../../src/facts/count.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'pepper', title: '고추장 수출 2,310만 달러…석 달 연속 증가', outlet: '가상식품신문', author: null, date: '2026-10-02', url: null },
      [
        ['고추장 수출이 9월에도 늘며 석 달 연속 증가세를 이어갔다.'],
        ['해양식품진흥원이 1일 내놓은 \'2026년 9월 장류 수출 실적\'에 따르면 지난달 고추장 수출액은 2,310만 달러로 1년 전보다 9.4% 늘었다.'],
        ['1~9월 누적 고추장 수출은 1억8,700만 달러로 지난해 연간 실적을 이미 넘어섰다.'],
        ['진흥원은 올해 연간 고추장 수출이 2억4천만 달러 안팎에 이를 것으로 내다봤다.'],
      ],
    ),
    buildArticle(
      { id: 'theater', title: '\'은하열차\' 3주 연속 1위…주말 41만 명', outlet: '가상연예', author: null, date: '2026-12-08', url: null },
      [
        ['영화 \'은하열차\'가 개봉 3주 차 주말에도 박스오피스 정상을 지켰다.'],
        ['통합전산망에 따르면 \'은하열차\'는 지난 5~7일 사흘 동안 41만2,300명을 모았다.'],
        ['이번 주말 전체 극장 관객 수는 96만5,100명으로 지난해 같은 기간보다 4.1% 줄었다.'],
      ],
    ),
    buildArticle(
      { id: 'fraud', title: '투자사기 조직 총책 송환…피해 42억 원', outlet: '가상사회', author: null, date: '2026-11-20', url: null },
      [
        ['해온경찰청은 가짜 투자 앱으로 210여 명에게서 42억 원을 가로챈 혐의로 투자사기 조직원 31명을 검거했다고 20일 밝혔다.'],
        ['총책 B씨는 지난 6월 라오스 경찰과의 공조 수사로 현지에서 붙잡혀 8월 국내로 송환됐다.'],
        ['다음 날 아침 최저기온은 대관령 영하 12도, 서울 영하 5도까지 떨어지겠다.'],
      ],
    ),
  ]);
});

describe('the month a figure is told for', () => {
  it('"9월 수출" is the lead\'s 지난달 (resolved against the article\'s date), never the 1~9월 sum', async () => {
    expect(await engine.answer('9월 고추장 수출 얼마였어?')).toMatchObject({ found: true, answer: '2,310만 달러' });
    expect(await engine.answer('1~9월 누적 고추장 수출 얼마야')).toMatchObject({ found: true, answer: '1억8,700만 달러' });
  });
  it('a story set in December does not answer a November figure', async () => {
    const answer = await engine.answer('11월 극장 관객 몇 명이었어?');
    expect(answer.answer ?? '').not.toContain('96만5,100명');
    expect(await engine.answer('이번 주말 전체 극장 관객 수는 몇 명이야?')).toMatchObject({ found: true, answer: '96만5,100명' });
  });
});

describe('the date of the event asked', () => {
  it('the date the words after which hold the event (송환), not the date before it', async () => {
    const answer = await engine.answer('총책 B씨는 언제 국내로 송환됐나?');
    expect(answer.found).toBe(true);
    expect(answer.answer ?? '').toContain('8월');
    expect(answer.answer ?? '').not.toContain('6월');
  });
  it('a temperature below zero is read whole', async () => {
    const text = '아침 최저기온은 대관령 영하 12도, 서울 영하 5도까지 떨어지겠다.';
    expect(extractCounts({ articleId: 'x', index: 0, paragraphIndex: 0, text }).map((fact) => [fact.text, fact.value])).toEqual([
      ['영하 12도', -12],
      ['영하 5도', -5],
    ]);
    expect(extractCounts({ articleId: 'x', index: 0, paragraphIndex: 0, text: '제1도크와 경기 3도로' }).map((fact) => fact.text)).toEqual([]);
    expect(await engine.answer('대관령 아침 최저기온 몇 도야')).toMatchObject({ found: true, answer: '영하 12도' });
  });
});
