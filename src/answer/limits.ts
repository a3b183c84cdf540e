/**
 * 입력 한도 (input limits): the longest text each input may be, in UTF-16 units. Every text a user
 * gives is cut to its limit (or, for a question, refused beyond it) before any matching, so no input
 * can make the engine work longer than its limit allows. The slash-command definitions use the same
 * constants as their options' `max_length`, so Discord and the engine agree.
 */
import { visibleText } from '../corpus/normalize.ts';
import { MAX_QUESTION_LENGTH } from './question.ts';

export const INPUT_LIMITS = {
  /** `/ask question`, `ask` CLI: longer questions are refused with a clear message, not cut. */
  question: MAX_QUESTION_LENGTH,
  /** `/facts topic`. */
  topic: 200,
  /** `/brief article`: words of an article's title, typed while autocompleting it. */
  articleQuery: 200,
  /** A message checked against the articles (the message context menu): Discord's longest message. */
  message: 4000,
  /** `/quote speaker`, and the value typed while autocompleting it. */
  speaker: 100,
  /** `/quote keyword`. */
  keyword: 100,
  /** `/add url`: a link to an article page. */
  url: 2000,
  /** `/remove article`: an article id, and the value typed while autocompleting it. */
  article: 100,
  /** A component's custom_id (Discord's own limit). */
  customId: 100,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

/**
 * The input as the engine takes it: well-formed UTF-16 without format characters (zero-width
 * spaces, bidi controls), cut to `INPUT_LIMITS[kind]` units without splitting a surrogate pair.
 * Linear in the input; idempotent.
 * @example boundInput('speaker', '조\u200B주현') // '조주현'
 */
export function boundInput(kind: InputKind, text: string): string {
  const limit = INPUT_LIMITS[kind];
  // Look at a bounded prefix only: format characters removed from it can only shorten it.
  const head = text.length > limit * 4 ? text.slice(0, limit * 4) : text;
  const visible = visibleText(head);
  if (visible.length <= limit) return visible;
  const code = visible.charCodeAt(limit - 1);
  return visible.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}
