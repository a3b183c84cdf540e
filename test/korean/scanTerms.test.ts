import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/korean/normalize.ts';
import { scanTerms, splitRuns, tokenizeNormalized } from '../../src/korean/tokenize.ts';
import type { Run } from '../../src/korean/tokenize.ts';

/** The tokenizer as it was written over `splitRuns` (run objects, a string per bigram): the reference. */
function reference(text: string, crossSpace = true): string[] {
  const terms: string[] = [];
  let previous: Run | undefined;
  for (const run of splitRuns(text)) {
    if (run.kind === 'hangul') {
      const t = run.text;
      if (crossSpace && previous?.kind === 'hangul' && (run.spacedFromPrevious || run.touchesPrevious)) {
        terms.push(previous.text.slice(-1) + t[0]);
      }
      if (t.length === 1) terms.push(t);
      for (let k = 0; k + 1 < t.length; k++) terms.push(t.slice(k, k + 2));
    } else {
      terms.push(run.text);
    }
    if (run.kind === 'hangul' && previous?.kind === 'number' && run.touchesPrevious) terms.push(previous.text + run.text[0]);
    previous = run;
  }
  return terms;
}

/** Text of the characters that matter to the tokenizer: syllables, jamo, digits, letters, dots, spaces, marks. */
const pieces = fc.constantFrom('랩', '허', '브', '의', ' ', '  ', '.', ',', '-', '2', '700', '3.5', '억', '원', 'ul', 'ㄷㅇ', 'é', '²', '😀', '\ud800', '(', '가나다');
const koreanish = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('scanTerms', () => {
  it('hands over the terms tokenizeNormalized lists, in order (bigrams as character codes)', () => {
    const seen: string[] = [];
    const runs: string[] = [];
    scanTerms('2700억 원 랩허브(ul)', {
      bigram: (a, b) => seen.push(`${String.fromCharCode(a, b)}*`),
      term: (t) => seen.push(t),
      hangulRun: (text, start, end) => runs.push(text.slice(start, end)),
    });
    expect(seen).toEqual(['2700', '억', '2700억', '억원*', '원', '원랩*', '랩허*', '허브*', 'ul']);
    expect(runs).toEqual(['억', '원', '랩허브']);
  });
  it('gives the same terms as the run-by-run tokenizer on any text', () => {
    fc.assert(
      fc.property(fc.oneof(koreanish, fc.string({ unit: 'binary', maxLength: 60 })), fc.boolean(), (raw, crossSpace) => {
        const text = normalize(raw);
        expect(tokenizeNormalized(text, { crossSpaceBigrams: crossSpace })).toEqual(reference(text, crossSpace));
      }),
      { numRuns: 400, seed: 13 },
    );
  });
  it('tells every maximal run of Hangul syllables once, in order', () => {
    fc.assert(
      fc.property(koreanish, (raw) => {
        const text = normalize(raw);
        const runs: string[] = [];
        scanTerms(text, { bigram: () => undefined, term: () => undefined, hangulRun: (t, s, e) => runs.push(t.slice(s, e)) });
        expect(runs).toEqual(text.match(/[가-힣]+/g) ?? []);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
