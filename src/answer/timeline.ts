/**
 * 타임라인: the dated events the articles report about a topic, in order.
 *
 * Dates come resolved against each article's date by the facts stage ("4.26(수)" → 2023-04-26,
 * "2025년까지" → 2025, by). An undated article's "28일" or "지난 2월 28일" stays partial; it is
 * shown as written and sorted by the month and year most of the timeline's full dates share (the
 * articles of one topic report one stretch of time), and marked as inferred.
 */
import type { DateFact } from '../facts/types.ts';
import { normalize } from '../korean/normalize.ts';
import { articlesOnTopic } from './about.ts';
import type { Timeline, TimelineEvent } from './types.ts';
import { dateParts } from './check.ts';
import type { Library } from './library.ts';

/** Words after a date that make the event a plan: 계획, 예정, 목표, 추진할, …할 방침. */
const PLAN_WORDS = /(계획|예정|목표|방침|추진할|것으로 기대|전망|할 것)/u;
/** Words before a date that point to the future: "오는 10월", "내달", "향후". */
const FUTURE_WORDS = /(오는|다음 달|내달|내년|향후)\s*$/u;
/** Dates inside a quoted name or title (‘2023년 세계 한상대회’) name a thing, not an event. */
const OPEN_TITLE = /[‘『「《〈]/gu;
const CLOSE_TITLE = /[’』」》〉]/gu;
/** A bare relative year ("올해", "지난해") dates nothing a timeline can place; "올해 3월" or "올해까지" can. */
const VAGUE_YEAR = /^(올해|금년|지난해|작년|내년)$/u;
/** Events sharing a date are one event when their sentences share this share of syllable pairs. */
const SAME_EVENT = 0.45;

export async function buildTimeline(library: Library, topic: string): Promise<Timeline> {
  const dates: DateFact[] = [];
  const onTopic = await articlesOnTopic(library, topic);
  const datesOf = (articleId: string, index: number) =>
    library
      .factsOf(articleId, index)
      .filter((fact): fact is DateFact => fact.type === 'date' && !insideTitle(fact.sentence, fact.start) && !VAGUE_YEAR.test(fact.text));
  for (const { article, sentences } of onTopic) {
    for (const index of [...sentences].sort((a, b) => a - b)) dates.push(...datesOf(article.id, index));
  }
  const anchor = anchorMonth(dates);
  // An article that names the topic only in passing ("국빈 방문에 동행한 경제사절단") reports events of
  // the same stretch of time elsewhere in it: its day-precise events within the days the articles
  // about the topic cover belong to the timeline too.
  const span = daySpan(onTopic.filter((entry) => entry.lead).flatMap(({ article, sentences }) =>
    [...sentences].flatMap((index) => datesOf(article.id, index))), anchor);
  if (span) {
    for (const { article, lead, sentences } of onTopic) {
      if (lead) continue;
      for (const sentence of article.sentences) {
        if (sentences.has(sentence.index)) continue;
        for (const date of datesOf(article.id, sentence.index)) {
          const key = sortKey(date, anchor).key;
          if (key && !key.endsWith('-00') && key >= span.from && key <= span.to && !isPlan(date, article.date)) dates.push(date);
        }
      }
    }
  }
  const events: TimelineEvent[] = [];
  for (const date of dates) {
    const { key, inferred } = sortKey(date, anchor);
    const citation = library.cite(date.articleId, date.sentenceIndex, 1);
    if (!citation) continue;
    const same = events.find((event) => event.sortKey === key && key !== null && sameEvent(event.date.sentence, date.sentence));
    if (same) {
      if (!same.citations.some((c) => c.articleId === citation.articleId)) same.citations.push(citation);
      continue;
    }
    events.push({ date, sortKey: key, inferred, plan: isPlan(date, library.article(date.articleId)?.date ?? null), citations: [citation] });
  }
  // Known dates in order; dates with no place in time ("지난해" of an undated article with no anchor) last.
  const ordered = events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareKeys(a.event.sortKey, b.event.sortKey) || a.order - b.order)
    .map(({ event }) => event);
  return { topic, events: ordered };
}

/** Days either side of the topic's own events within which a passing article's events still belong. */
const SPAN_MARGIN_DAYS = 7;

