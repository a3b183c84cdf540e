import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripJosa } from '../../src/korean/josa.ts';
import { splitRuns, tokenize } from '../../src/korean/tokenize.ts';

const shared = (a: string, b: string) => tokenize(a).filter((t) => tokenize(b).includes(t));

describe('tokenize', () => {
  it('한글은 음절 바이그램으로 나눈다', () => {
    expect(tokenize('랩허브')).toEqual(['랩허', '허브']);
  });
  it('띄어쓰기가 달라도 같은 바이그램이 나온다', () => {
    expect(tokenize('랩 허브')).toEqual(expect.arrayContaining(['랩허', '허브']));
  });
  it('조사가 붙어도 어간의 바이그램은 그대로다', () => {
    expect(tokenize('랩허브의')).toEqual(expect.arrayContaining(['랩허', '허브']));
  });
  it('"2700억원"과 "2,700억 원"이 만난다', () => {
    expect(shared('2700억원', '2,700억 원')).toEqual(expect.arrayContaining(['2700', '2700억', '억원']));
  });
  it('로마자와 숫자는 낱말 하나로', () => {
    expect(tokenize('UL Solutions, COVID-19, 3.5%')).toEqual(['ul', 'solutions', 'covid', '19', '3.5']);
  });
  it('한 음절 덩어리는 유니그램', () => {
    expect(tokenize('그 책')).toEqual(['그', '그책', '책']);
  });
  it('returns nothing for punctuation only', () => {
    expect(tokenize('?!…·“”')).toEqual([]);
  });
  it('never throws and never emits empty terms, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => tokenize(s).every((t) => t.length > 0)),
      { numRuns: 100 },
    );
  });
  it('handles 10 kB of text', () => {
    const text = '가나다 라마 😀 \ud800 e\u0301 '.repeat(500);
    expect(tokenize(text).length).toBeGreaterThan(1000);
  });
});

describe('splitRuns', () => {
  it('숫자 뒤에 붙은 단위 음절을 표시한다', () => {
    const runs = splitRuns('2700억 원');
    expect(runs.map((r) => [r.kind, r.text, r.touchesPrevious])).toEqual([
      ['number', '2700', false],
      ['hangul', '억', true],
      ['hangul', '원', false],
    ]);
  });
});

describe('stripJosa', () => {
  it('조사를 뗀다', () => {
    expect(stripJosa('랩허브의')).toBe('랩허브');
    expect(stripJosa('중기부에서는')).toBe('중기부');
  });
  it('두 음절 미만이 남으면 떼지 않는다', () => {
    expect(stripJosa('국가')).toBe('국가');
  });
});
