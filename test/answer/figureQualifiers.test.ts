/**
 * The round, year and list item a figure question names must be the figure's own
 * (src/answer/figureQualifiers.ts, listBinding.ts answersOther), through answer(): "1차 계획" is not
 * answered by the sentence of 이번 (2차) 계획, "제4회" not by the figures of the 제5회 the story is about,
 * "작년 …" not by an unmarked figure of this year in an article that writes 지난해 for last year's, and a
 * region of a regional list not by the nationwide count. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ferry', title: '노후 도선 20척 친환경 선박으로 교체', outlet: '가상해양일보', author: null, date: '2026-04-10', url: null },
      [
        ['해양청은 노후 도선 20척을 2030년까지 전기 추진 선박으로 바꾸는 「도선 현대화 2차 계획」을 10일 발표했다.'],
        ['이번 계획에는 국비 900억 원을 포함해 총 2,400억 원이 투입된다.'],
        ['1차 계획 기간(2021~2025년)에는 모두 11척이 교체됐다.'],
        ['지역별 교체 물량은 전남 8척, 경남 5척, 충남 4척, 인천 3척이다.'],
      ],
    ),
    buildArticle(
      { id: 'port', title: '가람항 3분기 물동량 4.2% 늘어', outlet: '가상물류신문', author: null, date: '2026-10-20', url: null },
      [
        ['가람항의 3분기 수출입 물동량은 1억2천만 톤으로 1년 전보다 4.2% 늘었다.'],
        ['국가별로는 미국 항로 물동량이 7.5% 늘며 증가세를 이끌었다.', '베트남 항로는 3.3%, 태국 항로는 1.1% 증가했다.'],
        ['항만공사는 민간에서 2회 모두 하역하면 톤당 약 1만 원이 든다고 설명했다.'],
      ],
    ),
    buildArticle(
      { id: 'fair', title: '가람 국화축연 36만 명 찾아…역대 최다', outlet: '가상문화일보', author: null, date: '2026-11-05', url: null },
      [
        ['가람군에서 열린 제5회 가람 국화축연에 역대 가장 많은 관람객이 몰렸다.'],
        ['가람문화재단은 축제 기간 모두 36만 명이 다녀갔다고 5일 밝혔다.', '지난해 29만 명보다 24% 늘었다.'],
        ['외국인 관람객은 1만1,200명이었다.'],
        ['재단은 관람객이 숙박과 음식 등에 쓴 돈을 바탕으로 지역경제 파급효과가 340억 원에 이른다고 추산했다.'],
      ],
    ),
  ]);
});

describe('the round a question names', () => {
  it('the plan of another round is not answered by the current plan\'s figures', async () => {
    const first = await engine.answer('도선 현대화 1차 계획 기간에 투입된 총사업비는 얼마였나?');
    expect(first.found && first.answerKind === 'span' ? first.answer : null).toBeNull();
    expect(await engine.answer('도선 현대화 2차 계획의 총사업비는 얼마인가?')).toMatchObject({ found: true, answer: '2,400억 원' });
    expect(await engine.answer('1차 계획 기간에 교체된 도선은 몇 척인가?')).toMatchObject({ found: true, answer: '11척' });
  });
  it('an earlier edition of a festival is not answered by this edition\'s count', async () => {
    const earlier = await engine.answer('제4회 가람 국화축연의 외국인 관람객은 몇 명이었나?');
    expect(earlier.found && earlier.answerKind === 'span' ? earlier.answer : null).toBeNull();
    expect(await engine.answer('제5회 가람 국화축연의 외국인 관람객은 몇 명인가?')).toMatchObject({ found: true, answer: '1만1,200명' });
  });
});

describe('last year asked', () => {
  it('an unmarked figure of this year does not answer for last year', async () => {
    const last = await engine.answer('작년 국화축연 지역경제 파급효과 얼마였어?');
    expect(last.found && last.answerKind === 'span' ? last.answer : null).toBeNull();
    expect(await engine.answer('국화축연 지역경제 파급효과는 얼마인가?')).toMatchObject({ found: true, answer: '340억 원' });
  });
  it('the figure the article marks 지난해 answers for last year, or none does', async () => {
    const last = await engine.answer('작년 국화축연 관람객 몇 명이었지?');
    expect([null, '29만 명']).toContain(last.found && last.answerKind === 'span' ? last.answer : null);
    expect(await engine.answer('지난해 국화축연을 찾은 관람객 29만 명과 비교해 올해는 몇 % 늘었나?')).toMatchObject({ found: true, answer: '24%' });
  });
});

describe('a region of a regional list', () => {
  it('is not answered by the nationwide count, but by its own item', async () => {
    expect(await engine.answer('경남에서 교체되는 도선은 몇 척인가?')).toMatchObject({ found: true, answer: '5척' });
    const absent = await engine.answer('제주에서 교체되는 도선 몇척?');
    expect(absent.found && absent.answerKind === 'span' ? absent.answer : null).toBeNull();
  });
});

describe('a region or country the question names', () => {
  it('is not answered by the figure of another country named in its sentence', async () => {
    expect(await engine.answer('베트남 항로 물동량 증가율은 얼마인가?')).toMatchObject({ found: true, answer: '3.3%' });
    const absent = await engine.answer('일본 항로 물동량 증가율은 얼마인가?');
    expect(absent.found && absent.answerKind === 'span' ? absent.answer : null).not.toBe('7.5%');
  });
  it('asked again (the places read are remembered), answers the same', async () => {
    const first = await engine.answer('일본 항로 물동량 증가율은 얼마인가?');
    const again = await engine.answer('일본 항로 물동량 증가율은 얼마인가?');
    expect({ ...again, took: 0 }).toEqual({ ...first, took: 0 });
    expect(await engine.answer('베트남 항로 물동량 증가율은 얼마인가?')).toMatchObject({ found: true, answer: '3.3%' });
  });
  it('a count of times ("2회 모두") is no round', async () => {
    expect(await engine.answer('민간에서 2회 모두 하역하면 톤당 얼마 들어?')).toMatchObject({ found: true, answer: '약 1만 원' });
  });
});