/** The first and last day-precise event (as sort keys), widened by the margin; null without any. */
function daySpan(dates: readonly DateFact[], anchor: { year: string; month: string } | null): { from: string; to: string } | null {
  const keys = dates
    .filter((date) => date.relation !== 'by')
    .map((date) => sortKey(date, anchor).key)
    .filter((key): key is string => key !== null && /^\d{4}-\d{2}-(?!00)\d{2}$/u.test(key) && !key.startsWith('0000'))
    .sort();
  const [first] = keys;
  const last = keys.at(-1);
  if (!first || !last) return null;
  const shift = (key: string, days: number) => {
    const time = Date.parse(`${key}T00:00:00Z`);
    return Number.isNaN(time) ? key : new Date(time + days * 86_400_000).toISOString().slice(0, 10);
  };
  return { from: shift(first, -SPAN_MARGIN_DAYS), to: shift(last, SPAN_MARGIN_DAYS) };
}

function insideTitle(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  return (before.match(OPEN_TITLE) ?? []).length > (before.match(CLOSE_TITLE) ?? []).length;
}

/** The year-month most of the timeline's day-precise full dates fall in, or null. */
function anchorMonth(dates: readonly DateFact[]): { year: string; month: string } | null {
  const counts = new Map<string, number>();
  for (const date of dates) {
    const parts = dateParts(date.value);
    if (!parts || parts[0] === null || parts[1] === null || parts[2] === null || date.relation === 'by') continue;
    const key = `${parts[0]}-${parts[1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) return null;
  const [year = '', month = ''] = best[0].split('-');
  return { year, month };
}

/**
 * "YYYY-MM-DD" with "00" for parts the date does not give (a year sorts before its months), parts
 * a partial date lacks taken from the anchor; null when it cannot be placed.
 */
function sortKey(date: DateFact, anchor: { year: string; month: string } | null): { key: string | null; inferred: boolean } {
  const parts = dateParts(date.value);
  if (!parts) {
    // A relative word an undated article could not resolve: 올해, 지난해, 내년.
    const shift = /지난해|작년/u.test(date.value) ? -1 : /내년/u.test(date.value) ? 1 : /올해|금년/u.test(date.value) ? 0 : null;
    if (shift === null || !anchor) return { key: null, inferred: false };
    return { key: `${Number(anchor.year) + shift}-00-00`, inferred: true };
  }
  let [year, month] = parts;
  const day = parts[2];
  let inferred = false;
  if (year === null) {
    if (!anchor) return { key: `0000-${month ?? '00'}-${day ?? '00'}`, inferred: false };
    inferred = true;
    year = anchor.year;
    if (month === null) month = anchor.month;
  }
  return { key: `${year}-${month ?? '00'}-${day ?? '00'}`, inferred };
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.localeCompare(b);
}

/** A plan: a deadline ("2025년까지"), a future word before the date, or plan words after it. */
function isPlan(date: DateFact, articleDate: string | null): boolean {
  if (date.relation === 'by') return true;
  if (FUTURE_WORDS.test(date.sentence.slice(0, date.start)) || /^(오는|내달|내년)/u.test(date.text)) return true;
  if (articleDate && /^\d{4}/u.test(date.value) && date.value.slice(0, articleDate.length) > articleDate.slice(0, date.value.length)) return true;
  return PLAN_WORDS.test(date.sentence.slice(date.end, date.end + 60)) && !/(했|됐|였|었|았)다/u.test(date.sentence.slice(date.end, date.end + 40));
}

function sameEvent(a: string, b: string): boolean {
  const pairs = (text: string) => {
    const compact = normalize(text).replace(/[^\p{L}\p{N}]+/gu, '');
    const set = new Set<string>();
    for (let i = 0; i + 2 <= compact.length; i++) set.add(compact.slice(i, i + 2));
    return set;
  };
  const [x, y] = [pairs(a), pairs(b)];
  const smaller = x.size <= y.size ? x : y;
  const larger = smaller === x ? y : x;
  if (smaller.size === 0) return false;
  let shared = 0;
  for (const pair of smaller) if (larger.has(pair)) shared++;
  return shared / smaller.size >= SAME_EVENT;
}
