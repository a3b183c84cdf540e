/**
 * Common-terms handling (Lucene's common-terms query): very frequent bigrams cost the most and
 * tell the least. Known query terms are taken rarest first and fall into three tiers:
 * fully scored (until their passages fill the posting budget), candidate-only (they score only
 * passages the rarer terms matched), and pruned (too common, or over the candidate budget).
 */
import type { SearchIndexOptions } from './options.ts';

/** Below this many postings, scoring every term fully costs next to nothing. */
const MIN_POSTING_BUDGET = 100;

export type CommonTermTiers = {
  /** Terms that only score passages matched by the fully scored terms. */
  candidateOnly: Set<string>;
  /** Terms left out of the search. */
  pruned: string[];
};

type Budgets = Pick<
  SearchIndexOptions,
  'commonTermShare' | 'commonTermMinPassages' | 'postingBudget' | 'postingBudgetShare' | 'candidateOnlyBudget' | 'minKeptTerms'
>;

/**
 * @name splitCommonTerms
 * @description
 * 검색어를 드문 것부터 세어 온전히 채점할 것, 후보 구절에서만 채점할 것, 버릴 것으로 나눈다.
 * @example
 * splitCommonTerms(['희귀', '공통'], new Map([['희귀', 1], ['공통', 900]]), 1000, options)
 * // { candidateOnly: Set { '공통' }, pruned: [] } when 900 passages overrun the posting budget
 */
export function splitCommonTerms(
  knownTerms: Iterable<string>,
  documentFrequency: { get(term: string): number | undefined },
  passageCount: number,
  options: Budgets,
): CommonTermTiers {
  const df = (term: string) => documentFrequency.get(term) ?? 0;
  const rarestFirst = [...knownTerms].sort((a, b) => df(a) - df(b));
  const maxDf = Math.max(options.commonTermShare * passageCount, options.commonTermMinPassages);
  const budget = Math.min(options.postingBudget, Math.max(MIN_POSTING_BUDGET, options.postingBudgetShare * passageCount));
  const tiers: CommonTermTiers = { candidateOnly: new Set(), pruned: [] };
  let postings = 0;
  let candidatePostings = 0;
  rarestFirst.forEach((term, i) => {
    const passages = df(term);
    postings += passages;
    if (i < options.minKeptTerms || (passages <= maxDf && postings <= budget)) return;
    if (passages <= maxDf && candidatePostings + passages <= options.candidateOnlyBudget) {
      candidatePostings += passages;
      tiers.candidateOnly.add(term);
    } else {
      tiers.pruned.push(term);
    }
  });
  return tiers;
}
