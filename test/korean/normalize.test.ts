import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/korean/normalize.ts';

describe('normalize', () => {
  it('천 단위 쉼표를 지운다', () => {
    expect(normalize('약 2,700억 원')).toBe('약 2700억 원');
    expect(normalize('1,234,567명')).toBe('1234567명');
  });
  it('목록 쉼표는 남긴다', () => {
    expect(normalize('3, 4, 5')).toBe('3, 4, 5');
  });
  it('단위·전각 문자를 풀고 소문자로 바꾼다', () => {
    expect(normalize('4만㎡ ＵＬ Solutions ５㎞')).toBe('4만m2 ul solutions 5km');
  });
  it('호환 자모(초성)는 NFKC로 깨지지 않는다', () => {
    expect(normalize('ㄷㅇㅈㅇ')).toBe('ㄷㅇㅈㅇ');
    expect(normalize('ㄹ')).toBe('ㄹ');
  });
  it('풀어 쓴 자모(NFD)를 완성형으로 모은다', () => {
    expect(normalize('랩허브'.normalize('NFD'))).toBe('랩허브');
  });
  it('collapses whitespace', () => {
    expect(normalize('  랩\n\t허브  ')).toBe('랩 허브');
  });
  it('한글·ASCII·흔한 문장부호만 있는 글은 빠른 길로 같은 결과를 낸다', () => {
    const reference = (s: string) =>
      s.normalize('NFKC').toLowerCase().replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'가힣랩 허브,0129Aa.·“”「」→×°\t\n'.split('')) }), (s) => {
        expect(normalize(s)).toBe(reference(s));
        expect(normalize(normalize(s))).toBe(normalize(s));
      }),
      { numRuns: 300 },
    );
  });
  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normalize(normalize(s)) === normalize(s)),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'가각ㄱㄹㅏ ㎡,0９Ａa\u0301\u1100\u1161İ①'.split('')) }), (s) =>
        normalize(normalize(s)) === normalize(s),
      ),
      { numRuns: 300 },
    );
  });
});
