/**
 * KorQuAD 1.0 style answer metrics: punctuation and whitespace removed, lower-cased; exact match
 * against any gold answer; F1 over the multiset of characters against the best gold answer.
 */
import { squash } from '../src/answer/span/select.ts';

export function exactMatch(prediction: string | null, golds: readonly string[]): number {
  if (!prediction) return 0;
  const p = squash(prediction);
  return golds.some((gold) => squash(gold) === p) ? 1 : 0;
}

export function characterF1(prediction: string | null, golds: readonly string[]): number {
  if (!prediction) return 0;
  let best = 0;
  for (const gold of golds) best = Math.max(best, f1(squash(prediction), squash(gold)));
  return best;
}

function f1(prediction: string, gold: string): number {
  const counts = new Map<string, number>();
  for (const char of gold) counts.set(char, (counts.get(char) ?? 0) + 1);
  let same = 0;
  for (const char of prediction) {
    const left = counts.get(char) ?? 0;
    if (left > 0) {
      same++;
      counts.set(char, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / [...prediction].length;
  const recall = same / [...gold].length;
  return (2 * precision * recall) / (precision + recall);
}

/** Which half of a split by Wikipedia article (title) a question's paragraph belongs to. */
export function splitHalf(title: string): 'train' | 'validation' {
  let hash = 2166136261;
  for (const char of title) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % 2 === 0 ? 'train' : 'validation';
}
