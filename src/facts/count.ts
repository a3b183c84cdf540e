/**
 * 수량: how many things, with their counter (단위 명사). "15개 사" → 15 개사, "100여명" → 100 명
 * ['about'], "30여 개 기관" → 30 개기관, "다섯 개의 기둥" → 5 개. Years ("2023년"), anniversaries
 * ("70주년"), ordinals ("1위", "제28회") and model names ("B-52H") are not counts.
 */
import type { Sentence } from '../corpus/types.ts';
import { josaSource } from '../korean/josa.ts';
import type { CountFact } from './types.ts';
import { AMOUNT, FIGURE_START, NATIVE_NUMERALS, WORD_END, hasDigit, parseAmount } from './numeral.ts';
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
  // 대 (machines, vehicles) only before a particle or punctuation: "3대 전략", "2대 주주", "대표" are not
  // counts; ages ("20대가") are set aside after the match (isAgeBracket).
  '대(?=[가는를도의에로씩이와만까,.)]|$)',
  // Measures asked with 몇 like counts ("몇 톤", "몇 MW"): weight, power and energy, distance.
  '톤',
  // What news counts in its own counters: copies sold ("218만 장"), votes and seats ("1만2,418표",
  // "4석"), goals, assists and games ("9골 7도움", "11경기"), scores ("4.52점"), index points ("1,412
  // 포인트"), songs and episodes, books, parking spaces ("612면"), rolling stock ("6량"), rooms ("8칸").
  `(?:장|표|석|골|도움|경기|점|포인트|곡|편|권|면|량|칸)${WORD_END}`,
  // Degrees of temperature or angle ("영하 14도", "35도까지"), not 도로, 도시, 도크, 도움.
  '도(?![가-힣A-Za-z]*(?:로|시|민|청|크|움|내|의회|정))(?=[가-힣\\s,.)]|$)',
  // Containers in twenty-foot units ("2,261만 TEU", "1만8천 TEU급").
  'TEU(?![A-Za-z])(?:급)?',
  // "10㎾급 스택": the class a measure names is part of it.
  '(?:[kMG]W(?:h)?|kg|km|t|㎞|㎏|㎾|㎿)(?![A-Za-z])(?:급)?',
  // Lengths and volumes: "가로 60m", "548㎜", "혈액 2㎖" (not ㎡ or m², which are areas).
  '(?:㎜|㎝|㎖|mm|cm|ml|mL|m)(?![A-Za-z²³])',
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

/** Josa that may close the counted noun: "전문가들이", "VC를", "기관과". */
const NOUN_JOSA = new RegExp(`(?:들)?${josaSource(['case', 'topic'])}?$`);
/** A word closing a noun phrase with its particle: "전문가들이", "기관과". */
const CLOSING_JOSA = new RegExp(`${josaSource(['basic'])}$`);

/** Words that are not what is counted: function words, qualifiers and verbs' stems. */
const NOT_COUNTED = /^(?:총|약|모두|등|및|또|또한|이번|이날|올해|현재|최대|최소|전체|가운데|중|이상|이하|여|대상|규모|기준|통해|함께|뿐|아니라)$/;

/** A noun word: Hangul, Latin or digits with a middle dot, no sentence punctuation. */
const NOUN_WORD = /^[가-힣A-Za-z0-9&·‧\-]+$/;

function cleanNoun(word: string): string | null {
  const noun = word.replace(NOUN_JOSA, '');
  if (noun.length === 0 || !NOUN_WORD.test(noun) || NOT_COUNTED.test(noun)) return null;
  return noun;
}

/**
 * What a count counts, read around its span: a noun glued into the counter ("30여 개 기관"), the
 * phrase after "의" ("11명의 한미 클러스터 전문가들이"), a noun right after a bare figure ("38개 VC를"),
 * a noun in apposition before a parenthesized figure ("기업·기관(19개)"), or the noun just before
 * ("스타트업 15개 사가", "MOU 6건이").
 * @example
 * countedNoun('한미 양국 기업·기관(19개), 현지 진출 기업', 9, 12) // '기업·기관'
 */
