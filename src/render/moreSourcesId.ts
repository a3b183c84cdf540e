/**
 * The "more sources" (출처 더 보기) button's custom_id: the whole state of the button, so a click still
 * works after the bot restarts (the handler re-runs the engine on the question).
 *
 * Format: `ask:more:<page>:<hash>:<question>`, at most 100 characters. The question is whitespace-
 * collapsed and, when too long, cut; `<hash>` is the hash of the full question, so the handler can
 * tell a cut question and recover the full one from the message the button sits on.
 */
import { CUSTOM_ID_MAX } from './limits.ts';

/** The prefix the dispatcher routes on (`ask` is the command that owns the button). */
export const MORE_SOURCES_PREFIX = 'ask:more:';

export type MoreSourcesState = {
  /** 0-based page of citations to show (page 0 is the original answer). */
  page: number;
  /** The question, or its first characters when `complete` is false. */
  question: string;
  /** Hash of the full question. */
  hash: string;
  /** Whether `question` is the full question. */
  complete: boolean;
};

/** Collapses whitespace so equal questions encode (and hash) equally. */
export function compactQuestion(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

/** FNV-1a (32-bit) of a string, base 36: short, stable across restarts and machines. */
export function hashQuestion(question: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < question.length; i++) {
    hash ^= question.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The custom_id for page `page` of the sources of `question` (always ≤ 100 characters). */
export function moreSourcesId(question: string, page: number): string {
  const compact = compactQuestion(question);
  const head = `${MORE_SOURCES_PREFIX}${Math.max(0, Math.floor(page))}:${hashQuestion(compact)}:`;
  let rest = compact.slice(0, Math.max(0, CUSTOM_ID_MAX - head.length));
  // Never end on half a surrogate pair.
  const last = rest.charCodeAt(rest.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) rest = rest.slice(0, -1);
  return head + rest;
}

/** Reads a custom_id made by `moreSourcesId`; null for anything else. */
export function parseMoreSourcesId(customId: string): MoreSourcesState | null {
  if (!customId.startsWith(MORE_SOURCES_PREFIX)) return null;
  const match = /^(\d{1,4}):([0-9a-z]{1,8}):(.*)$/s.exec(customId.slice(MORE_SOURCES_PREFIX.length));
  if (!match) return null;
  const [, page = '0', hash = '', question = ''] = match;
  return { page: Number(page), hash, question, complete: hashQuestion(question) === hash };
}

/**
 * The full question for a parsed state: itself when complete, else the first of `candidates`
 * (texts shown on the message, e.g. the embed's author line) whose hash matches; the cut question
 * when none does.
 */
export function recoverQuestion(state: MoreSourcesState, candidates: readonly string[]): string {
  if (state.complete) return state.question;
  for (const candidate of candidates) {
    const compact = compactQuestion(candidate);
    if (hashQuestion(compact) === state.hash) return compact;
    const colon = compact.indexOf(': ');
    if (colon >= 0 && hashQuestion(compact.slice(colon + 2)) === state.hash) return compact.slice(colon + 2);
  }
  return state.question;
}
