import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.ts';
import { corpus } from './fixtures.ts';

const index = SearchIndex.build(corpus);

/** Every letter pair of the corpus's sentences, as the span features weigh them (spaces and marks out, lower-cased). */
function pairsOfCorpus(): string[] {
  const pairs = new Set<string>();
  for (const article of corpus) {
    for (const sentence of article.sentences) {
      const compact = sentence.text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
      for (let i = 0; i + 2 <= compact.length; i++) pairs.add(compact.slice(i, i + 2));
    }
  }
  return [...pairs];
}

describe('SearchIndex.weight of a letter pair', () => {
  it("is analyze's total weight to the bit (the direct path for known syllable pairs agrees)", () => {
    const pairs = pairsOfCorpus();
    expect(pairs.length).toBeGreaterThan(100);
    for (const pair of [...pairs, '무엇', '몇명', '언제', '랩헙', 'ab', '20', '2년']) {
      expect(Object.is(index.weight(pair), index.analyze(pair).totalWeight), pair).toBe(true);
    }
  });

  it("spells a pair as analyze does (the direct path for known syllable pairs agrees), asked twice", () => {
    for (const pair of [...pairsOfCorpus(), '무엇', '랩헙', '중기', 'ul', '2년']) {
      const expected = index.analyze(pair).spellings;
      expect(index.spellings(pair), pair).toEqual(expected);
      expect(index.spellings(pair), pair).toEqual(expected);
    }
  });
});
