/**
 * Which figure of a sentence answers (n15m): a change asked in percentage points is the change, even
 * when the span scorer prefers the level beside it; a list item asked by its bracketed gloss
 * ("정보통신기술(ICT) 2건") or by its name among items the scorer confuses is that item's figure; a
 * count written with Korean place units is read whole ("1만4천200호", not "200호"); areas in ㏊;
 * 얼마 after a physical measure (무게, 고도, 기간, 시간) asks that measure, not money; a list that
 * lacks the item asked, another subject's list or a count the question contradicts answers nothing.
 * Through answer(), over invented articles (not the seeds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { labelBefore } from '../../src/answer/listBinding.ts';
import { extractFigures } from '../../src/facts/extract.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'game', title: '누리게임즈, 3분기 흑자 전환', outlet: '가상경제', author: null, date: '2026-11-06', url: null },
      [
        ['게임사 누리게임즈는 올해 3분기 매출 3,120억원, 영업이익 540억원을 기록했다고 6일 공시했다.'],
        ['해외 매출 비중은 48%로 1년 전(31%)보다 17%포인트 높아졌다.'],
        ['영업이익률은 17.3%로 직전 분기(5.2%)보다 12.1%포인트 뛰었다.'],
      ],
    ),
    buildArticle(
      { id: 'forum', title: '한-몽골 경제협력 포럼 개막', outlet: '가상통신', author: null, date: '2026-10-21', url: null },
      [
        ['제3차 한-몽골 경제협력 포럼이 20일 울란바토르에서 개막했다.', '첫날 양국 기업과 기관은 모두 14건의 업무협약을 맺었다.'],
        ['협약 분야는 에너지 5건, 물류 4건, 농업 3건, 정보통신기술(ICT) 2건이다.'],
        ['대학별 교환학생은 새솔대 120명, 한결대 95명, 미르대 80명 순으로 많았다.'],
      ],
    ),
    buildArticle(
      { id: 'houses', title: '농촌 빈집 정비 대책 발표', outlet: '가상일보', author: null, date: '2026-09-10', url: null },
      [
        ['전국 농촌 빈집은 약 6만3천 호로 집계됐다.', '특히 충북(1만2천300호)과 강원(9천800호) 두 지역에 빈집이 몰려 있다.'],
        ['마을 도서관 서가에는 약 4천 권의 책이 꽂혀 있다.'],
      ],
    ),
    buildArticle(
      { id: 'drought', title: '가뭄 피해 확산', outlet: '가상방송', author: null, date: '2026-07-14', url: null },
      [['석 달째 이어진 가뭄으로 농작물 피해 면적은 충북 1,230㏊, 경북 980㏊, 강원 310㏊ 등 모두 2,520㏊로 집계됐다.']],
    ),
    buildArticle(
      { id: 'onion', title: '양파 재배면적 감소', outlet: '가상농업', author: null, date: '2026-06-20', url: null },
      [
        ['올해 양파 재배면적은 1만7,300㏊로 지난해 1만8,900㏊보다 1,600㏊(8.5%) 줄었다.'],
        ['양파값이 떨어지자 농가들이 다른 작목으로 돌아섰다.', '한편 같은 날 발표된 마늘 생산 조사에서는 재배면적이 2만1,400㏊로 지난해보다 4.1% 늘었다.'],
      ],
    ),
    buildArticle(
      { id: 'review', title: '재해 복구 속도 낸다', outlet: '가상도정', author: null, date: '2026-09-01', url: null },
      [['도는 행정안전부와 협의해 복구 설계 심의 기간을 평균 50일에서 20일로 줄이기로 했다.']],
    ),
    buildArticle(
      { id: 'regatta', title: '가온 국제 조정대회 폐막', outlet: '가상스포츠', author: null, date: '2026-05-30', url: null },
      [
        ['가온 국제 조정대회가 나흘 일정을 마치고 폐막했다.', '종합 우승은 금메달 4개, 은메달 1개를 따낸 베트남이 차지했다.'],
        ['한국은 금메달 1개, 은메달 3개, 동메달 2개로 종합 2위에 올랐다.'],
      ],
    ),
    buildArticle(
      { id: 'shipyard', title: '한빛중공업, 컨테이너선 6척 수주', outlet: '가상경제', author: null, date: '2026-03-17', url: null },
      [
        ['한빛중공업이 유럽 선사로부터 컨테이너선 6척을 약 1조2천억 원에 수주했다.'],
        ['한빛중공업은 2024년에도 같은 선사로부터 컨테이너선 2척을 수주한 바 있다.'],
      ],
    ),
    buildArticle(
      { id: 'satellite', title: '초소형 위성 한빛샛 발사 성공', outlet: '가상과학', author: null, date: '2026-08-02', url: null },
      [
        ['한빛샛은 무게 24㎏의 초소형 위성이다.', '위성은 발사 50분 뒤 고도 550㎞ 궤도에서 분리됐다.'],
        ['연구팀은 1천500 시간 연속 운전 시험에서 성능 저하율이 시간당 6마이크로볼트에 그쳤다고 밝혔다.'],
        ['임상은 평균 9개월의 추적 기간 동안 진행됐다.'],
      ],
    ),
  ]);
});

describe('a change asked in percentage points', () => {
  it('is the change, not the level beside it, and not "not in the articles"', async () => {
    expect(await engine.answer('누리게임즈 해외 매출 비중은 1년 전보다 몇 %포인트 높아졌나?')).toMatchObject({ found: true, answer: '17%포인트' });
    expect(await engine.answer('누리게임즈 영업이익률은 직전 분기보다 몇 %포인트 상승했나?')).toMatchObject({ found: true, answer: '12.1%포인트' });
  });
});

describe('the list item asked', () => {
  it('by the gloss in brackets ("정보통신기술(ICT)")', async () => {
    expect(await engine.answer('한-몽골 포럼 ICT 분야 협약 몇 건?')).toMatchObject({ found: true, answer: '2건' });
  });
  it('by its name, not a neighbour the span scorer prefers', async () => {
    expect(await engine.answer('미르대는 교환학생 몇 명이야?')).toMatchObject({ found: true, answer: '80명' });
    expect(await engine.answer('한결대 교환학생은 몇 명인가?')).toMatchObject({ found: true, answer: '95명' });
  });
  it('a count the fact reader has no counter for, read whole and told of the item asked', async () => {
    expect(await engine.answer('충북 지역의 농촌 빈집은 몇 호인가?')).toMatchObject({ found: true, answer: '1만2천300호' });
    expect((await engine.answer('마을 도서관 서가에 꽂힌 책은 약 몇 권인가?')).answer).toContain('4천 권');
  });
  it('labelBefore reads the gloss of a bracketed label as its other name', () => {
    const text = '협약 분야는 물류 4건, 정보통신기술(ICT) 2건이다.';
    expect(labelBefore(text, text.indexOf('2건'))).toEqual(['정보통신기술', 'ict']);
  });
});

describe('areas in ㏊', () => {
  it('are read as areas', () => {
    const facts = extractFigures({ index: 0, paragraph: 0, text: '피해 면적은 모두 2,520㏊로 집계됐다.' } as never, { articleDate: null });
    expect(facts).toMatchObject([{ type: 'area', text: '2,520㏊', value: 25_200_000 }]);
  });
  it('answer the total and the item asked', async () => {
    expect(await engine.answer('가뭄 농작물 피해 면적은 모두 얼마인가?')).toMatchObject({ found: true, answer: '2,520㏊' });
    expect(await engine.answer('경북 피해면적 얼마야')).toMatchObject({ found: true, answer: '980㏊' });
  });
});

describe('lists, periods and changes', () => {
  it('a list that lacks the item asked answers it with neither an item nor the total', async () => {
    expect((await engine.answer('가뭄으로 전북 지역에서 발생한 농작물 피해 면적은 몇 ㏊인가?')).found).toBe(false);
  });
  it('a period compared with ("지난해보다") is not the period a figure is told for; the crop asked over its neighbour', async () => {
    expect(await engine.answer('올해 마늘 재배면적은 얼마인가?')).toMatchObject({ found: true, answer: '2만1,400㏊' });
  });
  it('a change restated in brackets ("1,600㏊(8.5%) 줄었다") is the change asked', async () => {
    expect(await engine.answer('양파 재배면적 몇 헥타르 줄었어')).toMatchObject({ found: true, answer: '1,600㏊' });
  });
  it('the value a change starts from is never shown in place of the one it becomes', async () => {
    expect((await engine.answer('복구 설계 심의 기간을 어떻게 단축하기로 했나?')).answer).not.toBe('50일');
  });
  it('a list a sentence tells of another subject ("한국은 금메달 1개, …") does not answer for the subject asked', async () => {
    expect((await engine.answer('베트남이 이번 대회에서 딴 동메달은 몇 개인가?')).found).toBe(false);
    expect(await engine.answer('한국은 이번 조정대회에서 동메달 몇 개 땄어?')).toMatchObject({ found: true, answer: '2개' });
  });
  it('a count the question states that the sentence contradicts ("2척" and "6척을 약 1조2천억 원에") is another order', async () => {
    expect((await engine.answer('한빛중공업이 2024년 수주한 컨테이너선 2척의 계약 금액은 얼마였나?')).answer ?? '').not.toContain('1조2천억');
    expect((await engine.answer('한빛중공업 컨테이너선 6척 수주 금액은 얼마인가?')).answer).toContain('1조2천억 원');
  });
  it('a class of power keeps its 급 ("10㎾급")', () => {
    const facts = extractFigures({ index: 0, paragraph: 0, text: '10㎾급 수전해 스택을 개발했다.' } as never, { articleDate: null });
    expect(facts).toMatchObject([{ type: 'count', text: '10㎾급' }]);
  });
});

describe('얼마 after a physical measure', () => {
  it.each([
    ['한빛샛 위성의 무게는 얼마인가?', '24㎏'],
    ['한빛샛이 분리된 궤도의 고도는 얼마인가?', '550㎞'],
    ['임상의 평균 추적 기간은 얼마인가?', '9개월'],
    ['시험에서 연속 운전한 시간은 얼마인가?', '1천500 시간'],
  ])('%s → %s', async (question, gold) => {
    const answer = await engine.answer(question);
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain(gold);
  });
});
