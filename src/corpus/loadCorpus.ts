import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { articleFromRecord, articleRecordSchema } from './record.ts';
import { parsePage } from './parsePage.ts';
import type { Article, LoadResult, LoadWarning } from './types.ts';

export type LoadOptions = {
  /**
   * Largest file read, in bytes; a larger file is skipped with a warning.
   * Default: 2 MB for a `.txt` page, 64 MB for a `.jsonl` corpus (which holds many articles).
   */
  maxFileBytes?: number;
  /** Called as loading goes on with the bytes read so far and in all (for a progress bar). */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
};

const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_JSONL_BYTES = 64 * 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.jsonl']);

/**
 * 말뭉치 읽기: loads a directory of `.txt` pages and `.jsonl` files (not recursive), or a single file.
 * Bad input never stops loading: an empty, binary, non-UTF-8 or oversized file, a JSONL line that is not
 * JSON or fails the schema, a page without a body, a duplicate id — each is skipped with one warning naming
 * the file (and 1-based line), and everything else loads. Files load in name order; the first id wins.
 */
export async function loadCorpus(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const files = await listFiles(path, warnings);
  const seen = new Set<string>();
  const sizes = options.onProgress ? await Promise.all(files.map((file) => sizeOf(file))) : [];
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let doneBytes = 0;
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 0;
    const report = options.onProgress
      ? (share: number) => options.onProgress?.(doneBytes + Math.round(share * size), totalBytes)
      : undefined;
    const loaded = await loadFile(file, options, report);
    doneBytes += size;
    options.onProgress?.(doneBytes, totalBytes);
    warnings.push(...loaded.warnings);
    for (const { article, line } of loaded.articles) {
      if (seen.has(article.id)) {
        warnings.push({ file, ...(line !== undefined ? { line } : {}), reason: `duplicate id "${article.id}" (kept the first)` });
        continue;
      }
      seen.add(article.id);
      articles.push(article);
    }
  }
  return { articles, warnings };
}

/**
 * The files `loadCorpus` would read for a path, in the order it reads them (a snapshot is keyed
 * by their content), with warnings for a path that is missing or not a file or directory.
 */
export async function listCorpusFiles(path: string): Promise<{ files: string[]; warnings: LoadWarning[] }> {
  const warnings: LoadWarning[] = [];
  const files = await listFiles(path, warnings);
  return { files, warnings };
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

async function listFiles(path: string, warnings: LoadWarning[]): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    warnings.push({ file: path, reason: 'not found' });
    return [];
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) {
    warnings.push({ file: path, reason: 'not a file or directory' });
    return [];
  }
  const entries = await readdir(path, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(path, entry.name))
    .sort();
}

type Loaded = { articles: { article: Article; line?: number }[]; warnings: LoadWarning[] };

async function loadFile(file: string, options: LoadOptions, report?: (share: number) => void): Promise<Loaded> {
  const isJsonl = extname(file).toLowerCase() === '.jsonl';
  const limit = options.maxFileBytes ?? (isJsonl ? DEFAULT_MAX_JSONL_BYTES : DEFAULT_MAX_PAGE_BYTES);
  const text = await readText(file, limit);
  if (!text.ok) return { articles: [], warnings: [{ file, reason: text.reason }] };
  return isJsonl ? loadJsonl(file, text.value, report) : loadPage(file, text.value);
}

type TextRead = { ok: true; value: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, or says why it is not usable text. */
async function readText(file: string, limit: number): Promise<TextRead> {
  try {
    const { size } = await stat(file);
    if (size > limit) return { ok: false, reason: `too large (${size} bytes, limit ${limit})` };
    const bytes = await readFile(file);
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    let value: string;
    try {
      value = UTF8.decode(bytes);
    } catch {
      return { ok: false, reason: 'not valid UTF-8' };
    }
    if (value.trim() === '') return { ok: false, reason: 'empty file' };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as Error).message}` };
  }
}

function loadPage(file: string, text: string): Loaded {
  const id = basename(file, extname(file));
  const article = parsePage(id, text);
  if (!article) return { articles: [], warnings: [{ file, reason: 'no article body found' }] };
  return { articles: [{ article }], warnings: [] };
}

function loadJsonl(file: string, text: string, report?: (share: number) => void): Loaded {
  const loaded: Loaded = { articles: [], warnings: [] };
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (report && i % 500 === 0) report(i / lines.length);
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      loaded.warnings.push({ file, line, reason: 'not valid JSON' });
      return;
    }
    const parsed = articleRecordSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
      loaded.warnings.push({ file, line, reason: `invalid record (${issues.join('; ')})` });
      return;
    }
    const article = articleFromRecord(json);
    if (!article) loaded.warnings.push({ file, line, reason: 'no article body found' });
    else loaded.articles.push({ article, line });
  });
  return loaded;
}
