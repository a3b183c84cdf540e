/**
 * A query as weighted index terms: the tokenizer's terms, with particles (조사) and
 * interrogatives (의문사) weighed down so they do not outvote the content words.
 */
import { isInterrogative, splitRuns, stripJosa } from '../korean/index.ts';
import type { Run } from '../korean/index.ts';
import type { SearchIndexOptions } from './options.ts';

/** Term → weight (the largest weight wins when a term comes from several places). */
export type WeightedTerms = Map<string, number>;

export function addTerm(terms: WeightedTerms, term: string, weight: number): void {
  if (weight > (terms.get(term) ?? 0)) terms.set(term, weight);
}

/**
 * Terms of normalized text with the same shape as `tokenizeNormalized`, weighted. `crossSpace`
 * lists the bigrams that only bridge a space ("랩 허브" → 랩허): they help when the text is written
 * without the space but say nothing when it is not, so they stay out of the query's total weight.
 * @example
 * queryTerms('헤이그는', options) // Map { '헤이' => 1, '이그' => 1, '그는' => 0.2 }
 */
export function queryTerms(
  normalizedQuery: string,
  options: Pick<SearchIndexOptions, 'josaWeight' | 'interrogativeWeight'>,
  weight = 1,
): { terms: WeightedTerms; runs: Run[]; crossSpace: Set<string> } {
  const terms: WeightedTerms = new Map();
  const crossSpace = new Set<string>();
  const runs = splitRuns(normalizedQuery);
  let previous: Run | undefined;
  for (const run of runs) {
    const t = run.text;
    if (run.kind !== 'hangul') {
      addTerm(terms, t, weight);
    } else {
      const stemLength = stripJosa(t).length;
      const base = weight * (isInterrogative(t) ? options.interrogativeWeight : 1);
      if (previous?.kind === 'hangul' && run.spacedFromPrevious) {
        const bridge = previous.text.slice(-1) + t[0];
        if (!terms.has(bridge)) crossSpace.add(bridge);
        addTerm(terms, bridge, base);
      }
      if (t.length === 1) addTerm(terms, t, base);
      for (let k = 0; k + 1 < t.length; k++) {
        crossSpace.delete(t.slice(k, k + 2));
        addTerm(terms, t.slice(k, k + 2), k + 2 > stemLength ? base * options.josaWeight : base);
      }
      if (previous?.kind === 'number' && run.touchesPrevious) addTerm(terms, previous.text + t[0], weight);
    }
    previous = run;
  }
  return { terms, runs, crossSpace };
}
