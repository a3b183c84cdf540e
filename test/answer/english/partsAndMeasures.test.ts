/**
 * English questions over news pages users add: a figure of the right topic that is not the one asked
 * (a group's total for one model, one region's part of a breakdown, the year before last for "last
 * year", an economic effect for a budget, another test's rate), the closest sentence of an open
 * question that names the company but not the measure asked, an exact rank ("second") a sentence must
 * say, and an alias the articles define after a common noun. Through engine.answer, over invented
 * articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { breakdownPartUnasked, groupTotalUnasked } from '../../../src/answer/english/aggregate.ts';
import { earlierTimes } from '../../../src/answer/english/clause.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'recall', title: '단비자동차 전기 SUV 리콜', outlet: '가상일보', author: null, date: '2026-08-09', url: null },
      [
        ["국토교통부는 단비자동차(Danbi Motors)의 전기 SUV 'QV7' 등 3개 차종 2만4,510대에서 제작 결함이 발견돼 리콜에 들어간다고 9일 밝혔다."],
        ['단비자동차는 화재 위험을 줄이기 위해 무선 업데이트를 진행한다.'],
      ],
    ),
    buildArticle(
      { id: 'frost', title: '서리 피해 농가 늘어', outlet: '가상일보', author: null, date: '2026-04-12', url: null },
      [
        ['늦서리로 과수 농가의 피해가 잇따랐다.'],
        ['지역별로는 경북의 사과 피해가 612㏊로 가장 컸고 충북 305㏊, 전북 188㏊ 순이었다.'],
      ],
    ),
    buildArticle(
      { id: 'ferry', title: '연안여객선 교체 계획', outlet: '가상일보', author: null, date: '2026-05-02', url: null },
      [['해양수산부는 낡은 연안여객선 40척을 바꾸며, 추진 방식별로는 하이브리드 22척, 전기 12척, LNG 6척을 도입한다.']],
    ),
    buildArticle(
      { id: 'robot', title: '배송로봇 하늘로보틱스, 600억 투자 유치…기업가치 3,900억 원', outlet: '가상일보', author: null, date: '2026-07-01', url: null },
      [
        ['배송로봇 스타트업 하늘로보틱스(Haneul Robotics)가 600억 원 규모의 시리즈B 투자를 유치했다.'],
        ['투자 후 기업가치는 3,900억 원으로 평가됐다.'],
        ['하늘로보틱스의 지난해 매출은 341억 원으로 전년(122억 원) 대비 크게 늘었다.'],
      ],
    ),
    buildArticle(
      { id: 'fest', title: '다솜군 은어축제 폐막', outlet: '가상일보', author: null, date: '2026-08-20', url: null },
      [['다솜군은 이번 은어축제의 직접 경제효과를 940억 원으로 추산했다.'], ['축제에는 열흘간 41만 명이 다녀갔다.']],
    ),
    buildArticle(
      { id: 'film', title: '주말 박스오피스', outlet: '가상일보', author: null, date: '2026-03-02', url: null },
      [
        ["영화 '새벽강'이 개봉 3주 차 주말에도 박스오피스 정상을 지켰다."],
        ["2위는 애니메이션 '구름 왕국'으로, 주말 22만 명을 모았다."],
      ],
    ),
    buildArticle(
      { id: 'privacy', title: '패션몰 모아로드 개인정보 유출 과징금', outlet: '가상일보', author: null, date: '2026-06-18', url: null },
      [
        ['개인정보보호위원회는 회원 211만 명의 개인정보를 유출한 온라인 쇼핑몰 모아로드(MoaRoad)에 과징금 74억2천만 원을 부과했다고 18일 밝혔다.'],
        ['모아로드는 유출 사실을 알고도 6일 만에 신고했다.'],
      ],
    ),
    buildArticle(
      { id: 'leak', title: '배터리 소재 기술 유출 징역형', outlet: '가상일보', author: null, date: '2026-05-11', url: null },
      [
        ['기술 유출 혐의로 구속기소된 가온에너지솔루션즈(Gaon Energy Solutions) 전 연구소장에게 징역 4년이 선고됐다.'],
        ['가온에너지솔루션즈는 유출로 인한 피해액을 약 1,400억 원으로 추산했다.'],
      ],
    ),
    buildArticle(
      { id: 'port', title: '바다항 물동량 역대 최대', outlet: '가상일보', author: null, date: '2026-12-20', url: null },
      [
        ['바다항만공사는 올해 연간 물동량이 1,310만 TEU에 이를 것으로 내다봤다.'],
        ['김도윤 바다항만공사 사장은 "내년에는 1,400만 TEU를 목표로 선사 유치에 힘쓰겠다"고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'blood', title: '혈액으로 간암 찾는 새 검사법', outlet: '가상일보', author: null, date: '2026-02-04', url: null },
      [
        ['새 검사법의 간암 진단 민감도는 90.2%, 특이도는 87.5%로 나타났다.'],
        ['연구팀은 기존 AFP-L3 검사와도 결과를 비교했다.'],
      ],
    ),
  ]);
});

describe('a figure of the right topic that is not the one asked', () => {
  it("is not a group's total for one model of it", async () => {
    const recalled = await engine.answer('How many QV7 electric SUVs are being recalled?');
    expect(recalled.answer ?? '').not.toContain('2만4,510');
    expect(groupTotalUnasked('How many QV7 SUVs?', '2만4,510대', "'QV7' 등 3개 차종 2만4,510대에서", ['QV7'])).toBe(true);
    expect(groupTotalUnasked('How many cars, including the QV7?', '2만4,510대', "'QV7' 등 3개 차종 2만4,510대에서", ['QV7'])).toBe(false);
    // "X 등 국내 기업이 …" counts no group: the figure may well be X's.
    expect(groupTotalUnasked('How big was the deal?', '6천억 원', '가온제약 등 국내 기업이 6천억 원의 계약을 맺었다.', ['가온제약'])).toBe(false);
  });

  it("is not one region's part of a breakdown, unless the part is asked", async () => {
    const whole = await engine.answer('How much orchard land was damaged by the frost?');
    expect(whole.answer ?? '').not.toContain('612');
    expect((await engine.answer('How many hybrid ships will be introduced?')).answer).toContain('22척');
    expect(breakdownPartUnasked('612㏊', '지역별로는 경북의 사과 피해가 612㏊로 가장 컸다.', ['사과', '피해'], [])).toBe(true);
    expect(breakdownPartUnasked('188㏊', '지역별로는 경북이 612㏊로 가장 컸고 충북 305㏊, 전북 188㏊ 순이었다.', ['피해'], ['전북'])).toBe(false);
  });

  it('answers last year with the year the sentence tells, not the 전년 before it', async () => {
    const revenue = await engine.answer('haneul robotics revenue last year?');
    expect(revenue.answer).toContain('341억');
    expect(earlierTimes('revenue last year?', '지난해 매출은 341억 원으로 전년(122억 원) 대비 늘었다.')).toEqual([]);
    expect(earlierTimes('revenue the previous year?', '매출은 341억 원으로 전년(122억 원) 대비 늘었다.')).not.toEqual([]);
  });

  it('does not give an economic effect for a budget the articles never state', async () => {
    const budget = await engine.answer('What was the total budget spent on staging the Dasom sweetfish festival?');
    expect(budget.answer ?? '').not.toContain('940억');
  });

  it("does not give the new test's rate for another test the question names", async () => {
    const other = await engine.answer('What specificity did the AFP-L3 test show?');
    expect(other.answer ?? '').not.toContain('87.5%');
  });
});

describe('the closest sentence of an open English question', () => {
  it('says the measure asked, found in the story whose headline names the company', async () => {
    const valuation = await engine.answer("What is Haneul Robotics' post-money valuation?");
    expect(valuation.answer ?? '').not.toContain('600억');
    expect(valuation.citations[0]?.text).toContain('기업가치');
  });

  it('says the rank asked ("second" → 2위), or is not found', async () => {
    const second = await engine.answer('Which film came second at the weekend box office?');
    expect(second.answer ?? '').not.toContain('새벽강');
    if (second.found) expect(second.citations[0]?.text).toContain('2위');
  });
});

describe('an alias the articles define after a common noun', () => {
  it('is the name alone, found in sentences that do not repeat the noun', async () => {
    const raised = await engine.answer('How much did Haneul Robotics raise in its Series B round?');
    expect(raised.translation).not.toContain('스타트업');
    expect(raised.answer).toContain('600억');
  });
});

describe('names and amounts as people type them', () => {
  it('reads a name typed in lower case that the articles define in Latin', async () => {
    const days = await engine.answer('how many days after learning of the leak did moaroad report it?');
    expect(days.translation).toContain('모아로드');
    const damage = await engine.answer('how much damage does gaon energy solutions say the leak caused?');
    expect(damage.translation).toContain('가온에너지솔루션즈');
  });

  it('does not take the words before a defined name for part of it', async () => {
    const damage = await engine.answer('How much damage does Gaon Energy Solutions say the leak caused?');
    expect(damage.translation).not.toContain('구속기소된');
  });

  it('reads "how large a penalty surcharge" as an amount', async () => {
    const fine = await engine.answer('How large a penalty surcharge was imposed on MoaRoad?');
    expect(fine.intent).toBe('money');
    expect(fine.answer).toContain('74억2천만');
  });

  it('shows the sentence of the time asked ("next year") for an open question', async () => {
    const target = await engine.answer("What is the port's container volume target for next year?");
    expect(target.answer ?? '').not.toContain('1,310만');
  });
});
