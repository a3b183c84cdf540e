/**
 * What a figure covers, and when (src/answer/figureScope.ts): a total that includes the part asked,
 * a target asked as the level of now, a part told apart ("나머지는 …"), the change beside a level,
 * and the figure of the one sentence that names what the question names. Invented article, not the
 * seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { askedMeasure, asksAChange, includesAsked, qualifierClash, spanOfAnotherKind, targetForNow, toldOfAnotherPart } from '../../src/answer/figureScope.ts';
import type { Fact } from '../../src/facts/types.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'cell', title: '누리배터리, 청주에 전기자전거 배터리 공장…시민 도서관도 새 단장', outlet: '가상충청신문', author: null, date: '2026-09-14', url: null },
      [
        ['배터리 제조사 누리배터리가 충북 청주에 전기자전거용 배터리 공장을 짓는다고 14일 밝혔다.'],
        ['누리배터리의 지난해 매출은 900억 원으로 전년보다 12% 늘었고, 이 중 수출 비중은 41%였다.'],
        ['올해 1분기 전체 매출은 300억 원으로 집계됐다.', '제품별로는 전기킥보드 배터리 매출이 120억 원으로 가장 많았다.'],
        ['회사는 2030년까지 배터리 셀 생산 원가를 kWh당 80달러 수준으로 낮추는 것을 목표로 하고 있다.'],
        ['누리배터리가 후원한 청주 시민도서관 리모델링에는 시비를 포함해 총 48억 원이 들었다.'],
        ['도서관 옥상정원 공사비 12억 원 가운데 8억 원은 도비에서, 나머지는 시민 모금으로 마련했다.'],
        ['청주 공장의 연구개발 인력은 420명으로 꾸려진다.'],
      ],
    ),
  ]);
});

describe('what a figure covers', () => {
  it('a total that includes the part asked is not the part', async () => {
    const answer = await engine.answer('청주 시민도서관 리모델링 비용 가운데 시비는 얼마인가?');
    expect(answer.answer ?? '').not.toContain('48억');
    // The total asked is answered by it.
    expect((await engine.answer('청주 시민도서관 리모델링에 총 얼마 들었어?')).answer).toBe('48억 원');
  });
  it('a target is not the level of now', async () => {
    const answer = await engine.answer('현재 누리배터리의 배터리 셀 kWh당 생산 원가는 얼마인가?');
    expect(answer.answer ?? '').not.toContain('80달러');
    expect((await engine.answer('누리배터리의 배터리 셀 생산 원가 목표는 얼마인가?')).answer).toBe('80달러');
  });
  it('a part told apart from the remainder is not the remainder', async () => {
    const answer = await engine.answer('도서관 옥상정원 공사비 가운데 시민 모금으로 마련한 금액은 얼마인가?');
    expect(answer.answer ?? '').not.toMatch(/^8억/u);
    expect((await engine.answer('도서관 옥상정원 공사비 가운데 도비는 얼마인가?')).answer).toBe('8억 원');
  });
  it('a level asked is not the change beside it', async () => {
    expect((await engine.answer('누리배터리의 지난해 수출 비중은 얼마인가?')).answer).toBe('41%');
    expect((await engine.answer('누리배터리 지난해 매출 전년보다 몇 % 늘었어?')).answer).toBe('12%');
  });
  it('a measure told with another qualifier is not the one asked', async () => {
    expect((await engine.answer('누리배터리 청주 공장의 생산직 인력은 몇 명인가?')).answer ?? '').not.toContain('420명');
    expect((await engine.answer('누리배터리 청주 공장의 연구개발 인력은 몇 명인가?')).answer).toBe('420명');
  });
  it('the figure of the one sentence that names what is asked, not the total', async () => {
    expect((await engine.answer('올해 1분기 누리배터리 전기킥보드 배터리 매출은 얼마인가?')).answer).toBe('120억 원');
  });
});

describe('the readers', () => {
  it('reads a total including a word', () => {
    const text = '리모델링에는 시비를 포함해 총 48억 원이 들었다.';
    expect(includesAsked(text, text.indexOf('48억'), ['시비'])).toBe(true);
    expect(includesAsked(text, text.indexOf('48억'), ['국비'])).toBe(false);
  });
  it('reads a target asked as now', () => {
    expect(targetForNow('현재 원가는 얼마인가?', '2030년까지 원가를 80달러 수준으로 낮추는 것을 목표로 한다.')).toBe(true);
    expect(targetForNow('현재 원가 목표는 얼마인가?', '2030년까지 원가를 80달러 수준으로 낮추는 것을 목표로 한다.')).toBe(false);
    expect(targetForNow('원가는 얼마인가?', '2030년까지 원가를 80달러 수준으로 낮추는 것을 목표로 한다.')).toBe(false);
  });
  it('reads a remainder clause', () => {
    const text = '공사비 12억 원 가운데 8억 원은 도비에서, 나머지는 시민 모금으로 마련했다.';
    expect(toldOfAnotherPart(text, text.indexOf('8억'), ['시민', '모금'])).toBe(true);
    expect(toldOfAnotherPart(text, text.indexOf('8억'), ['도비'])).toBe(false);
  });
  it('reads the measure asked and its qualifier', () => {
    expect(askedMeasure('16개 대학의 의과대학 모집인원은 몇 명인가?')).toEqual({ measure: '모집인원', qualifier: '의과대학' });
    expect(askedMeasure('논술전형 모집인원은 모두 몇 명인가?')).toEqual({ measure: '모집인원', qualifier: '논술전형' });
    const told = '16개 대학의 지역균형 전형 모집인원은 1만310명이다.';
    const article = told.replace(/\s+/gu, '');
    expect(qualifierClash('16개 대학의 의과대학 모집인원은 몇 명인가?', told, article)).toBe(true);
    expect(qualifierClash('논술전형 모집인원은 모두 몇 명인가?', told, article)).toBe(true);
    expect(qualifierClash('지역균형 전형 모집인원은 몇 명인가?', told, article)).toBe(false);
    // A qualifier the article names elsewhere may be the scene ("수변공원 방문객", "개장 첫해 방문객이").
    expect(qualifierClash('수변공원 방문객 몇 명?', '개장 첫해 방문객이 120만 명에 이른다.', '가온시수변공원조성개장첫해방문객이120만명에이른다.')).toBe(false);
    // A verb before the noun is no qualifier.
    expect(qualifierClash('대중교통 혁신계획 총사업비 얼마래?', '종합계획을 발표하고 총사업비 1,850억원을 투입한다.', '')).toBe(false);
  });
  it('reads a change asked', () => {
    expect(asksAChange('매출 전년보다 몇 % 늘었어?')).toBe(true);
    expect(asksAChange('수출 비중은 얼마인가?')).toBe(false);
  });
  it('a span of another kind than asked', () => {
    const fact = (type: string, text: string) => ({ type, text }) as unknown as Fact;
    const facts = [fact('money', '900억 원'), fact('percent', '41%')];
    expect(spanOfAnotherKind(new Set(['percent']), facts, '900억 원')).toBe(true);
    expect(spanOfAnotherKind(new Set(['percent']), facts, '41%')).toBe(false);
    expect(spanOfAnotherKind(new Set(['percent']), facts, '누리배터리')).toBe(false);
  });
});
