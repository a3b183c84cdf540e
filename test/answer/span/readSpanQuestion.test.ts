/**
 * A question's span reading is kept by question and intent (./question.ts `readSpanQuestion`): each
 * call must still get its own reading, with its own rule, and what one caller changes in it
 * (span selection adds aliases to `compact`) must not reach the next.
 */
import { describe, expect, it } from 'vitest';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';

describe('readSpanQuestion', () => {
  it('gives every call its own reading, its rule the caller’s, whatever was read before', () => {
    const question = '연구센터 건립 예산은 얼마인가?';
    const first = readSpanQuestion(question, 'money');
    const rule = { articleId: 'a', sentenceIndex: 2, text: '2,700억 원' };
    const withRule = readSpanQuestion(question, 'money', rule);
    expect(withRule.rule).toBe(rule);
    expect(first.rule).toBeNull();
    first.compact = `${first.compact}|연구소`;
    const again = readSpanQuestion(question, 'money');
    expect(again.compact).toBe('연구센터건립예산은얼마인가?');
    expect(again).toEqual({ ...withRule, rule: null });
  });

  it('reads a question asked with another intent, or none, afresh', () => {
    const question = '몇 억 원을 투자했나?';
    expect(readSpanQuestion(question, 'money').wh).toBe('howmuch');
    expect(readSpanQuestion(question, 'count').wh).toBe('howmany');
    expect(readSpanQuestion(question).intent).toBeNull();
    expect(readSpanQuestion(question, '').intent).toBe('');
  });
});
