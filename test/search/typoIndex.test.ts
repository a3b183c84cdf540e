import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disassemble } from '../../src/korean/index.ts';
import { TypoIndex, withinOneEdit } from '../../src/search/typoIndex.ts';
import { Vocabulary, type WordMatch } from '../../src/search/vocabulary.ts';

/** Levenshtein distance, the textbook way (the reference the deletion table must agree with). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** What `closest` stands for: the walk's matches, filtered, the closest `count` of them. */
function closestByWalk(vocabulary: Vocabulary, word: string, maxDistance: number, keep: (w: string) => boolean, count: number): WordMatch[] {
  const matches = vocabulary.fuzzy(word, maxDistance).filter((match) => keep(match.word));
  const best = matches[0];
  return best ? matches.filter((match) => match.distance === best.distance).slice(0, count) : [];
}

// Few syllables, so that random words are often one jamo apart (and tie in frequency).
const syllable = fc.constantFrom('가', '각', '간', '나', '난', '다', '닭', '과', '괜', '의', '이', '기', '키', '허', '헙', '브', '랩', '래');
const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((letters) => letters.join(''));

describe('TypoIndex', () => {
  it('finds exactly the tabled keys within one edit (Levenshtein)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (words, query) => {
        const keys = [...new Set(words.map(disassemble))];
        const key = disassemble(query);
        const index = new TypoIndex(keys);
        if (!index.covers(key)) return;
        const expected = keys.filter((k) => k.length <= 7 && distance(k, key) <= 1).sort();
        expect(index.within(key).sort()).toEqual(expected);
      }),
    );
  });

  it('withinOneEdit agrees with the distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const [x, y] = [disassemble(a), disassemble(b)];
        expect(withinOneEdit(x, y)).toBe(distance(x, y) <= 1);
      }),
    );
  });
});

describe('Vocabulary.closest', () => {
  it("is the walk's closest matches, in the walk's order, ties in frequency included", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, fc.integer({ min: 1, max: 2 })), { minLength: 1, maxLength: 60, selector: ([w]) => w }),
        word,
        fc.constantFrom(0, 1),
        (entries, query, maxDistance) => {
          const vocabulary = new Vocabulary(new Map(entries));
          const keep = (w: string) => w !== query;
          expect(vocabulary.closest(query, maxDistance, keep, 2)).toEqual(closestByWalk(vocabulary, query, maxDistance, keep, 2));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
