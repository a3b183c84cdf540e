/**
 * The counted noun must agree ("팀은 몇 개" is not "12개국", "몇 명" not "38개사" or "1천500대",
 * "몇 포인트" only a %포인트 figure), and "얼마나 줄었어" asks the amount of the change ("15% 줄었다"),
 * not the level beside it. Invented article, not the seeds.
 */
import { widenCountedNoun } from '../../src/answer/counters.ts';
import type { Answer } from '../../src/answer/types.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { asksChangeAmount, isChangeAmount } from '../../src/answer/change.ts';
import { counterFits, spanFitsCounter } from '../../src/answer/counters.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'yacht', title: '한빛시 국제 요트대회 폐막…관광객 3만 명', outlet: '가상남해일보', author: null, date: '2026-10-12', url: null },
      [
        ['한빛시 국제 요트대회가 나흘간의 일정을 마치고 11일 폐막했다.', '이번 대회에는 12개국에서 40개 팀, 선수 320명이 참가했다.'],
        ['대회 기간 항구를 찾은 관광객은 약 3만 명으로, 지난해보다 4천 명가량 늘었다.'],
        ['요트 관련 기념품 판매액은 2억 원으로 지난해보다 15% 줄었다.', '온라인 중계 시청 비중은 34%로 지난해보다 2.5%포인트 높아졌다.'],
      ],
    ),
  ]);
});

describe('the amount of a change', () => {
  it('"얼마나 줄었어" is the change (15%), not the level (2억 원)', async () => {
    expect(await engine.answer('요트대회 기념품 판매액 지난해보다 얼마나 줄었어?')).toMatchObject({ found: true, answer: '15%' });
  });
  it('"몇 명 늘었어" is the increase, not the total', async () => {
    expect((await engine.answer('요트대회 관광객 지난해보다 몇 명 늘었어?')).answer ?? '').toContain('4천 명');
  });
  it('"몇 포인트" is never answered by a share', async () => {
    const answer = await engine.answer('요트대회 온라인 중계 시청 비중 몇 포인트 높아졌어?');
    expect(answer.answer ?? '').not.toMatch(/34%/u);
  });
  it('reads the question and the sentence', () => {
    expect(asksChangeAmount('가전 얼마나 줄었어?')).toBe(true);
    expect(asksChangeAmount('입주 공간 몇 실로 늘어나?')).toBe(false);
    const text = '판매액은 2억 원으로 지난해보다 15% 줄었다.';
    expect(isChangeAmount(text, text.indexOf('15%') + 3)).toBe(true);
    expect(isChangeAmount(text, text.indexOf('2억 원') + 4)).toBe(false);
  });
});

describe('the counted noun agrees', () => {
  it('"팀은 몇 개" is not a count of countries', async () => {
    expect((await engine.answer('요트대회 참가한 팀은 모두 몇 개야?')).answer ?? '').not.toContain('개국');
  });
  it('counters', () => {
    expect(counterFits('개', '개국')).toBe(false);
    expect(counterFits('개국', '개국')).toBe(true);
    expect(counterFits('곳', '개')).toBe(true);
    expect(counterFits('명', '개사')).toBe(false);
    expect(spanFitsCounter({ intent: 'count', counter: '명', question: '바이어 몇 명 와?' }, '국내 중소기업 38개사')).toBe(false);
    expect(spanFitsCounter({ intent: 'count', counter: '명', question: '관람객 몇 명이야?' }, '1천500대')).toBe(false);
    expect(spanFitsCounter({ intent: 'count', counter: '명', question: '관람객 몇 명이야?' }, '약 7만 명')).toBe(true);
    expect(spanFitsCounter({ intent: 'percent', counter: null, question: '몇 포인트 올랐어?' }, '78.0%')).toBe(false);
  });
});

describe('the noun a generic counter counts', () => {
  it('"몇 개 분기" is answered "5개 분기", not "5개"', () => {
    const text = '수도요금이 오르는 것은 지난해 2분기 이후 5개 분기 만이다.';
    const at = text.indexOf('5개');
    const shown = { found: true, answerKind: 'span', answer: '5개', answerStart: at, answerEnd: at + 2, intent: 'count', citations: [{ text }] } as unknown as Answer;
    expect(widenCountedNoun(shown, '수도요금 인상은 몇 개 분기 만인가?').answer).toBe('5개 분기');
    expect(widenCountedNoun(shown, '수도요금 인상은 몇 개 만이야?').answer).toBe('5개');
    expect(widenCountedNoun(shown, '몇 개 도시에서 열려?').answer).toBe('5개');
  });
});
