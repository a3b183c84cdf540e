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
  });
});
