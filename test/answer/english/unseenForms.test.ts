/**
 * English question forms that failed on unseen questions: a place the article sets once in its lead
 * ("… in Busan"), an acronym written with dots ("DC" → D.C.), a counter written before its noun
 * ("10건의 체결식"). Invented articles, not the seeds; answered through the engine, as users ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { conversionAsked, koreanMoney, moneyAt } from '../../../src/answer/english/conversion.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '해양수산부, 해양기업 수출 상담회 열어', outlet: '가상경제', author: null, date: '2025-03-14', url: null },
      [
        ['해양수산부가 부산 벡스코에서 13일 해양기업 수출 상담회를 열고 해외 바이어와의 협력을 논의했다고 14일 밝혔다.'],
        ['행사에는 국내 해양기업 40곳과 해외 바이어 25명이 참석했다.'],
        ['상담회 2부에서는 기업과 바이어가 모두 10건의 계약 체결식을 가졌다.'],
        ['이어 박정민 해양수산부 차관이 주재하는 오찬 간담회가 진행됐다.'],
        ['박 차관은 "해양기업의 수출 길을 넓히겠다"고 말했다.'],
        ['참가 기업들은 이번 상담회에서 모두 3억 달러(약 4000억 원) 규모의 수출 계약을 따냈다.'],
        ['저녁에는 부산의 한 호텔에서 환영 만찬이 열렸다.'],
      ],
    ),
    buildArticle(
      { id: 'port', title: '인천항, 물동량 역대 최대', outlet: '가상일보', author: null, date: '2025-03-10', url: null },
      [
        ['인천항만공사는 지난해 인천항 컨테이너 물동량이 350만 TEU로 역대 최대를 기록했다고 10일 밝혔다.'],
        ['공사는 올해 신규 항로 5개를 열 계획이다.'],
      ],
    ),
    buildArticle(
      { id: 'column', title: '[기고] 해양 협력의 새 길', outlet: '가상신문', author: '박서연 해양대 교수', date: '2025-03-20', url: null },
      [['지난달 순방에서는 해양 분야 협약 12건이 체결됐다.'], ['협력의 성과는 현장에서 나온다.']],
    ),
    buildArticle(
      { id: 'rain', title: '남부지방 장마 시작', outlet: '가상일보', author: null, date: '2025-06-20', url: null },
      [['기상청은 남부지방에 장마가 시작됐다고 20일 밝혔다.'], ['강수량은 최대 80㎜로 예상된다.']],
    ),
  ]);
});

describe('a place the article sets once', () => {
  it('answers a question that asks where it happened with the sentence that does not repeat the place', async () => {
    expect(await engine.answer('Who presided over the luncheon meeting in Busan?')).toMatchObject({ found: true, answer: expect.stringContaining('박정민') });
  });

  it('still leaves unanswered a place the article never sets the scene in', async () => {
    expect((await engine.answer('Who presided over the luncheon meeting in Incheon?')).found).toBe(false);
  });
});

describe('a count whose counter stands before the noun', () => {
  it('asks the counter the article writes before the counted noun ("10건의 계약 체결식")', async () => {
    const answer = await engine.answer('How many contract signing ceremonies took place in the second part?');
    expect(answer).toMatchObject({ found: true, answer: '10건' });
    expect(answer.translation).toMatch(/2부/u);
  });
});

describe('money given in the question', () => {
  it('reads English money as Korean writes it', () => {
    expect(koreanMoney({ value: 5.9e9, unit: 'USD' })).toBe('59억 달러');
    expect(koreanMoney({ value: 1.24e12, unit: 'KRW' })).toBe('1조2400억 원');
    expect(koreanMoney({ value: 1.5e7, unit: 'USD' })).toBe('1500만 달러');
    expect(moneyAt(['$5.9', 'billion'], 0)).toMatchObject({ value: 5.9e9, unit: 'USD', length: 2 });
    expect(moneyAt(['KRW', '270', 'billion'], 0)).toMatchObject({ value: 2.7e11, unit: 'KRW', length: 3 });
    expect(moneyAt(['15', 'million', 'dollars'], 0)).toMatchObject({ value: 1.5e7, unit: 'USD', length: 3 });
    // A year or a count is no money.
    expect(moneyAt(['2023'], 0)).toBeNull();
    expect(moneyAt(['23', 'awards'], 0)).toBeNull();
  });

  it('asks a conversion only for a figure given in another currency', () => {
    expect(conversionAsked('How much was the $300 million in contracts worth in won?')).toMatchObject({ money: { value: 3e8, unit: 'USD' }, target: 'KRW' });
    expect(conversionAsked('How much did they win in contracts, in dollars?')).toBeNull();
    expect(conversionAsked('Was the $300 million in dollars?')).toBeNull();
  });

  it("answers with the article's own conversion beside the figure, and never converts one itself", async () => {
    expect(await engine.answer('How much was the $300 million in export contracts worth in won?')).toMatchObject({ found: true, answer: '약 4000억 원' });
    expect((await engine.answer('How much was the $500 million in export contracts worth in won?')).found).toBe(false);
    // Asked in a currency with no amount given: a figure in it (or beside its conversion), never another.
    expect((await engine.answer('How much were the export contracts worth in US dollars?')).answer ?? '').toMatch(/달러/u);
  });
});

describe('question forms of other desks', () => {
  it('asks a change in percentage points as a percentage, a buyback as money, an extension\'s length', () => {
    expect(englishIntent('By how many percentage points did the rate rise?')).toBe('percent');
    expect(englishIntent('How large is the share buyback the company announced?')).toBe('money');
    expect(englishIntent('How long is the subway extension?')).toBe('open');
    expect(englishIntent('How much farmland was damaged by the drought?')).toBe('area');
  });

  it('reads a range of months and a number written with a comma', async () => {
    const lexicon = stubLexicon({ words: ['수주', '요금', '항로'] });
    expect((await translateQuestion('How many ships were ordered in January–August?', lexicon))?.korean).toContain('1~8월');
    expect((await translateQuestion('When will the Line 2 extension open?', lexicon))?.korean).toContain('2호선');
    // The money noun asked right before 얼마, as Korean asks it.
    const cost = stubLexicon({ words: ['총사업비', '연장', '노선'] });
    expect((await translateQuestion('What is the total project cost of the line extension?', cost))?.korean).toMatch(/총사업비 얼마$/u);
    const fare = await translateQuestion('On how many routes does the 1,000-won fare apply?', lexicon);
    expect(fare?.unknown).toEqual([]);
  });
});

describe('names and counts of other desks', () => {
  it('finds a company the corpus writes with a syllable or two more than the English says', async () => {
    const lexicon = stubLexicon({ words: ['한빛조선해양', '수주', 'LNG 운반선'], nearby: ['한빛조선해양은lng운반선8척을수주했다'] });
    expect((await translateQuestion('How many ships did Hanbit Shipbuilding win?', lexicon))?.korean).toContain('한빛조선해양');
  });

  it('counts a noun with Latin in it by the counter the articles write it with', async () => {
    const lexicon = stubLexicon({ words: ['LNG 운반선', '수주'], nearby: ['중국은lng운반선13척을수주했다'] });
    expect((await translateQuestion('How many LNG carriers did China win?', lexicon))?.korean).toMatch(/몇 척$/u);
  });

  it('asks a number for a ratio or a score, and a percentage for a share or a margin', async () => {
    const lexicon = stubLexicon({ words: ['비용 대비 편익', '사업'] });
    expect((await translateQuestion('What benefit-cost ratio did the project get?', lexicon))?.numberAsked).toBe(true);
    expect((await translateQuestion('Which company got the project?', lexicon))?.numberAsked).toBe(false);
    expect(englishIntent('What will the minimum share of regular admissions be?')).toBe('percent');
    expect(englishIntent("How much did the company's operating margin improve?")).toBe('percent');
    expect(englishIntent('How much did sales increase?')).toBe('money');
    // A rate's change is in percentage points, not the rate.
    expect((await translateQuestion("How much did the company's operating margin improve?", stubLexicon({ words: ['영업이익률'] })))?.korean).toMatch(/몇 퍼센트포인트 상승$/u);
  });
});

describe("a figure asked by its writer's article", () => {
  it("never answers with another article's figure", async () => {
    const answer = await engine.answer("According to Park Seo-yeon's column, how many contract signing ceremonies took place?");
    expect(answer.answer ?? '').not.toContain('10건');
    // "the column" with no writer named: an opinion piece's figure, or none.
    expect((await engine.answer('According to the column, how many contract signing ceremonies took place?')).answer ?? '').not.toContain('10건');
  });
});

describe('a thing the article mentions without naming it', () => {
  it('says "which hotel" is not in the articles when they say only "한 호텔"', async () => {
    expect((await engine.answer('Which hotel hosted the welcome dinner?')).found).toBe(false);
  });
});
