/**
 * The facts stage: every fact of an article, read once at startup. Numeric facts (money, percent,
 * area, duration, date, count) never overlap: where two readings claim the same characters the
 * longer wins, then the more specific type ("1500만달러" is money, not a count). People and quotes
 * are read over the whole article so short references and speakers resolve.
 */
import type { Article, Sentence } from '../corpus/types.ts';
import type { Fact, FactType } from './types.ts';
import { extractAreas } from './area.ts';
import { extractCounts } from './count.ts';
import { extractDates } from './date.ts';
import type { DateContext } from './date.ts';
import { extractDurations } from './duration.ts';
import { extractMoney } from './money.ts';
import { extractPercents } from './percent.ts';
import { extractPersons } from './person.ts';
import { extractQuotes } from './quote.ts';

export { extractAreas } from './area.ts';
export { extractCounts } from './count.ts';
export { extractDates, formatDate } from './date.ts';
export type { DateContext } from './date.ts';
export { extractDurations } from './duration.ts';
export { extractMoney } from './money.ts';
export { parseAmount } from './numeral.ts';
export { extractPercents } from './percent.ts';
export { extractPersons, findPersonMentions } from './person.ts';
export { extractQuotes, isStatement } from './quote.ts';
export type * from './types.ts';

/** Which reading wins when two numeric facts claim the same characters with equal length. */
const PRECEDENCE: Record<FactType, number> = {
  money: 0,
  percent: 1,
  area: 2,
  duration: 3,
  date: 4,
  count: 5,
  person: 6,
  quote: 7,
};

/** Keeps the longest, then most specific, of overlapping facts. */
function withoutOverlaps<T extends Fact>(facts: T[]): T[] {
  const ranked = [...facts].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRECEDENCE[a.type] - PRECEDENCE[b.type] || a.start - b.start,
  );
  const kept: T[] = [];
  for (const fact of ranked) {
    if (kept.some((k) => k.start < fact.end && fact.start < k.end)) continue;
    kept.push(fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Money, percentages, areas, durations, dates and counts of one sentence, without overlaps.
 * @example
 * extractFigures(sentence('약 2,700억 원을 투자해 2025년까지'), { articleDate: null })
 * // money '약 2,700억 원', date '2025년까지'
 */
export function extractFigures(sentence: Sentence, context: DateContext): Fact[] {
  return withoutOverlaps<Fact>([
    ...extractMoney(sentence),
    ...extractPercents(sentence),
    ...extractAreas(sentence),
    ...extractDurations(sentence),
    ...extractDates(sentence, context),
    ...extractCounts(sentence),
  ]);
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
  const people = extractPersons(article.sentences);
  facts.push(...people);
  facts.push(...extractQuotes(article.sentences, people));
  return facts.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start || PRECEDENCE[a.type] - PRECEDENCE[b.type]);
}
export { bySentence, ExtractedFacts, quoteRefsOf, resolveQuote, type FactSource, type QuoteRef } from './source.ts';
