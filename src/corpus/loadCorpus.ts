import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileKindOf, parseArticleFile, type ParsedFile } from './parseFile.ts';
import type { Article, LoadResult, LoadWarning } from './types.ts';

export type LoadOptions = {
  /**
   * Largest file read, in bytes; a larger file is skipped with a warning.
   * Default: 2 MB for a `.txt` or `.html` page, 64 MB for a `.jsonl` corpus (which holds many articles).
   */
  maxFileBytes?: number;
};

const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_JSONL_BYTES = 64 * 1024 * 1024;

/**
 * 말뭉치 읽기: loads a directory of `.txt` and `.html`/`.htm` pages and `.jsonl` files (not recursive), or a single file.
 * Bad input never stops loading: an empty, binary, non-UTF-8 or oversized file, a JSONL line that is not
 * JSON or fails the schema, a page without a body, a duplicate id — each is skipped with one warning naming
 * the file (and 1-based line), and everything else loads. Files load in name order; the first id wins.
 */
export async function loadCorpus(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const files = await listFiles(path, warnings);
  const seen = new Set<string>();
  for (const file of files) {
    const loaded = await loadFile(file, options);
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
    .filter((entry) => entry.isFile() && fileKindOf(entry.name) !== null)
    .map((entry) => join(path, entry.name))
    .sort();
}

type Loaded = ParsedFile;

async function loadFile(file: string, options: LoadOptions): Promise<Loaded> {
  const kind = fileKindOf(file);
  const limit = options.maxFileBytes ?? (kind === 'jsonl' ? DEFAULT_MAX_JSONL_BYTES : DEFAULT_MAX_PAGE_BYTES);
  try {
    const { size } = await stat(file);
    if (size > limit) return { articles: [], warnings: [{ file, reason: `too large (${size} bytes, limit ${limit})` }] };
    return parseArticleFile(file, await readFile(file));
  } catch (error) {
    return { articles: [], warnings: [{ file, reason: `unreadable: ${(error as Error).message}` }] };
  }
}
