/**
 * Cutting long text to a length limit, at the last sentence boundary that fits, with an ellipsis.
 */

/** The ellipsis appended to text that was cut. */
export const ELLIPSIS = '…';

/** Sentence ends: Latin/CJK terminal punctuation, optionally followed by closing quotes/brackets. */
const SENTENCE_END = /[.!?。！？…](?:["'”’)\]」』]*)(?=\s|$)/g;

/**
 * Cuts `text` so that it fits in `max` characters (UTF-16 units), ellipsis included.
 * Prefers the last sentence boundary in the second half of the room, then the last space,
 * then a hard cut that never splits a surrogate pair. Text that fits is returned unchanged.
 *
 * @example
 * cut('첫 문장이다. 둘째 문장은 아주 길다.', 12) // '첫 문장이다. …'
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length - 1; // keep one unit for the space before the ellipsis
  const head = text.slice(0, room + 1);
  let boundary = -1;
  for (const match of head.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= room) boundary = end;
  }
  if (boundary >= room / 2) return `${text.slice(0, boundary).trimEnd()} ${ELLIPSIS}`;
  const space = text.lastIndexOf(' ', max - ELLIPSIS.length);
  if (space >= room / 2) return `${text.slice(0, space).trimEnd()}${ELLIPSIS}`;
  return `${hardSlice(text, max - ELLIPSIS.length)}${ELLIPSIS}`;
}

/** The first `units` UTF-16 units of `text`, one fewer when that would split a surrogate pair. */
function hardSlice(text: string, units: number): string {
  const code = text.charCodeAt(units - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? units - 1 : units;
  return text.slice(0, end);
}
