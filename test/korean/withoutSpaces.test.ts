import { describe, expect, it } from 'vitest';
import { withoutSpaces } from '../../src/korean/normalize.ts';

describe('withoutSpaces: the one comparison key for words chat spaces differently', () => {
  it('takes every space out, keeping case and commas by default', () => {
    expect(withoutSpaces('K-바이오 랩 허브')).toBe('K-바이오랩허브');
    expect(withoutSpaces('UL  Solutions\t2,700억')).toBe('ULSolutions2,700억');
  });
  it('folds Latin case when asked', () => {
    expect(withoutSpaces('UL Solutions', { lower: true })).toBe('ulsolutions');
  });
  it('drops digit-group commas when asked, so written figures compare equal', () => {
    expect(withoutSpaces('약 2,700억 원', { commas: true })).toBe(withoutSpaces('약 2700억원', { commas: true }));
  });
});