export function countedNoun(text: string, start: number, end: number, unit: string): string | null {
  const glued = /^개(.+)$/.exec(unit)?.[1];
  if (glued !== undefined && glued !== '사' && glued !== '소' && glued !== '국' && glued !== '교') return glued;
  const after = text.slice(end);
  const ofPhrase = /^의\s((?:[가-힣A-Za-z0-9&·‧\-]+\s){0,2}[가-힣A-Za-z0-9&·‧\-]+)/.exec(after);
  if (ofPhrase?.[1] !== undefined) {
    const words = ofPhrase[1].split(/\s/);
    const closing = words.findIndex((w) => CLOSING_JOSA.test(w) && w.length > 1);
    const kept = closing < 0 ? words : words.slice(0, closing + 1);
    const last = cleanNoun(kept[kept.length - 1] ?? '');
    if (last !== null) return [...kept.slice(0, -1), last].join(' ');
  }
  // "38개 VC를": a Latin noun after a bare 개 (Hangul nouns after 개 are glued into the counter).
  const latinAfter = /^\s([A-Za-z][A-Za-z0-9&\-]*)/.exec(after)?.[1];
  if (latinAfter !== undefined && unit === '개') return latinAfter;
  const before = text.slice(0, start);
  const apposition = /([가-힣A-Za-z0-9&·‧\-]+)\($/.exec(before);
  if (apposition?.[1] !== undefined) return cleanNoun(apposition[1]);
  const previous = /([가-힣A-Za-z0-9&·‧\-]+)\s(?:총\s|약\s|모두\s)?$/.exec(before);
  if (previous?.[1] !== undefined && !/(?:은|는|을|를|에서|에게|으로|와|과|의|에|로|고|며|해|서|며|인|한|된|던|등)$/.test(previous[1])) {
    return cleanNoun(previous[1]);
  }
  return null;
}

/** "20대", "30대": a round figure under 100 before 대 is an age bracket (or a top-N list), not a count. */
function isAgeBracket(value: number): boolean {
  return value < 100 && value % 10 === 0;
}

/** Nouns of machines and vehicles, counted in 대. */
const MACHINE_NOUN = /(드론|차량|버스|트럭|택시|자동차|전기차|로봇|장비|기계|항공기|전투기|헬기|헬리콥터|선박|컴퓨터|서버|카메라|기기|단말기|열차|전동차)/u;

/**
 * "드론 120대 가운데 … 드론은 40대로": a round figure is a count, not an age, when machines are named
 * right before it or the sentence counts 대 otherwise too.
 */
function machinesCounted(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return MACHINE_NOUN.test(before) || [...text.matchAll(/(\d[\d,]*)\s?대(?=[가는를도의에로씩이와만까,.)]|$)/gu)].some((match) => {
    const value = Number((match[1] ?? '').replace(/,/gu, ''));
    return !isAgeBracket(value);
  });
}

/**
 * Counts in one sentence: a figure and its counter.
 * @example
 * extractCounts(sentence('스타트업 15개 사가 참여해'))[0] // { text: '15개 사', value: 15, unit: '개사' }
 */
export function extractCounts(sentence: Sentence): CountFact[] {
  const facts: CountFact[] = [];
  // A figure in digits needs a digit; the native numerals ("다섯 개") are read below all the same.
  for (const match of hasDigit(sentence.text) ? sentence.text.matchAll(COUNT_PATTERN) : []) {
    const value = parseAmount(match[1] ?? '');
    const counter = match[3];
    if (value === null || counter === undefined) continue;
    const span = spanOfMatch(sentence, match as RegExpExecArray);
    const unit = normalizeCounter(counter);
    if (unit === '대' && isAgeBracket(value) && !machinesCounted(sentence.text, span.start)) continue;
    // "4량 1편성", "2인 1조": a count before "1 + counter" says how many make one unit, not how many there are.
    if (/^\s?1\s?[가-힣]{1,2}(?![가-힣])/u.test(sentence.text.slice(span.end))) continue;
    // "영하 14도": below zero is part of the temperature (-14).
    const belowZero = unit === '도' ? /(?<![가-힣])영하\s?$/u.exec(sentence.text.slice(0, span.start)) : null;
    const whole = belowZero ? { ...span, start: span.start - belowZero[0].length, text: sentence.text.slice(span.start - belowZero[0].length, span.end) } : span;
    facts.push({
      type: 'count',
      ...whole,
      value: belowZero ? -value : value,
      unit,
      qualifiers: readQualifiers(span.text),
      counted: countedNoun(sentence.text, span.start, span.end, unit),
    });
  }
  for (const match of sentence.text.matchAll(NATIVE_PATTERN)) {
    const value = NATIVE_NUMERALS[match[1] ?? ''];
    if (value === undefined || match[2] === undefined) continue;
    const span = spanOfMatch(sentence, match as RegExpExecArray);
    facts.push({
      type: 'count',
      ...span,
      value,
      unit: match[2],
      qualifiers: [],
      counted: countedNoun(sentence.text, span.start, span.end, match[2]),
    });
  }
  return facts;
}
