/**
 * A vague time ("올해", "지난해", "2027년 하반기") read off a sentence that never names the event a 언제
 * question asks is no answer (src/answer/guards/vagueDate.ts). Invented article and sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { askedEvent, vagueTimeElsewhere } from '../../../src/answer/guards/vagueDate.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'youth', title: '솔내군 청년 주거 지원 확대', outlet: '가상일보', author: null, date: '2026-03-02', url: null },
      [
        ['솔내군이 올해 청년 주거 지원 사업 규모를 지난해보다 두 배로 늘린다.'],
        ['지원 대상은 만 19∼39세 청년 300명이다.'],
        ['군은 지난해 청년 임대주택 120호를 새로 지었다.'],
      ],
    ),
  ]);
});

describe('a vague time from another event', () => {
  it('is not the time of an event its sentence never names', async () => {
    const answer = await engine.answer('청년 주거 지원 신청 언제부터야?');
    expect(answer.found && answer.answerKind === 'span' ? answer.answer : '').not.toMatch(/^(?:올해|지난해)$/u);
  });
  it('still answers when the sentence names the event', async () => {
    const answer = await engine.answer('청년 임대주택 언제 지었어?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toBe('지난해');
  });
  it('reads the event before 언제 and refuses only vague times', () => {
    expect(askedEvent('BRT 1단계 개통 정확히 언제래?')).toBe('개통');
    expect(askedEvent('동아 기고 날짜 언제자야?')).toBe('기고');
    const sentence = '시는 2027년 하반기 1단계 공사에 들어갈 예정이다.';
    expect(vagueTimeElsewhere('BRT 1단계 개통 정확히 언제래?', '2027년 하반기', sentence)).toBe(true);
    expect(vagueTimeElsewhere('BRT 1단계 공사 언제 들어가?', '2027년 하반기', sentence)).toBe(false);
    expect(vagueTimeElsewhere('BRT 1단계 개통 정확히 언제래?', '2027년 9월', sentence)).toBe(false);
  });
});
