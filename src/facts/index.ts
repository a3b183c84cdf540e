/**
 * The facts stage: every fact of an article, read once at startup. Numeric facts (money, percent,
 * area, duration, date, count) never overlap: where two readings claim the same characters the
 * longer wins, then the more specific type ("1500만달러" is money, not a count). People and quotes
 * are read over the whole article so short references and speakers resolve.
 */
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
export { extractFacts, extractFigures } from './extract.ts';
export { bySentence, ExtractedFacts, quoteRefsOf, resolveQuote, type FactSource, type QuoteRef } from './source.ts';
export { answerTypeHints, FACT_KINDS, FACT_TYPES, factKind, type FactKind, type FactOf } from './kinds.ts';
export type * from './types.ts';

