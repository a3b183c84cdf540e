/**
 * 입력 되풀이 (echo): text a message repeats from a user or an article, made inert for Discord: on one
 * line, well-formed, no invisible characters, and every markdown construct escaped, so `[공지](http://…)`
 * is shown as typed instead of becoming a masked link in the bot's own message, and `**`, `||`,
 * backticks, headings and lists stay literal. Mentions are broken as well, although no payload ever pings.
 */
import { visibleText } from '../corpus/normalize.ts';
import { cut } from './cut.ts';

/**
 * Characters escaped wherever they stand: escape, strike, code, spoiler, and the brackets of masked
 * links (all of them: `[x](<http://…>)` too).
 */
const ALWAYS = /[\\`|~[\]]/g;
/** The same, and emphasis and underline marks: escaped outside links and custom emoji (a link keeps working). */
const OUTSIDE_LINKS = /[\\`|~[\]*_]/g;
/** Links and custom emoji, left as they are but for `ALWAYS` (linear: no backtracking). */
const LINK_OR_EMOJI = /https?:\/\/\S*|<a?:\w+:\d+>/gu;
/** Block syntax at the start of the (one-line) text: heading, subtext, quote, list item. */
const LINE_START = /^(#{1,3} |-# |> |>>> |[-*+] |\d+\. )/u;

/**
 * Escapes Discord markdown in one line of text, in linear time (discord.js's `escapeMarkdown`, whose
 * look-behinds make it quadratic — 2,000 characters of `*a` took 0.3 s — is not used: this runs on
 * the main thread for every reply).
 */
function escapeLine(text: string): string {
  let out = '';
  let last = 0;
  const plain = (piece: string) => piece.replace(OUTSIDE_LINKS, '\\$&');
  for (const match of text.matchAll(LINK_OR_EMOJI)) {
    out += plain(text.slice(last, match.index)) + match[0].replace(ALWAYS, '\\$&');
    last = match.index + match[0].length;
  }
  out += plain(text.slice(last));
  return out.replace(LINE_START, (start) => `\\${start}`);
}

/**
 * Markdown-inert text, at most `max` characters before escaping (escapes add a backslash each).
 * @example inert('[공지](http://x.example) **굵게**') // '\\[공지\\](http://x.example) \\*\\*굵게\\*\\*'
 */
export function inert(text: string, max = Infinity): string {
  const plain = visibleText(text).replace(/\s+/g, ' ').trim();
  return (
    escapeLine(Number.isFinite(max) ? cut(plain, max) : plain)
      // Mentions broken too, so they could not ping even where allowedMentions were forgotten.
      .replace(/@(everyone|here)/gu, '@\u200b$1')
      .replace(/<(@[!&]?|#)(\d+)>/gu, '<$1\u200b$2>')
  );
}
