/**
 * custom_ids of paging buttons (`brief`, `timeline`): the whole state of the page in the id, so a
 * click works after a restart. Format `<owner>:<kind>:<page>:<hash>:<text>`, at most 100 characters;
 * `<hash>` is the hash of the full text, so a cut text is recovered from the message (see
 * `recoverQuestion`) or, for an article id, by hashing the known ids.
 */
import { CUSTOM_ID_MAX } from './limits.ts';
import { compactQuestion, hashQuestion } from './moreSourcesId.ts';

export type PageState = {
  owner: string;
  kind: string;
  page: number;
  hash: string;
  /** The text, or its start when `complete` is false. */
  text: string;
  complete: boolean;
};

export function pageId(owner: string, kind: string, page: number, text: string): string {
  const compact = compactQuestion(text);
  const head = `${owner}:${kind}:${Math.max(0, Math.floor(page))}:${hashQuestion(compact)}:`;
  let rest = compact.slice(0, Math.max(0, CUSTOM_ID_MAX - head.length));
  const last = rest.charCodeAt(rest.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) rest = rest.slice(0, -1);
  return head + rest;
}

export function parsePageId(customId: string): PageState | null {
  const match = /^([a-z]+):([a-z]+):(\d{1,4}):([0-9a-z]{1,8}):(.*)$/su.exec(customId);
  if (!match) return null;
  const [, owner = '', kind = '', page = '0', hash = '', text = ''] = match;
  return { owner, kind, page: Number(page), hash, text, complete: hashQuestion(text) === hash };
}

/** The full text for a state: itself when complete, else the first candidate whose hash matches. */
export function recoverText(state: PageState, candidates: readonly string[]): string {
  if (state.complete) return state.text;
  for (const candidate of candidates) {
    const compact = compactQuestion(candidate);
    if (hashQuestion(compact) === state.hash) return compact;
  }
  return state.text;
}
