/**
 * A total the question did not ask for (누적·전체), the year before asked ("a year earlier" → the
 * figure in brackets after 1년 전), and a day asked ("from what date") that a year does not answer.
 * Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { aggregateUnasked } from '../../../src/answer/english/aggregate.ts';
import { earlierTimes } from '../../../src/answer/english/clause.ts';
import { dayUnanswered } from '../../../src/answer/english/openKind.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ships', title: '바다중공업, 컨테이너선 4척 수주', outlet: '가상일보', author: null, date: '2026-11-02', url: null },
      [['바다중공업이 컨테이너선 4척을 수주했다.', '이번 수주로 바다중공업의 올해 누적 수주액은 41억2천만 달러로 늘었다.'], ['회사는 지난해 매출 2조1,300억 원, 영업이익 415억 원을 올렸다.']],
    ),
    buildArticle(
      { id: 'chips', title: '가람반도체 3분기 실적', outlet: '가상일보', author: null, date: '2026-10-28', url: null },
      [['가람반도체는 3분기 매출이 늘었다고 밝혔다.', '전체 매출에서 서버용 메모리가 차지하는 비중은 46%로 1년 전(31%)보다 15%포인트 높아졌다.']],
    ),
    buildArticle(
      { id: 'flu', title: '독감 무료 접종 확대', outlet: '가상일보', author: null, date: '2026-09-01', url: null },
      [['2025년 기준 65세 이상의 독감 백신 접종률은 71.2%에 머물렀다.']],
    ),
  ]);
});

describe('a total the question did not ask for', () => {
  it("is not one order's worth", async () => {
    const order = await engine.answer("How much is Bada Heavy Industries' order worth?");
    expect(order.answer ?? '').not.toContain('41억2천만');
  });

  it('reads the aggregate word in the figure\'s own clause only', () => {
    expect(aggregateUnasked('How much is the order worth?', '41억2천만 달러', '올해 누적 수주액은 41억2천만 달러로 늘었다.')).toBe(true);
    expect(aggregateUnasked('How much have they won in total this year?', '41억2천만 달러', '올해 누적 수주액은 41억2천만 달러로 늘었다.')).toBe(false);
    expect(aggregateUnasked('What share of sales?', '46%', '전체 매출에서 메모리 비중은 46%다.')).toBe(false);
    expect(aggregateUnasked('How much did it invest?', '5천억 원', '누적 투자는 많지 않았지만, 올해는 5천억 원을 투자했다.')).toBe(false);
  });
});

describe('the year before asked', () => {
  it('answers the figure in brackets after 1년 전', async () => {
    expect((await engine.answer("What share of Garam Semiconductor's revenue did server memory account for a year earlier?")).answer).toContain('31%');
    expect((await engine.answer("What share of Garam Semiconductor's revenue does server memory account for?")).answer).toContain('46%');
  });

  it('does not take a comparison for the year asked, nor a time for a list item', async () => {
    expect(earlierTimes('How much did it rise from a year earlier?')).toEqual([]);
    expect((await engine.answer("What was Bada Heavy Industries' operating profit last year?")).answer).toContain('415억 원');
  });
});

describe('a day asked', () => {
  it('is not answered by a year', async () => {
    expect(dayUnanswered('From what date can people get the shot?', '2025년 기준 (2025)')).toBe(true);
    expect(dayUnanswered('From what date can people get the shot?', '3월 2일')).toBe(false);
    expect(dayUnanswered('In what year did it open?', '2025년')).toBe(false);
    const shot = await engine.answer('From what date can people aged 65 and over get the free flu shot?');
    expect(shot.answer ?? '').not.toContain('2025년');
  });
});
