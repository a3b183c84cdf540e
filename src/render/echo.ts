/**
 * 입력 되풀이 (echo): text a message repeats from a user or an article, made inert for Discord: on one
 * line, well-formed, no invisible characters, and every markdown construct escaped, so `[공지](http://…)`
 * is shown as typed instead of becoming a masked link in the bot's own message, and `**`, `||`,
 * backticks, headings and lists stay literal. Mentions are broken as well, although no payload ever pings.
 */
import { escapeMarkdown } from 'discord.js';
import { visibleText } from '../corpus/normalize.ts';
import { cut } from './cut.ts';

const MARKDOWN = {
  heading: true,
  bulletedList: true,
  numberedList: true,
  // Brackets are escaped below, all of them: escapeMarkdown's maskedLink misses `[x](<http://…>)`.
  maskedLink: false,
} as const;

/**
 * Markdown-inert text, at most `max` characters before escaping (escapes add a backslash each).
 * @example inert('[공지](http://x.example) **굵게**') // '\\[공지\\](http://x.example) \\*\\*굵게\\*\\*'
 */
export function inert(text: string, max = Infinity): string {
  const plain = visibleText(text).replace(/\s+/g, ' ').trim();
  const escaped = escapeMarkdown(Number.isFinite(max) ? cut(plain, max) : plain, MARKDOWN);
  // Every backslash of the input is already doubled by escapeMarkdown, so one more before a bracket
  // always escapes it: no masked link survives. A leading `>` (quote) or `-#` (subtext) is escaped too.
  return escaped
    .replace(/[[\]]/g, '\\$&')
    .replace(/^(>|-#)/, '\\$1')
    // Mentions broken too, so they could not ping even where allowedMentions were forgotten.
    .replace(/@(everyone|here)/gu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<$1\u200b$2>');
}
