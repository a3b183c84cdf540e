/**
 * Which date or amount of a two-clause sentence answers (src/answer/clauseTopic.ts, figureScope.ts
 * askedEvent), through answer(): the figure whose own clause holds the question's words, not the one
 * right after them in the next clause; an event asked with 언제 ("입단식은 언제") is answered by the date
 * told with it, not a date of another sentence. Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import type { Fact } from '../../src/facts/types.ts';
import { askedEvent } from '../../src/answer/figureScope.ts';
import { clauseTopicFactors } from '../../src/answer/clauseTopic.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'transfer', title: '가온FC 한도윤, 포르투갈 리스벨로 이적', outlet: '가상스포츠', author: null, date: '2026-07-08', url: null },
      [
        ['가온FC는 3일 "리스벨과 한도윤의 완전 이적에 합의했다"고 발표했다.'],
        ['한도윤(24)은 포르투갈 1부 리그 리스벨(SC Lisbel)로 이적한다.'],
        ['한도윤은 지난 5일 포르투갈 현지에서 메디컬 테스트를 통과했으며, 9일 입단식을 치른 뒤 팀의 스페인 전지훈련에 합류한다.', '등번호는 10번을 받았다.'],
        ['이적료는 약 400만 유로이고, 옵션을 포함한 총액은 520만 유로다.'],
      ],
    ),
  ]);
});

describe('the figure of the clause that holds the question\'s words', () => {
  it('a date told in the clause of the event asked, not the next clause\'s', async () => {
    expect(await engine.answer('메디컬 언제 통과?')).toMatchObject({ found: true, answer: '지난 5일' });
  });
  it('an event asked with 언제 is answered by the date told with it', async () => {
    expect(await engine.answer('한도윤의 리스벨 입단식은 언제인가?')).toMatchObject({ found: true, answer: '9일' });
  });
  it('an amount of the clause asked, across a verb\'s clause ending', async () => {
    expect(await engine.answer('옵션을 포함한 이적료 총액은 얼마야?')).toMatchObject({ found: true, answer: '520만 유로' });
  });
});

describe('askedEvent and clauseTopicFactors', () => {
  it('reads an event noun asked with 언제', () => {
    expect(askedEvent('한도윤의 리스벨 입단식은 언제인가?')).toBe('입단식');
    expect(askedEvent('신공장 착공은 언제야?')).toBe('착공');
    expect(askedEvent('회사는 언제 상장해?')).toBeNull();
  });
  it('halves a figure whose clause holds less of the topic, only across a verb clause ending', () => {
    const text = '한도윤은 지난 5일 현지에서 메디컬 테스트를 통과했으며, 9일 입단식을 치른다.';
    const facts = [
      { type: 'date', text: '지난 5일', start: text.indexOf('지난 5일'), end: text.indexOf('지난 5일') + 5 },
      { type: 'date', text: '9일', start: text.indexOf('9일'), end: text.indexOf('9일') + 2 },
    ] as unknown as Fact[];
    const factors = clauseTopicFactors(text, facts, ['메디', '디컬', '통과'], () => 1);
    expect(factors.get(facts[1] as Fact)).toBe(0.5);
    expect(factors.has(facts[0] as Fact)).toBe(false);
    const list = '매출 18조 원, 영업이익 5조 원을 기록했다.';
    const items = [
      { type: 'money', text: '18조 원', start: list.indexOf('18조'), end: list.indexOf('18조') + 5 },
      { type: 'money', text: '5조 원', start: list.indexOf('5조'), end: list.indexOf('5조') + 4 },
    ] as unknown as Fact[];
    expect(clauseTopicFactors(list, items, ['매출'], () => 1).size).toBe(0);
  });
});
