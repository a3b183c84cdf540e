/**
 * 수량: how many things, with their counter (단위 명사). "15개 사" → 15 개사, "100여명" → 100 명
 * ['about'], "30여 개 기관" → 30 개기관, "다섯 개의 기둥" → 5 개. Years ("2023년"), anniversaries
 * ("70주년"), ordinals ("1위", "제28회") and model names ("B-52H") are not counts.
 */
import type { Sentence } from '../corpus/types.ts';
import type { CountFact } from './types.ts';
import { AMOUNT, FIGURE_START, NATIVE_NUMERALS, WORD_END, parseAmount } from './numeral.ts';
import { POST_QUALIFIER, PRE_QUALIFIER, readQualifiers } from './qualifier.ts';
import { spanOfMatch } from './span.ts';

/** Nouns that follow "N개" as the thing counted: "30여 개 기관", "3개 기업". */
const COUNTED_NOUNS = [
  '기관', '기업', '업체', '회사', '국가', '나라', '단체', '대학', '학교', '병원', '팀', '시설', '부처',
  '도시', '지역', '점포', '매장', '품목', '제품', '과제', '분야', '노선', '사업장', '지점',
];

/**
 * Counters, longest first; each may carry a lookahead that keeps it from being the start of
 * another word (명예, 건물, 세대교체, …).
 */
const COUNTERS = [
  `개\\s?(?:${COUNTED_NOUNS.join('|')})${WORD_END}`,
  `개\\s?사${WORD_END}`,
  '개국',
  '개소(?!송|리|식)',
  '개교(?!기념)',
  '개(?![월년])',
  '곳',
  '군데',
  '건(?![물설강축립전배])',
  '명(?![예칭령단함절소품문확성시])',
  '마리',
  '가구(?![점업])',
  '세대(?![교간])',
  '가지(?![고는])',
  '차례',
  '두(?![께뇌부])',
  '척',
  '채(?![권널용무소])',
  '회(?![사장원계담관견기의차])',
];

const COUNT_PATTERN = new RegExp(
  `${PRE_QUALIFIER}?${FIGURE_START}(${AMOUNT})(여)?\\s?(${COUNTERS.join('|')})(${POST_QUALIFIER})?`,
  'g',
);

const NATIVE_PATTERN = new RegExp(
  `(?<![가-힣])(${Object.keys(NATIVE_NUMERALS).join('|')})\\s(개|명|곳|건|가지|차례)${WORD_END}`,
  'g',
);

/**
 * The counter as stored: spaces removed, so "15개 사" and "15개사" both give 개사.
 * @example
 * normalizeCounter('개 기관') // '개기관'
 */
export function normalizeCounter(counter: string): string {
  return counter.replace(/\s+/g, '');
}

/**
 * Counts in one sentence: a figure and its counter.
 * @example
 * extractCounts(sentence('스타트업 15개 사가 참여해'))[0] // { text: '15개 사', value: 15, unit: '개사' }
 */
export function extractCounts(sentence: Sentence): CountFact[] {
  const facts: CountFact[] = [];
  for (const match of sentence.text.matchAll(COUNT_PATTERN)) {
    const value = parseAmount(match[1] ?? '');
    const counter = match[3];
    if (value === null || counter === undefined) continue;
    const span = spanOfMatch(sentence, match as RegExpExecArray);
    facts.push({
      type: 'count',
      ...span,
      value,
      unit: normalizeCounter(counter),
      qualifiers: readQualifiers(span.text),
    });
  }
  for (const match of sentence.text.matchAll(NATIVE_PATTERN)) {
    const value = NATIVE_NUMERALS[match[1] ?? ''];
    if (value === undefined || match[2] === undefined) continue;
    facts.push({
      type: 'count',
      ...spanOfMatch(sentence, match as RegExpExecArray),
      value,
      unit: match[2],
      qualifiers: [],
    });
  }
  return facts;
}
