/**
 * 날짜: dates, resolved against the article's date where it has one and left partial where it
 * cannot be resolved (never invented). "4.26(수)" → 2023-04-26 (article 2023-05-04),
 * "2025년까지" → 2025 'by', "5월 3일 기준" → 'as-of', "올해 3월" → 2023-03, "현지시간 25일" → the 25th of
 * the article's month (or the month before when the 25th is still ahead), "---25" without a date.
 */
import type { Sentence } from '../corpus/types.ts';
import type { DateFact } from './types.ts';
import { spanOf } from './span.ts';

/** The article's date, the reference for "올해", "지난 2월 28일", "25일". */
export type DateContext = { articleDate: string | null };

type Relation = DateFact['relation'];

/** Words that place a month or day relative to the article's date. */
const RELATIVE = String.raw`(?:(?<![가-힣])(?<rel>올해|금년|올|지난해|작년|전년|내년|이듬해|지난달|전달|이달|이번\s?달|다음\s?달|내달|지난|오는|이번)\s?)`;
const LOCAL_TIME = String.raw`(?:현지\s?시간\s?|현지\s?시각\s?)`;
const RELATION_WORD = String.raw`(?:\s?(까지|전까지|기준|부터|이후|이래|以後|以來))`;
const WEEKDAYS = '일월화수목금토';

/** One date pattern per shape, tried in one alternation; named groups carry the parts. */
const DATE_PATTERN = new RegExp(
  '(?:' +
  [
    // 2023-05-04, 2023/05/04
    String.raw`(?<![\d.])(?<isoY>\d{4})[-/](?<isoM>\d{1,2})[-/](?<isoD>\d{1,2})(?![\d])`,
    // 2023. 5. 4.  /  2023.05.04
    String.raw`(?<![\d.])(?<dotY>\d{4})\.\s?(?<dotM>\d{1,2})\.\s?(?<dotD>\d{1,2})(?:\.(?!\d))?`,
    // 3월 20~22일, 2024년 3월 30일~4월 2일: a range, read as its first day with an end
    String.raw`(?<![\d.,])(?:(?<rgY>\d{4})년\s?)?(?:(?<rgM>\d{1,2})월\s?)?(?<rgD>\d{1,2})일?\s?[~∼〜\-–]\s?(?:(?<rgM2>\d{1,2})월\s?)?(?<rgD2>\d{1,2})일(?![간째])`,
    // 2023~2027년: a range of years
    String.raw`(?<![\d.,])(?<ryY>\d{4})년?\s?[~∼〜\-–]\s?(?<ryY2>\d{4})년(?!대)`,
    // 4.26(수), 4/26(수)
    String.raw`(?<![\d.])(?<wkM>\d{1,2})[./](?<wkD>\d{1,2})\s?\((?<wk>[${WEEKDAYS}])\)`,
    // (올해|지난|오는)? 2023년 5월 4일 / 5월 4일 / 5월 / 2023년 / 25일
    String.raw`${LOCAL_TIME}?${RELATIVE}?(?<![\d.,A-Za-z])(?=\d{1,4}[년월일])(?:(?<y>\d{4})년(?!대)\s?)?(?:(?<m>\d{1,2})월\s?)?(?:(?<d>\d{1,2})일(?![간째]|\s?동안|\s?만(?![가-힣])|만에))?`,
    // 올해, 지난해, 내년 alone
    String.raw`(?<![가-힣])(?<yearWord>올해|금년|지난해|작년|내년)(?![가-힣])`,
    // 지난달, 이달, 다음 달, 내달 alone (a month, not followed by a day)
    String.raw`(?<![가-힣])(?<monthWord>지난달|전달|이달|이번\s?달|다음\s?달|내달)(?!\s?\d{1,2}일)(?=\s|[은는에의도부까초중말]|$)`,
  ].join('|') + `)(?:${RELATION_WORD})?`,
  'g',
);

/** A relation word closing a date's text ("2025년까지"). */
const RELATION_END = /(까지|전까지|기준|부터|이후|이래|以後|以來)$/u;

/**
 * The part of a year or month written after it (상반기, 3분기, 초, 말, 중순, 셋째 주), with a relation
 * word after it ("상반기까지"); only before a space, a punctuation mark or a particle, so that
 * "5월 초과" or "2023년 중국" stay apart.
 */
