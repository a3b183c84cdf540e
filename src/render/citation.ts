/**
 * One cited sentence (인용 문장) as an embed field: the sentence, then title · outlet · date.
 */
import type { APIEmbedField } from 'discord.js';
import type { Citation } from '../answer/types.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import type { Labels } from './labels.ts';
import { EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX } from './limits.ts';

/** "outlet · date", with the labels' words for a missing outlet or date. */
export function sourceLine(source: { outlet: string | null; date: string | null }, labels: Labels): string {
  return `${source.outlet ?? labels.unknownOutlet} · ${source.date ?? labels.unknownDate}`;
}

/** Longest link shown; a longer one is left out rather than cut into a wrong address. */
const MAX_LINK_CHARS = 512;

/** ` · [원문](<url>)` for an http(s) link (angle brackets keep `)` and spaces inside the link), else ''. */
export function linkSuffix(url: string | null | undefined, labels: Labels): string {
  if (!url || url.length > MAX_LINK_CHARS || !/^https?:\/\/[^\s<>]+$/.test(url)) return '';
  return ` · [${labels.original}](<${url}>)`;
}

/**
 * The field for citation number `n` (1-based): name `[n] title`, value `> sentence` + `— outlet · date`
 * (+ a link to the article when it has one).
 */
export function citationField(citation: Citation, n: number, labels: Labels): APIEmbedField {
  const footer = `— ${sourceLine(citation, labels)}${linkSuffix(citation.url, labels)}`;
  const room = EMBED_FIELD_VALUE_MAX - footer.length - 3; // "> " and the newline
  return {
    name: cut(`[${n}] ${citation.title}`, EMBED_FIELD_NAME_MAX),
    value: `> ${fitted(inert(citation.text, room), room)}\n${footer}`,
  };
}

/** `text` cut to `max` again when escaping made it longer. */
function fitted(text: string, max: number): string {
  return text.length > max ? cut(text, max) : text;
}

/** Collapses newlines so a quoted sentence stays inside its `>` block. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
