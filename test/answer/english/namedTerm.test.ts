/**
 * "Which cornerstone …", "the name of the strategy …", "what kind of service …": the quoted name (or
 * noun phrase) of the kind asked, over hand-written sentences in the shape of Korean news.
 */
import { describe, expect, it } from 'vitest';
import { answerRankedField, namedTermIn, termAsked } from '../../../src/answer/english/namedTerm.ts';

describe('termAsked', () => {
  it('reads the kind asked from which/what N, kind of N, the name of the N', () => {
    expect(termAsked('The new policy rests on which cornerstone?')?.spellings).toContain('주춧돌');
    expect(termAsked('What is the name of the strategy the ministry announced?')).toMatchObject({ name: true, kindOf: false });
    expect(termAsked('What kind of service does the hub offer?')).toMatchObject({ spellings: ['서비스'], kindOf: true });
  });

  it('leaves people, organizations, places, times and verbs to the other readers', () => {
    expect(termAsked('Which company signed the deal?')).toBeNull();
    expect(termAsked('What did the minister say?')).toBeNull();
    expect(termAsked('Which city hosts the fair?')).toBeNull();
    expect(termAsked('What time did it start?')).toBeNull();
  });
});

describe('namedTermIn', () => {
  const cornerstone = termAsked('Which cornerstone?')!;
  it('takes the quoted term before the noun, or ending in it', () => {
    expect(namedTermIn("“양국 관계는 '신뢰동맹'의 주춧돌 위에 세워졌다”고 말했다.", cornerstone, [])?.text).toBe('신뢰동맹');
    const strategy = termAsked('What is the name of the strategy?')!;
    expect(namedTermIn('정부는 지난달 발표한 ‘수산업 미래 성장 전략’을 추진한다.', strategy, [])?.text).toBe('수산업 미래 성장 전략');
  });

  it('answers nothing when two terms qualify, or the only one is the question\'s own', () => {
    const strategy = termAsked('Which strategy?')!;
    expect(namedTermIn('‘성장 전략’과 ‘수출 전략’을 함께 발표했다.', strategy, [])).toBeNull();
    expect(namedTermIn('‘성장 전략’을 발표했다.', strategy, ['성장 전략'])).toBeNull();
  });

  it('reads a bare noun before N for "what kind of N"', () => {
    const service = termAsked('What kind of service?')!;
    expect(namedTermIn('병원과 기업이 함께 제공하는 원스톱 서비스를 통해 돕는다.', service, [])?.text).toBe('원스톱 서비스');
    expect(namedTermIn('병원이 제공하는 서비스를 통해 돕는다.', service, [])).toBeNull();
  });
});

describe('answerRankedField', () => {
  const sentence = '발표에는 물류 로봇 1위 기업 누리봇, 국내 최초 드론 인증 업체 스카이온 등이 나섰다.';
  const asked = (question: string) =>
    answerRankedField(
      { query: question, found: true, answer: sentence, answerKind: 'sentence', confidence: 0.3, answerStart: null, answerEnd: null, intent: 'open', facts: [], citations: [{ articleId: 'a', title: 't', outlet: null, date: null, text: sentence, score: 1, sentenceIndex: 0 }], problem: null },
      question,
      ['누리봇'],
    );
  it('reads the field before 1위 put before the name', () => {
    expect(asked('What does Nuribot rank number one in?')?.answer).toBe('물류 로봇');
    expect(asked('In what field is Nuribot the top company?')?.answer).toBe('물류 로봇');
  });
  it('answers nothing for other questions', () => {
    expect(asked('What does Nuribot make?')).toBeNull();
  });
});
