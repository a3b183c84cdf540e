import { describe, expect, it } from 'vitest';
import { splitCommonTerms } from '../../src/search/commonTerms.ts';
import { defaultSearchIndexOptions } from '../../src/search/options.ts';

const df = new Map([
  ['희귀', 5],
  ['드문', 40],
  ['보통', 150],
  ['흔한', 400],
  ['아주흔한', 900],
]);
const options = { ...defaultSearchIndexOptions, minKeptTerms: 1, commonTermMinPassages: 0 };

describe('splitCommonTerms', () => {
  it('scores the rarest terms fully until their passages fill the budget', () => {
    const tiers = splitCommonTerms(df.keys(), df, 1000, { ...options, postingBudget: 50, commonTermShare: 1 });
    expect([...tiers.candidateOnly].sort()).toEqual(['보통', '아주흔한', '흔한'].sort());
    expect(tiers.pruned).toEqual([]);
  });
  it('prunes terms in more than the common share of passages', () => {
    const tiers = splitCommonTerms(df.keys(), df, 1000, { ...options, commonTermShare: 0.3 });
    expect(tiers.pruned.sort()).toEqual(['아주흔한', '흔한'].sort());
  });
  it('prunes candidate-only terms beyond their own budget, commonest last', () => {
    const tiers = splitCommonTerms(df.keys(), df, 1000, { ...options, postingBudget: 50, commonTermShare: 1, candidateOnlyBudget: 600 });
    expect([...tiers.candidateOnly].sort()).toEqual(['보통', '흔한'].sort());
    expect(tiers.pruned).toEqual(['아주흔한']);
  });
  it('never touches the `minKeptTerms` rarest terms', () => {
    const tiers = splitCommonTerms(['아주흔한'], df, 1000, { ...options, minKeptTerms: 1, commonTermShare: 0.01 });
    expect(tiers).toEqual({ candidateOnly: new Set(), pruned: [] });
  });
});
