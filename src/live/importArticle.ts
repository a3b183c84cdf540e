/**
 * 기사 가져오기: an attachment or a link into articles, or the reason why not — the part of `/add`
 * that knows nothing of Discord. Everything is fetched through the safe fetch (size, time, redirects,
 * addresses), and read by the corpus stage's own parsers.
 */
import { fileKindOf, parseArticleFile, type Article } from '../corpus/index.ts';
import { fetchUrl, FETCH_DEFAULTS, type FetchFailure } from './fetchUrl.ts';

export type ImportProblem = 'wrong-type' | 'too-large' | 'binary' | 'encoding' | 'not-article' | 'unreachable' | 'blocked';

export type ImportResult =
  | { ok: true; articles: Article[]; source: string }
  | { ok: false; problem: ImportProblem; detail?: string };

export type ImportOptions = {
  allowPrivate: boolean;
  /** Largest file or page (default 5 MB). */
  maxBytes?: number;
  timeoutMs?: number;
};

/** An attachment as Discord describes it. */
export type AttachmentRef = { name: string; url: string; size: number; contentType: string | null };

function problemOfFetch(error: FetchFailure): { problem: ImportProblem; detail: string } {
  if (error.kind === 'too-large') return { problem: 'too-large', detail: error.message };
  if (error.kind === 'blocked') return { problem: 'blocked', detail: error.message };
  return { problem: 'unreachable', detail: error.message };
}

function problemOfReason(reason: string): ImportProblem {
  if (/binary/.test(reason)) return 'binary';
  if (/UTF-8|encoding/.test(reason)) return 'encoding';
  if (/too large/.test(reason)) return 'too-large';
  return 'not-article';
}

function parsed(name: string, bytes: Uint8Array, source: string, contentType: string | null, url: string | null): ImportResult {
  const file = parseArticleFile(name, bytes, { contentType, url });
  const articles = file.articles.map(({ article }) => article);
  if (articles.length > 0) return { ok: true, articles, source };
  const reason = file.warnings[0]?.reason ?? 'no article body found';
  return { ok: false, problem: problemOfReason(reason), detail: reason };
}

/** Reads an attachment (`.txt`, `.html`, `.htm`, `.jsonl`, at most 5 MB) from the URL Discord gave. */
export async function importAttachment(attachment: AttachmentRef, options: ImportOptions): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  if (fileKindOf(attachment.name) === null) return { ok: false, problem: 'wrong-type' };
  if (attachment.size > maxBytes) return { ok: false, problem: 'too-large' };
  const fetched = await fetchUrl(attachment.url, {
    allowPrivate: options.allowPrivate,
    maxBytes,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!fetched.ok) return { ok: false, ...problemOfFetch(fetched.error) };
  return parsed(attachment.name, fetched.value.bytes, attachment.name, fetched.value.contentType, null);
}

/** Fetches a news page by its link and reads it (HTML, or plain text when the server says so). */
export async function importUrl(url: string, options: ImportOptions): Promise<ImportResult> {
  const fetched = await fetchUrl(url, {
    allowPrivate: options.allowPrivate,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!fetched.ok) {
    if (fetched.error.kind === 'bad-url') return { ok: false, problem: 'unreachable', detail: fetched.error.message };
    return { ok: false, ...problemOfFetch(fetched.error) };
  }
  const type = (fetched.value.contentType ?? '').toLowerCase();
  if (type !== '' && !/html|xml|text\/plain/.test(type)) return { ok: false, problem: 'not-article', detail: `not a web page (${type.slice(0, 60)})` };
  const name = type.includes('text/plain') ? 'page.txt' : 'page.html';
  return parsed(name, fetched.value.bytes, fetched.value.url, fetched.value.contentType, fetched.value.url);
}

/** Where an `/add` takes its article from, and whether private addresses may be reached for it. */
export type ImportSource =
  | { kind: 'attachment'; attachment: AttachmentRef; allowPrivate: boolean }
  | { kind: 'url'; url: string; allowPrivate: boolean };

/** Reads an attachment or a link (see `importAttachment`, `importUrl`). */
export function importArticle(source: ImportSource, options: Omit<ImportOptions, 'allowPrivate'> = {}): Promise<ImportResult> {
  return source.kind === 'attachment'
    ? importAttachment(source.attachment, { ...options, allowPrivate: source.allowPrivate })
    : importUrl(source.url, { ...options, allowPrivate: source.allowPrivate });
}
