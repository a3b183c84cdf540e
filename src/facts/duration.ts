/**
 * 기간: lengths of time. "12년 만" → 12 year, "30년간" → 30 year, "3개월" → 3 month,
 * "10분간" → 10 minute, "70주년" → 70 year. Four-digit years ("2023년") are dates, not durations;
 * a bare "N일" up to 31 is a day of the month (see date.ts) unless 간/동안/만 follows.
 */
import type { Sentence } from '../corpus/types.ts';
import type { DurationFact } from './types.ts';
import { AMOUNT, FIGURE_START, hasDigit, parseAmount } from './numeral.ts';
import { POST_QUALIFIER, PRE_QUALIFIER, readQualifiers } from './qualifier.ts';
import { spanOf, spanOfMatch } from './span.ts';

type DurationUnit = DurationFact['unit'];

/** What marks a span of time: "간", "동안", "만", "째". */
const SPAN_MARK = String.raw`(?:간|\s?동안|\s?연속|\s?만(?=에|의|이|[^가-힣]|$)|째)`;

/** Unit words, longest first, each with whether it needs a SPAN_MARK to count as a duration. */
const UNITS: ReadonlyArray<readonly [string, DurationUnit, boolean]> = [
  ['주년', 'year', false],
  ['개월', 'month', false],
  ['년', 'year', false],
  ['달(?![러러성])', 'month', false],
  ['주일?', 'week', true],
  ['일', 'day', true],
  ['시간', 'hour', false],
  ['분', 'minute', true],
];

const DURATION_PATTERN = new RegExp(
  `${PRE_QUALIFIER}?${FIGURE_START}(${AMOUNT})(여)?\\s?(${UNITS.map(([u]) => u).join('|')})(${SPAN_MARK}|\\s?(?:전|후|이내)(?![가-힣]))?(${POST_QUALIFIER})?`,
  'g',
);

/** Each unit word's pattern, whole, with its unit and whether it needs a mark. */
const UNIT_WORDS = UNITS.map(([pattern, unit, needsMark]) => [new RegExp(`^(?:${pattern})$`), [unit, needsMark] as const] as const);

function unitOf(word: string): readonly [DurationUnit, boolean] {
  for (const [pattern, reading] of UNIT_WORDS) {
    if (pattern.test(word)) return reading;
  }
  return ['day', true];
}

/**
 * Durations in one sentence.
 * @example
 * extractDurations(sentence('12년 만의 국빈 방문'))[0] // { text: '12년 만', value: 12, unit: 'year' }
 */
export function extractDurations(sentence: Sentence): DurationFact[] {
  const facts: DurationFact[] = [];
  if (!hasDigit(sentence.text)) return facts;
  for (const match of sentence.text.matchAll(DURATION_PATTERN)) {
    const digits = match[1] ?? '';
    const value = parseAmount(digits);
    const word = match[3] ?? '';
    if (value === null) continue;
    const [unit, needsMark] = unitOf(word);
    const marked = match[4] !== undefined;
    const after = sentence.text.slice(match.index + match[0].length);
    if (word === '년') {
      // "2023년" is a year; "23년 3월" a two-digit year.
      if (/^\d{4}$/.test(digits) || (!marked && /^\s?\d{1,2}월/.test(after))) continue;
    }
    if (word === '일' && !marked && value <= 31) continue;
    if (needsMark && !marked && !(word === '일' && value > 31)) continue;
    const read = spanOfMatch(sentence, match as RegExpExecArray);
    // "1시간 47분", "2년 3개월": the smaller unit written after is the same length of time.
    const rest = !marked && (word === '시간' || word === '년') ? (word === '시간' ? /^\s?(\d{1,2})\s?분/u : /^\s?(\d{1,2})\s?개월/u).exec(after) : null;
    const span = rest ? spanOf(sentence, read.start, match.index + match[0].length + rest[0].length) : read;
    const whole = rest ? { value: value * (word === '시간' ? 60 : 12) + Number(rest[1]), unit: word === '시간' ? ('minute' as const) : ('month' as const) } : { value, unit };
    facts.push({
      type: 'duration',
      ...span,
      ...whole,
      qualifiers: readQualifiers(span.text),
    });
  }
  return facts;
}
