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
import { askedEvent, askedMeasure, asksAChange, includesAsked, isPartOfTotal, qualifierClash, spanOfAnotherKind, targetForNow, toldOfAnotherPart } from '../../src/answer/figureScope.ts';
import type { Fact } from '../../src/facts/types.ts';
import { shortened } from '../../src/answer/listBinding.ts';

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
        ['누리배터리는 유럽 완성차 업체와 배터리 팩 공급 계약을 약 4,100억 원에 맺었다.', '계약 금액은 3억 달러로, 회사 연간 매출의 절반에 이른다.'],
        ['회사는 2021년부터 지금까지 전고체 배터리 개발에 620억 원을 투입했다.'],
        ['누리배터리는 올해 3분기 매출 310억 원, 영업이익 42억 원을 기록했다.'],
        ['지난해 누리배터리 공장 견학 방문객은 1만2천 명으로 전년보다 9% 늘었고, 이 가운데 초등학생은 3천400명이었다.'],
        ['회사는 이날 200억 원 규모의 자사주 매입 계획과 주당 500원의 결산 배당도 발표했다.'],
        ['청주 공장 건설에는 도비 150억 원을 포함해 총 2,600억 원이 들어간다.'],
        ['누리배터리는 8일 청주시청에서 충청북도, 청주시와 투자협약을 맺었다.', '새 공장은 2027년 5월 착공해 2029년 상반기 가동을 목표로 한다.'],
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
  it('an amount asked in a currency is not answered in another', async () => {
    expect((await engine.answer('누리배터리 배터리 팩 공급 계약 금액은 달러 기준으로 얼마인가?')).answer ?? '').not.toContain('4,100억');
    expect((await engine.answer('누리배터리 배터리 팩 공급 계약 금액은 원화로 얼마인가?')).answer ?? '').toContain('4,100억 원');
  });
  it('one year asked is not a sum since that year', async () => {
    expect((await engine.answer('누리배터리가 2021년 한 해 동안 전고체 배터리 개발에 투입한 비용은 얼마인가?')).answer ?? '').not.toContain('620억');
  });
  it('another quarter is another period; a period shared by a list binds no item', async () => {
    expect((await engine.answer('누리배터리의 올해 2분기 매출은 얼마인가?')).answer ?? '').not.toContain('310억');
    expect((await engine.answer('누리배터리의 올해 3분기 영업이익은 얼마인가?')).answer).toBe('42억 원');
    // A label as news shortens it (영업익 for 영업이익) names it.
    expect((await engine.answer('누리배터리 3분기 영업익 얼마 나왔어?')).answer).toBe('42억 원');
    expect(shortened('영업익', '영업이익')).toBe(true);
    expect(shortened('순익', '순이익')).toBe(true);
    expect(shortened('영업', '영업이익')).toBe(false);
  });
  it('the part of a whole asked, not the whole', async () => {
    expect((await engine.answer('지난해 누리배터리 공장 견학 방문객 가운데 초등학생은 몇 명이었나?')).answer).toBe('3천400명');
  });
  it('the figure told of the noun phrase after it that the question names', async () => {
    expect((await engine.answer('누리배터리가 발표한 자사주 매입 규모는 얼마인가?')).answer).toBe('200억 원');
  });
  it('a total including a part with its own figure is not the part', async () => {
    expect((await engine.answer('누리배터리 청주 공장 건설에 들어가는 도비는 얼마인가?')).answer).toBe('150억 원');
  });
  it('the date told with the event asked, not another date nearby', async () => {
    const answer = await engine.answer('누리배터리 청주 공장의 착공 목표 시점은 언제인가?');
    expect(answer.answer ?? '').not.toContain('8일');
    expect(answer.answer).toContain('2027년 5월');
    expect(askedEvent('진해 연장 구간의 착공 목표 시점은 언제인가?')).toBe('착공');
    expect(askedEvent('공장 가동 시기는 언제야?')).toBe('가동');
    expect(askedEvent('포럼 언제 열렸어?')).toBeNull();
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
    // The word right before 포함 (or before its figure) is what is included, not the sentence's scene.
    const figured = '주문진 어항 재정비에는 국비 20억 원을 포함해 총 265억 원이 배정됐다.';
    expect(includesAsked(figured, figured.indexOf('265억'), ['국비'])).toBe(true);
    expect(includesAsked(figured, figured.indexOf('265억'), ['주문진', '어항'])).toBe(false);
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
    // A span holding a figure of another kind, and none of the kind asked ("피해액" → "지금도 71%").
    expect(spanOfAnotherKind(new Set(['money']), facts, '지금도 41%')).toBe(true);
    expect(spanOfAnotherKind(new Set(['money']), facts, '총 900억 원')).toBe(false);
  });
});

describe('the total a list of parts sums', () => {
  it('"총 얼마" is the total, not a part listed before it', async () => {
    const dock = await createEngine([
      buildArticle(
        { id: 'dock', title: '한솔항 3부두 착공', outlet: '가상항만신문', author: null, date: '2026-03-05', url: null },
        [['한솔시는 한솔항 3부두 건설에 국비 600억원과 시비 300억원 등 총사업비 900억원을 투입한다고 5일 밝혔다.']],
      ),
    ]);
    expect(await dock.answer('한솔항 3부두 총 얼마야?')).toMatchObject({ found: true, answer: '900억원' });
    expect(await dock.answer('한솔항 3부두 건설에 총 얼마 들어가?')).toMatchObject({ found: true, answer: '900억원' });
    // A part named is still that part's figure.
    expect(await dock.answer('한솔항 3부두 건설 시비는 얼마야?')).toMatchObject({ found: true, answer: '300억원' });
  });
  it('reads the parts and the total of one sentence', () => {
    const text = '국비 600억원과 시비 300억원 등 총사업비 900억원을 투입한다.';
    const money = (start: number, end: number) => ({ type: 'money', start, end }) as Fact;
    const facts = [money(3, 8), money(13, 18), money(26, 31)];
    expect(facts.map((fact) => isPartOfTotal(text, fact, facts))).toEqual([true, true, false]);
  });
});
