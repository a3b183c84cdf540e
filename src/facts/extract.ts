/**
 * Reading an article's facts, kind by kind as the fact-kind registry says: figures sentence by
 * sentence without overlaps (the longer reading wins, then the registry's precedence), then the
 * article-scope kinds (people, then quotes) over the whole article.
 */
import type { Article, Sentence } from '../corpus/types.ts';
import type { DateContext } from './date.ts';
import { FACT_KINDS, FACT_TYPES, factKind } from './kinds.ts';
import type { Fact } from './types.ts';

/** Which reading wins when two facts claim the same characters with equal length (the registry's precedence). */
const precedence = (fact: Fact) => FACT_KINDS[fact.type].precedence;

/** Keeps the longest, then most specific, of overlapping facts. */
function withoutOverlaps<T extends Fact>(facts: T[]): T[] {
  const ranked = [...facts].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || precedence(a) - precedence(b) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const fact of ranked) {
    if (kept.some((k) => k.start < fact.end && fact.start < k.end)) continue;
    kept.push(fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The figures of one sentence (every sentence-scope kind: money, percentages, areas, durations,
 * dates and counts), without overlaps.
 * @example
 * extractFigures(sentence('약 2,700억 원을 투자해 2025년까지'), { articleDate: null })
 * // money '약 2,700억 원', date '2025년까지'
 */
export function extractFigures(sentence: Sentence, context: DateContext): Fact[] {
  const figures: Fact[] = [];
  for (const type of FACT_TYPES) {
    const extract = factKind(type).extract;
    if (extract.scope === 'sentence') figures.push(...extract.read(sentence, context));
  }
  return withoutOverlaps(figures);
}

/**
 * Every fact of an article, in reading order (sentence, then position in it).
 * @example
 * extractFacts(article).filter((f) => f.type === 'money')[0]?.text // '약 2,700억 원'
 */
export function extractFacts(article: Article): Fact[] {
  const context: DateContext = { articleDate: article.date };
  const facts: Fact[] = [];
  for (const sentence of article.sentences) facts.push(...extractFigures(sentence, context));
  for (const type of FACT_TYPES) {
    const extract = factKind(type).extract;
    if (extract.scope === 'article') facts.push(...extract.read(article, facts));
  }
  return facts.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start || precedence(a) - precedence(b));
}
