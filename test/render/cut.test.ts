import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut, ELLIPSIS } from '../../src/render/cut.ts';

describe('cut', () => {
  it('leaves text that fits unchanged', () => {
    expect(cut('짧은 문장.', 100)).toBe('짧은 문장.');
  });

  it('문장 경계에서 자르고 말줄임표를 붙인다', () => {
    const text = '첫 문장이다. 둘째 문장도 있다. 셋째 문장은 아주 길어서 한도를 넘는다.';
    const result = cut(text, 22);
    expect(result).toBe('첫 문장이다. 둘째 문장도 있다. …');
    expect(result.length).toBeLessThanOrEqual(22);
  });

  it('문장 경계가 없으면 띄어쓰기에서 자른다', () => {
    expect(cut('가나다 라마바 사아자 차카타 파하', 12)).toBe('가나다 라마바 사아자…');
  });

  it('never splits a surrogate pair on a hard cut', () => {
    const result = cut('😀'.repeat(10), 6);
    expect(result.endsWith(ELLIPSIS)).toBe(true);
    expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('always fits the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const result = cut(text, max);
        expect(result.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(result).toBe(text);
        else expect(result.endsWith(ELLIPSIS)).toBe(true);
      }),
    );
  });
});
