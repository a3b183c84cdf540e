import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileKindOf, parseArticleFile, type ParsedFile } from './parseFile.ts';
import type { Article, LoadResult, LoadWarning } from './types.ts';

export type LoadOptions = {
  /**
   * Largest file read, in bytes; a larger file is skipped with a warning.
   * Default: 2 MB for a `.txt` or `.html` page, 64 MB for a `.jsonl` corpus (which holds many articles).
   */
  maxFileBytes?: number;
  /** Called after each file with the bytes read so far and in all (for a progress bar). */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
};

const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_JSONL_BYTES = 64 * 1024 * 1024;

/**
 * 말뭉치 읽기: loads a directory of `.txt` and `.html`/`.htm` pages and `.jsonl` files (not recursive), or a single file.
 * A path that does not exist throws `CorpusPathError` (a typo must not start a bot that knows nothing);
 * an empty folder loads with a warning. Bad input never stops loading: an empty, binary, non-UTF-8 or oversized file, a JSONL line that is not
 * JSON or fails the schema, a page without a body, a duplicate id — each is skipped with one warning naming
 * the file (and 1-based line), and everything else loads. Files load in name order; the first id wins.
 */
export async function loadCorpus(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const files = await listCorpusFiles(path, warnings);
  const seen = new Set<string>();
  const sizes = options.onProgress ? await Promise.all(files.map((file) => sizeOf(file))) : [];
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let doneBytes = 0;
  for (const [i, file] of files.entries()) {
    const loaded = await loadCorpusFile(file, options);
    doneBytes += sizes[i] ?? 0;
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

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

/** The corpus path given does not exist or cannot be read as a corpus: a startup error, not a warning. */
export class CorpusPathError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`corpus ${problem}: ${resolve(path)} (expected a folder of .txt pages or a .jsonl file)`);
    this.name = 'CorpusPathError';
  }
}

/**
 * The article files of a corpus path, in name order. A missing path throws `CorpusPathError`. In a
 * folder, only names with a corpus extension count; a symlink is followed when its target stays inside
 * the folder and is a regular file. Everything else named like an article (a symlink leaving the
 * folder, a loop, a dangling link, a sub-folder, a FIFO or socket) is skipped with a warning, never
 * opened: reading a FIFO would block loading forever.
 */
export async function listCorpusFiles(path: string, warnings: LoadWarning[]): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusPathError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'not found' : `unreadable (${code ?? 'error'})`);
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) throw new CorpusPathError(path, 'is not a file or folder');
  const root = await realpath(path);
  const entries = await readdir(path, { withFileTypes: true });
  const files: string[] = [];
  const named = entries
    .filter((entry) => fileKindOf(entry.name) !== null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of named) {
    const file = join(path, entry.name);
    if (entry.isFile()) files.push(file);
    else if (entry.isSymbolicLink()) {
      const problem = await symlinkProblem(file, root);
      if (problem) warnings.push({ file, reason: problem });
      else files.push(file);
    } else if (entry.isDirectory()) warnings.push({ file, reason: 'a folder, not an article file (sub-folders are not read)' });
    else warnings.push({ file, reason: 'not a regular file (a FIFO, socket or device)' });
  }
  if (named.length === 0) {
    warnings.push({ file: path, reason: 'no .txt, .html or .jsonl files in this folder yet (articles can be added later)' });
  }
  return files;
}

/** Why a symlink in the corpus folder is not followed, or null when it leads to a file inside the folder. */
async function symlinkProblem(link: string, root: string): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symlink loop (not followed)';
    if (code === 'ENOENT') return 'dangling symlink (its target does not exist)';
    return `unreadable symlink (${code ?? 'error'})`;
  }
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return `symlink leads outside the corpus folder (to ${target}); not followed`;
  }
  const info = await stat(target);
  if (!info.isFile()) return `symlink to ${info.isDirectory() ? 'a folder' : 'something other than a regular file'}; not followed`;
  return null;
}

/** One corpus file read and parsed (its articles and warnings); too large or unreadable is a warning. */
export async function loadCorpusFile(file: string, options: Pick<LoadOptions, 'maxFileBytes'> = {}): Promise<ParsedFile> {
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
