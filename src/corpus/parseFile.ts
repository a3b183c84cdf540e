/**
 * 파일 하나 읽기: the bytes of one corpus file (from the corpus folder, the data directory or a Discord
 * attachment) into articles. The file's extension says its format: `.txt` scraped page, `.html`/`.htm`
 * news page, `.jsonl` one article a line. Bad input is a warning naming the file (and line), never a throw.
 */
import { basename, extname } from 'node:path';
import { decodePage } from './charset.ts';
import { parseHtmlPage } from './parseHtml.ts';
import { parsePage } from './parsePage.ts';
import { articleFromValidRecord, articleRecordSchema } from './record.ts';
import type { Article, LoadWarning } from './types.ts';

export type FileKind = 'txt' | 'html' | 'jsonl';

/** What one file held: its articles (with their JSONL line) and why anything was skipped. */
export type ParsedFile = { articles: { article: Article; line?: number }[]; warnings: LoadWarning[] };

export type ParseFileOptions = {
  /** The article id for a page (default: the file stem). */
  id?: string;
  /** The HTTP `Content-Type` the page came with (its charset wins over the page's own). */
  contentType?: string | null;
  /** Where a page was fetched from. */
  url?: string | null;
};

const KINDS: Readonly<Record<string, FileKind>> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl' };

/** The format of a file by its extension, or null when it is not a corpus file. */
export function fileKindOf(name: string): FileKind | null {
  return KINDS[extname(name).toLowerCase()] ?? null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
}

/**
 * Parses one file's bytes. `.txt` and `.jsonl` must be UTF-8; an HTML page may be in any charset it
 * declares (EUC-KR included).
 */
export function parseArticleFile(file: string, bytes: Uint8Array, options: ParseFileOptions = {}): ParsedFile {
  const kind = fileKindOf(file);
  const fail = (reason: string): ParsedFile => ({ articles: [], warnings: [{ file, reason }] });
  if (kind === null) return fail('not an article file (.txt, .html, .htm or .jsonl)');
  const decoded = kind === 'html' ? decodePage(bytes, options.contentType) : decodeUtf8(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  if (decoded.text.trim() === '') return fail('empty file');
  const id = options.id ?? basename(file, extname(file));
  if (kind === 'jsonl') return parseJsonl(file, decoded.text);
  const article = kind === 'html' ? parseHtmlPage(id, decoded.text, { url: options.url ?? null }) : parsePage(id, decoded.text);
  if (!article) return fail('no article body found');
  return { articles: [{ article }], warnings: [] };
}

function parseJsonl(file: string, text: string): ParsedFile {
  const parsed: ParsedFile = { articles: [], warnings: [] };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      parsed.warnings.push({ file, line, reason: 'not valid JSON' });
      return;
    }
    const record = articleRecordSchema.safeParse(json);
    if (!record.success) {
      const issues = record.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
      parsed.warnings.push({ file, line, reason: `invalid record (${issues.join('; ')})` });
      return;
    }
    const article = articleFromValidRecord(record.data);
    if (!article) parsed.warnings.push({ file, line, reason: 'no article body found' });
    else parsed.articles.push({ article, line });
  });
  return parsed;
}
