/**
 * One cited sentence (인용 문장) as an embed field: the sentence, then title · outlet · date.
 */
import type { APIEmbedField } from 'discord.js';
import type { Citation } from '../answer/types.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import type { Labels } from './labels.ts';
import { EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX } from './limits.ts';

/**
 * "outlet · date": only what the page says; empty when it says neither (no "unknown" filler). A
 * press release no outlet ran names its issuer instead ("중소벤처기업부 보도자료").
 */
export function sourceLine(source: { outlet: string | null; date: string | null; issuer?: string | null }, labels?: Labels): string {
  const issuer = source.issuer ? `${source.issuer} ${labels?.pressRelease ?? '보도자료'}` : null;
  return [source.outlet ?? issuer, source.date].filter((part): part is string => Boolean(part)).join(' · ');
}

/** Where the answer lies in a cited sentence (offsets into `citation.text`). */
export type Highlight = { start: number; end: number };

/** Longest link shown; a longer one is left out rather than cut into a wrong address. */
const MAX_LINK_CHARS = 512;

/** ` · [원문](<url>)` for an http(s) link (angle brackets keep `)` and spaces inside the link), else ''. */
export function linkSuffix(url: string | null | undefined, labels: Labels): string {
  if (!url || url.length > MAX_LINK_CHARS || !/^https?:\/\/[^\s<>]+$/.test(url)) return '';
  return ` · [${labels.original}](<${url}>)`;
}

/**
 * The field for citation number `n` (1-based): name `[n] title`, value `> sentence` + `— outlet ·
 * date` (only what the page says, + a link to the article when it has one). With `highlight`, the
 * answer is bold inside its sentence.
 */
export function citationField(citation: Citation, n: number, labels: Labels, highlight?: Highlight | null): APIEmbedField {
  const known = [sourceLine(citation, labels), linkSuffix(citation.url, labels).replace(/^ · /u, '')].filter(Boolean).join(' · ');
  const footer = known ? `\n— ${known}` : '';
  const room = EMBED_FIELD_VALUE_MAX - footer.length - 2; // "> "
  const sentence = highlight ? markSpan(citation.text, highlight, room) : fitted(inert(citation.text, room), room);
  return {
    name: cut(`[${n}] ${citation.title}`, EMBED_FIELD_NAME_MAX),
    value: `> ${sentence}${footer}`,
  };
}

/** `text` cut to `max` again when escaping made it longer. */
function fitted(text: string, max: number): string {
  return text.length > max ? cut(text, max) : text;
}

/**
 * The sentence with the span in bold, within `room` characters: when it is too long, a window
 * around the span, with ellipses, so the bold part is never cut.
 */
export function markSpan(text: string, { start, end }: Highlight, room: number): string {
  if (start < 0 || end > text.length || end <= start) return fitted(inert(text, room), room);
  const collapse = (part: string) => part.replace(/\s+/gu, ' ');
  let before = collapse(text.slice(0, start)).trimStart();
  const span = oneLine(text.slice(start, end));
  let after = collapse(text.slice(end)).trimEnd();
  // inert() trims: the spaces around the span are put back by hand.
  const side = (part: string) => (part.length === 0 ? '' : inert(part));
  const join = () =>
    `${side(before)}${/\s$/u.test(before) ? ' ' : ''}**${inert(span)}**${/^\s/u.test(after) ? ' ' : ''}${side(after)}`;
  let shown = join();
  if (shown.length <= room) return shown;
  const keep = Math.max(0, Math.floor((room - span.length - 12) / 2));
  if (before.length > keep) before = `…${before.slice(before.length - keep)}`;
  if (after.length > keep) after = `${after.slice(0, keep)}…`;
  shown = join();
  return shown.length <= room ? shown : cut(`**${inert(span)}**`, room);
}

/** Collapses newlines so a quoted sentence stays inside its `>` block. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
