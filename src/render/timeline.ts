/**
 * `/timeline` replies: one line per dated event, in order — the date as written and as resolved,
 * partial dates said to be partial, plans marked, the event's sentence, and its sources. Paged.
 */
import type { Citation, DateFact, Timeline, TimelineEvent } from '../answer/types.ts';
import { type BriefingLabels, briefingLabelsFor } from './briefingLabels.ts';
import { oneLine, sourceLine } from './citation.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import { labelsFor, type Labels } from './labels.ts';
import { pageButtons, paginate } from './pages.ts';
import { message, type ReplyPayload } from './payload.ts';

const COLOR = 0x9b59b6;
/** Characters of an event's sentence shown. */
const EVENT_CHARS = 150;

export function renderTimeline(timeline: Timeline, options: { locale?: string | null; page?: number } = {}): ReplyPayload {
  const labels = labelsFor(options.locale);
  const words = briefingLabelsFor(options.locale);
  const topic = oneLine(timeline.topic);
  if (timeline.events.length === 0) return message({ content: words.noTimeline(inert(topic)) });
  const numbers = new Map<string, number>();
  const sources: Citation[] = [];
  for (const event of timeline.events) {
    for (const citation of event.citations) {
      if (numbers.has(citation.articleId)) continue;
      numbers.set(citation.articleId, numbers.size + 1);
      sources.push(citation);
    }
  }
  const lines = timeline.events.map((event) => eventLine(event, numbers, words));
  const legend = sources.map((c, i) => `[${i + 1}] ${cut(oneLine(c.title), 80)} — ${sourceLine(c, labels)}`);
  const pages = paginate([...lines, '', `**${words.sources}**`, ...legend]);
  const page = Math.min(Math.max(0, options.page ?? 0), pages.length - 1);
  const inferred = timeline.events.some((event) => event.inferred);
  return message({
    embeds: [
      {
        color: COLOR,
        title: words.timelineOf(inert(topic)),
        author: { name: words.timelineOf(topic) },
        description: pages[page] ?? '',
        footer: { text: [inferred ? words.inferredNote : '', words.page(page + 1, pages.length)].filter(Boolean).join(' · ') },
      },
    ],
    components: pageButtons('timeline', 'p', timeline.topic, page, pages.length, words),
  });
}

function eventLine(event: TimelineEvent, numbers: ReadonlyMap<string, number>, words: BriefingLabels): string {
  const refs = event.citations.map((c) => `[${numbers.get(c.articleId) ?? 0}]`).join('');
  const plan = event.plan ? ` · 🗓 ${words.plan}` : '';
  return `• ${dateLabel(event.date, words)}${plan} — ${excerpt(event.date.sentence, event.date.start, EVENT_CHARS)} ${refs}`;
}

/**
 * The part of a long sentence around a date (what happened then), at most `max` characters, cut at
 * spaces and marked with "…" where cut: a quote running on before "지난 2월 28일 발표한 전략" is not the
 * event.
 */
export function excerpt(sentence: string, at: number, max: number): string {
  const text = oneLine(sentence);
  if (text.length <= max) return text;
  const before = Math.floor(max / 3);
  let from = Math.max(0, Math.min(at - before, text.length - max));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < at ? space + 1 : from;
  }
  const head = from > 0 ? '…' : '';
  return head + cut(text.slice(from), max - head.length);
}

/** "**2023-04-26** (4.26(수))", or for a partial date "**28일** (연·월 미상)". */
export function dateLabel(date: DateFact, words: BriefingLabels): string {
  const written = oneLine(date.text);
  if (/^\d{4}/u.test(date.value)) return date.value === written ? `**${written}**` : `**${date.value}** (${written})`;
  const missing = /^---/u.test(date.value) ? 'year-month' : 'year';
  return `**${written}** (${words.partialDate(missing)})`;
}

export type { Labels };