const PERIOD_PART =
  /^\s?(?:상반기|하반기|[1-4]분기|초순|중순|하순|(?:첫째|둘째|셋째|넷째|다섯째|마지막)\s?주|초|말|중)(?:까지|부터|이후)?(?=[\s,.·)』’”"]|$|에|께|경|으로|로|을|를|의|은|는|이|가|엔|엔가)/u;

/** The hour after a day ("오후 4시", "10시 30분"), never a duration ("4시간"). */
const HOUR = /^\s?(?:(?:오전|오후|새벽|아침|저녁|밤)\s?)?\d{1,2}시(?:\s?\d{1,2}분|\s?반)?(?!간)/u;

type Parts = { year: number | null; month: number | null; day: number | null; resolved: boolean };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO-like text for as much as is known: "2023-04-28", "2023-04", "2025", "--04-28", "--04", "---25". */
export function formatDate(parts: Parts): string | null {
  const { year, month, day } = parts;
  if (year !== null) {
    if (month === null) return String(year);
    return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  if (month !== null) return day === null ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  if (day !== null) return `---${pad(day)}`;
  return null;
}

function parseArticleDate(date: string | null): { year: number; month: number; day: number } | null {
  const m = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m === null || m === undefined) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function valid(month: number | null, day: number | null): boolean {
  return (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31));
}

function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** Month before/after (year, month). */
function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Resolves a month/day written without a year (and a day written without a month) against the
 * article's date; `relative` is the word before it (지난, 오는, 올해, …).
 */
function resolve(
  written: { year: number | null; month: number | null; day: number | null },
  relative: string | null,
  reference: { year: number; month: number; day: number } | null,
  future = false,
): Parts {
  const { year, month, day } = written;
  if (year !== null) return { year, month, day, resolved: true };
  const rel = relative?.replace(/\s/g, '') ?? null;
  if (reference === null) return { year: null, month, day, resolved: false };
  const yearWords: Record<string, number> = { 올해: 0, 금년: 0, 올: 0, 지난해: -1, 작년: -1, 전년: -1, 내년: 1, 이듬해: 1 };
  if (rel !== null && rel in yearWords) {
    return { year: reference.year + (yearWords[rel] ?? 0), month, day, resolved: true };
  }
  if (month === null && day !== null) {
    let shift = 0;
    if (rel === '지난달' || rel === '전달') shift = -1;
    else if (rel === '다음달' || rel === '내달') shift = 1;
    else if (rel === '이달' || rel === '이번달') shift = 0;
    else if (rel === '오는') shift = day < reference.day ? 1 : 0;
    else shift = day > reference.day && (rel === '지난' || !future) ? -1 : 0;
    const at = shiftMonth(reference.year, reference.month, shift);
    return { year: at.year, month: at.month, day, resolved: true };
  }
  if (month !== null) {
    const sameYearLater = month > reference.month || (month === reference.month && (day ?? 0) > reference.day);
    const sameYearEarlier = month < reference.month || (month === reference.month && day !== null && day < reference.day);
    let y = reference.year;
    if (rel === '지난' && sameYearLater) y -= 1;
    else if (rel === '오는' && sameYearEarlier) y += 1;
    else if (rel === null && month - reference.month > 6) y -= 1;
    return { year: y, month, day, resolved: true };
  }
  return { year: null, month, day, resolved: false };
}

/**
 * Whether a sentence tells of something still ahead (열린다, 예정, 계획, 방침): then a bare day after
 * the article's day is this month's, not last month's ("18일 개최할 예정" in an article of the 15th).
 */
const FUTURE = /(?:예정|계획|방침|열린다|연다|개최한다|진행한다|시작한다|발표한다|출시한다|시행한다|[할될]\s?것|하겠다|앞두고)/;

function relationOf(word: string | undefined): Relation {
  if (word === undefined) return null;
  if (word === '까지' || word === '전까지') return 'by';
  if (word === '기준') return 'as-of';
  return 'since';
}

const num = (text: string | undefined): number | null => (text === undefined ? null : Number(text));

/**
 * Dates in one sentence.
 * @example
 * extractDates(sentence('2025년까지 완공할 계획'), { articleDate: null })[0] // { text: '2025년까지', value: '2025', relation: 'by' }
 * extractDates(sentence('현지시간 25일 행사'), { articleDate: null })[0] // { value: '---25', resolved: false }
 */
/**
 * "지난해", "올해" in an undated article: a date all the same, kept as written (value = the word,
 * resolved false), never turned into a year the article does not give.
 */
function unresolvedWord(sentence: Sentence, match: RegExpMatchArray, word: string): DateFact {
  const at = (match.index ?? 0) + match[0].indexOf(word);
  return {
    type: 'date',
    ...spanOf(sentence, at, at + word.length),
    value: word.replace(/\s+/g, ''),
    unit: null,
    resolved: false,
    relation: null,
    until: null,
  };
}

/**
 * What every match of `DATE_PATTERN` holds: a digit, or a year or month word said alone. A sentence
 * with neither is not searched (the pattern has no first character to look for).
 */
const MAY_HOLD_DATE = /[0-9]|올해|금년|지난해|작년|내년|지난달|전달|이달|이번\s?달|다음\s?달|내달/;

export function extractDates(sentence: Sentence, context: DateContext): DateFact[] {
  const facts: DateFact[] = [];
  if (!MAY_HOLD_DATE.test(sentence.text)) return facts;
  const reference = parseArticleDate(context.articleDate);
  const future = FUTURE.test(sentence.text);
  for (const match of sentence.text.matchAll(DATE_PATTERN)) {
    if (match[0].trim() === '') continue;
    const g = match.groups ?? {};
    let parts: Parts | null = null;
    let until: string | null = null;
    if (g.isoY !== undefined) {
      parts = { year: num(g.isoY), month: num(g.isoM), day: num(g.isoD), resolved: true };
    } else if (g.dotY !== undefined) {
      parts = { year: num(g.dotY), month: num(g.dotM), day: num(g.dotD), resolved: true };
    } else if (g.wkM !== undefined) {
      const month = num(g.wkM);
      const day = num(g.wkD);
      if (month === null || day === null || !valid(month, day)) continue;
      let year: number | null = null;
      if (reference !== null) {
        const candidates = [reference.year, reference.year - 1, reference.year + 1];
        year = candidates.find((y) => weekdayOf(y, month, day) === g.wk) ?? reference.year;
      }
      parts = { year, month, day, resolved: year !== null };
    } else if (g.rgD !== undefined) {
      const first = resolve({ year: num(g.rgY), month: num(g.rgM), day: num(g.rgD) }, null, reference, future);
      const month2 = num(g.rgM2) ?? first.month;
      const last: Parts = { ...first, month: month2, day: num(g.rgD2) };
      if (!valid(last.month, last.day)) continue;
      parts = first;
      until = formatDate(last);
    } else if (g.ryY !== undefined) {
      parts = { year: num(g.ryY), month: null, day: null, resolved: true };
      until = g.ryY2 ?? null;
    } else if (g.monthWord !== undefined) {
      if (reference === null) {
        facts.push(unresolvedWord(sentence, match, g.monthWord));
        continue;
      }
      const word = g.monthWord.replace(/\s/g, '');
      const by = word === '지난달' || word === '전달' ? -1 : word === '다음달' || word === '내달' ? 1 : 0;
      const at = shiftMonth(reference.year, reference.month, by);
      parts = { year: at.year, month: at.month, day: null, resolved: true };
    } else if (g.yearWord !== undefined) {
      if (reference === null) {
        facts.push(unresolvedWord(sentence, match, g.yearWord));
        continue;
      }
      parts = resolve({ year: null, month: null, day: null }, g.yearWord, reference);
      if (parts.year === null) continue;
      parts = { ...parts, month: null, day: null };
    } else {
      const written = { year: num(g.y), month: num(g.m), day: num(g.d) };
      if (written.year === null && written.month === null && written.day === null) continue;
      if (written.year !== null && (written.year < 1000 || written.year > 2999)) continue;
      parts = resolve(written, g.rel ?? null, reference, future);
    }
    if (parts === null || !valid(parts.month, parts.day)) continue;
    const value = formatDate(parts);
    if (value === null) continue;
    let start = match.index;
    let stop = match.index + match[0].length;
    while (start < stop && /\s/.test(sentence.text[start] ?? '')) start++;
    while (stop > start && /\s/.test(sentence.text[stop - 1] ?? '')) stop--;
    // The part of the period and the hour belong to the date: "2028년 상반기", "27일 오후 4시".
    if (!RELATION_END.test(match[0].trim())) {
      stop += PERIOD_PART.exec(sentence.text.slice(stop))?.[0].length ?? 0;
      if (parts.day !== null) stop += HOUR.exec(sentence.text.slice(stop))?.[0].length ?? 0;
    }
    const relationWord = RELATION_END.exec(sentence.text.slice(start, stop))?.[1];
    facts.push({
      type: 'date',
      ...spanOf(sentence, start, stop),
      value,
      unit: null,
      resolved: parts.resolved,
      relation: relationOf(relationWord),
      until,
    });
  }
  return facts;
}
