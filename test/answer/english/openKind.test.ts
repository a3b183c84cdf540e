/**
 * An open English question is not answered by a bare date when it asked none, nor by a span that is
 * neither of the two choices it ends on; British spellings find the American glossary entries.
 */
import { describe, expect, it } from 'vitest';
import { averageUnasked, choiceAnswered, dateAnswersOpen } from '../../../src/answer/english/openKind.ts';
import { glossary } from '../../../src/answer/english/glossary.ts';
import { lemmas } from '../../../src/answer/english/lemma.ts';

describe('a bare date answering an open question', () => {
  it('is no answer to a question that asked no date', () => {
    expect(dateAnswersOpen('Which harbour plan did the mayor announce?', '12일 오전 10시')).toBe(false);
    expect(dateAnswersOpen('Which harbour plan did the mayor announce?', '3월 5일 (2026-03-05)')).toBe(false);
  });

  it('answers a question about a day or time, and any answer that is not only a date', () => {
    expect(dateAnswersOpen('The harbour forum — which day in March?', '3월 5일')).toBe(true);
    expect(dateAnswersOpen('Which harbour plan did the mayor announce?', '항만 재생 계획')).toBe(true);
    expect(dateAnswersOpen('Which harbour plan did the mayor announce?', '2030 항만 비전')).toBe(true);
  });
});

describe('a question that offers two choices', () => {
  it('is answered by one of them, in the glossary\'s Korean', () => {
    expect(choiceAnswered('The two universities signed a pact on what, research or workforce training?', '가온대학병원')).toBe(false);
    expect(choiceAnswered('The two universities signed a pact on what, research or workforce training?', '인력 양성')).toBe(true);
    expect(choiceAnswered('The two universities signed a pact on what, research or workforce training?', '공동 연구')).toBe(true);
  });

  it('does not judge choices it cannot translate, nor questions without any', () => {
    expect(choiceAnswered('Was it Gaon or Nuri?', '가온대학병원')).toBe(true);
    expect(choiceAnswered('Which university signed the pact?', '가온대학병원')).toBe(true);
  });
});

describe('British spellings', () => {
  it('find the American entries', () => {
    expect(lemmas('organisations')).toContain('organizations');
    expect(glossary().lookup(['organisations'])?.english).toBe('organizations');
    expect(glossary().lookup(['organisation'])?.english).toBe('organization');
  });
});

describe('an average answering a question that asked none', () => {
  const sentence = '한도윤은 올 시즌 20경기에서 평균 18.4점을 기록했고, 이날은 27점을 올렸다.';
  it('is no answer to "how many points did she score"', () => {
    expect(averageUnasked('How many points did Han Do-yun score?', '18.4점', sentence)).toBe(true);
    expect(averageUnasked('How many points did Han Do-yun score?', '27점', sentence)).toBe(false);
  });
  it('answers a question that asks the average', () => {
    expect(averageUnasked('How many points does Han Do-yun average this season?', '18.4점', sentence)).toBe(false);
    expect(averageUnasked('How many points per game does Han Do-yun score?', '18.4점', sentence)).toBe(false);
  });
});
