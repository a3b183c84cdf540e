/**
 * 백분율: percentages and percentage points. "88.69%" → 88.69 %, "0.25%p" → 0.25 %p,
 * "30퍼센트" → 30 %.
 */
import type { Sentence } from '../corpus/types.ts';
import type { PercentFact } from './types.ts';
import { FIGURE_START, NUMBER, hasDigit } from './numeral.ts';
import { POST_QUALIFIER, PRE_QUALIFIER, readQualifiers } from './qualifier.ts';
import { spanOfMatch } from './span.ts';

const PERCENT_PATTERN = new RegExp(
  `${PRE_QUALIFIER}?${FIGURE_START}(${NUMBER})\\s?(?:(?:%|％|퍼센트)\\s?(p|P|포인트)|(%|％|퍼센트|프로(?![가-힣])))(${POST_QUALIFIER})?`,
  'g',
);

/**
 * Percentages in one sentence.
 * @example
 * extractPercents(sentence('기준금리 0.25%p 인상'))[0] // { text: '0.25%p', value: 0.25, unit: '%p' }
 */
export function extractPercents(sentence: Sentence): PercentFact[] {
  const facts: PercentFact[] = [];
  if (!hasDigit(sentence.text)) return facts;
  for (const match of sentence.text.matchAll(PERCENT_PATTERN)) {
    const value = Number((match[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const span = spanOfMatch(sentence, match as RegExpExecArray);
    facts.push({
      type: 'percent',
      ...span,
      value,
      unit: match[2] !== undefined ? '%p' : '%',
      qualifiers: readQualifiers(span.text),
    });
  }
  return facts;
}
