/**
 * 면적: areas, normalized to square metres. "4만㎡" → 40000, "2.59km²" → 2,590,000, "3,420㏊" → 34,200,000, "30평" → 99.17,
 * "1스퀘어마일" → 2,589,988.
 */
import type { Sentence } from '../corpus/types.ts';
import type { AreaFact } from './types.ts';
import { AMOUNT, FIGURE_START, hasDigit, parseAmount, tidy } from './numeral.ts';
import { POST_QUALIFIER, PRE_QUALIFIER, readQualifiers } from './qualifier.ts';
import { spanOfMatch } from './span.ts';

/** Area units with their size in m², longest spellings first. */
const AREA_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['(?:km²|km2|㎢|제곱킬로미터|평방킬로미터)', 1e6],
  ['(?:㎡|m²|m2(?![0-9])|제곱미터|평방미터)', 1],
  ['(?:헥타르|㏊|ha(?![A-Za-z]))', 1e4],
  ['(?:에이커|acres?(?![A-Za-z]))', 4046.8564224],
  ['(?:스퀘어\\s?마일|square\\s?miles?(?![A-Za-z]))', 2589988.110336],
  // 평: not 평가/평균; only josa that cannot start another word may follow.
  ['평(?:형)?(?=(?:은|는|이|을|를|의|에|으로|로|대|짜리|도|과|와)?(?![가-힣]))', 400 / 121],
];

const AREA_PATTERN = new RegExp(
  `${PRE_QUALIFIER}?${FIGURE_START}(${AMOUNT})여?\\s?(${AREA_UNITS.map(([unit]) => unit).join('|')})(${POST_QUALIFIER})?`,
  'g',
);

/** Each unit's pattern, anchored at the start, with its size. */
const AREA_UNIT_STARTS = AREA_UNITS.map(([pattern, size]) => [new RegExp(`^${pattern}`), size] as const);

function squareMetresPer(unit: string): number {
  for (const [pattern, size] of AREA_UNIT_STARTS) if (pattern.test(unit)) return size;
  return 1;
}

/**
 * Areas in one sentence, in m².
 * @example
 * extractAreas(sentence('4만㎡ 부지'))[0] // { text: '4만㎡', value: 40000, unit: 'm²' }
 */
export function extractAreas(sentence: Sentence): AreaFact[] {
  const facts: AreaFact[] = [];
  if (!hasDigit(sentence.text)) return facts;
  for (const match of sentence.text.matchAll(AREA_PATTERN)) {
    const figure = parseAmount(match[1] ?? '');
    if (figure === null || match[2] === undefined) continue;
    const span = spanOfMatch(sentence, match as RegExpExecArray);
    facts.push({
      type: 'area',
      ...span,
      value: tidy(figure * squareMetresPer(match[2])),
      unit: 'm²',
      qualifiers: readQualifiers(span.text),
    });
  }
  return facts;
}
