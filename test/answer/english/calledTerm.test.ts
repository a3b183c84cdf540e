import { describe, expect, it } from 'vitest';
import { CALLED_QUESTION, calledTerm } from '../../../src/answer/english/calledTerm.ts';

describe('what a speaker called something', () => {
  it('recognizes the question', () => {
    expect(CALLED_QUESTION.test('What did the mayor call the new port?')).toBe(true);
    expect(CALLED_QUESTION.test('What did the mayor describe the port as?')).toBe(true);
    expect(CALLED_QUESTION.test('What did the mayor say about the port?')).toBe(false);
  });

  it('takes the inner-quoted term nearest after the question word', () => {
    const quote = '“부산항은 ‘물류의 심장’이고, 북항은 시민에게 ‘새로운 바다’가 될 것”';
    expect(calledTerm(quote, ['북항'])).toBe('새로운 바다');
    expect(calledTerm(quote, ['부산항'])).toBe('물류의 심장');
  });

  it('reads an apposition or what something serves as when nothing is quoted inside', () => {
    expect(calledTerm('“해양 수도인 부산에 문을 연 센터는 창업 기업의 디딤돌로서 역할을 할 것”', ['부산'])).toBe('해양 수도');
    expect(calledTerm('“해양 수도인 부산에 문을 연 센터는 창업 기업의 디딤돌로서 역할을 할 것”', ['센터'])).toBe('디딤돌');
    expect(calledTerm('“센터가 문을 열었다”', ['센터'])).toBeNull();
  });
});
