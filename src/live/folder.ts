/**
 * 말뭉치 폴더 감시: the CORPUS_PATH folder (or single file) read file by file, and watched. A scan
 * re-reads only files whose size or modification time changed, and re-parses only those whose content
 * hash changed, so a re-scan of an unchanged folder costs a `stat` per file. Editors that save in steps
 * are allowed for: hidden files (`.x.txt.swp`, `.#x.txt`) and names without a corpus extension
 * (`x.txt.tmp`, `x.txt~`) are never read, a change is read only once the folder has been quiet for a
 * moment, and a file found empty keeps its previous articles for a while (truncate, then write).
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileKindOf, listCorpusFiles, parseArticleFile, type Article, type LoadWarning } from '../corpus/index.ts';

/** One corpus file as last read. */
export type FolderFile = {
  file: string;
  size: number;
  mtimeMs: number;
  hash: string;
  articles: readonly Article[];
  warnings: readonly LoadWarning[];
  /** When the file was first seen empty while it had articles (ms, performance clock); null otherwise. */
  emptySince: number | null;
};

export type FolderState = ReadonlyMap<string, FolderFile>;

export type ScanOptions = {
  /** Largest page read (default 2 MB); a `.jsonl` may be 64 MB. */
  maxPageBytes?: number;
  /** How long an emptied file keeps its articles, waiting for the rest of the write (default 1500 ms). */
  emptyGraceMs?: number;
  /** Where the listing's warnings go (a symlink out of the folder, a sub-folder, an empty folder). */
  warn?: (warning: LoadWarning) => void;
};

const MAX_PAGE_BYTES = 2 * 1024 * 1024;
const MAX_JSONL_BYTES = 64 * 1024 * 1024;
const EMPTY_GRACE_MS = 1500;

/**
 * The corpus files of a folder (or the one file a path names), by name, as `loadCorpus` lists them
 * (symlinks inside the folder followed, others skipped with a warning); hidden files (an editor's
 * `.#x.txt` lock or swap file) left out. A missing path throws `CorpusPathError`.
 */
export async function listFiles(path: string, warnings: LoadWarning[]): Promise<string[]> {
  const files = await listCorpusFiles(path, warnings);
  return files.filter((file) => file === path || !basename(file).startsWith('.'));
}

/**
 * Reads the folder against its previous state. Returns the new state and whether any file's articles
 * changed (a file added, removed or changed in content).
 */
export async function scanFolder(
  path: string,
  previous: FolderState,
  options: ScanOptions = {},
): Promise<{ state: FolderState; changed: boolean; touched: boolean; warnings: LoadWarning[] }> {
  const now = performance.now();
  const next = new Map<string, FolderFile>();
  const warnings: LoadWarning[] = [];
  let changed = false;
  for (const file of await listFiles(path, warnings)) {
    const before = previous.get(file);
    const info = await stat(file).catch(() => null);
    if (!info) {
      changed ||= before !== undefined;
      continue;
    }
    if (before && before.size === info.size && before.mtimeMs === info.mtimeMs && before.emptySince === null) {
      next.set(file, before);
      continue;
    }
    const limit = fileKindOf(file) === 'jsonl' ? MAX_JSONL_BYTES : (options.maxPageBytes ?? MAX_PAGE_BYTES);
    if (info.size > limit) {
      const warning = { file, reason: `too large (${info.size} bytes, limit ${limit})` };
      next.set(file, { file, size: info.size, mtimeMs: info.mtimeMs, hash: `size:${info.size}`, articles: [], warnings: [warning], emptySince: null });
      changed ||= (before?.articles.length ?? 0) > 0 || before === undefined;
      continue;
    }
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) {
      if (before) next.set(file, before);
      continue;
    }
    if (bytes.toString('utf8').trim() === '' && before && before.articles.length > 0) {
      // Truncated, maybe about to be written again: keep what it said for a grace period.
      const emptySince = before.emptySince ?? now;
      if (now - emptySince < (options.emptyGraceMs ?? EMPTY_GRACE_MS)) {
        next.set(file, { ...before, emptySince });
        continue;
      }
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (before && before.hash === hash) {
      next.set(file, { ...before, size: info.size, mtimeMs: info.mtimeMs, emptySince: null });
      continue;
    }
    const parsed = parseArticleFile(file, bytes);
    next.set(file, {
      file,
      size: info.size,
      mtimeMs: info.mtimeMs,
      hash,
      articles: parsed.articles.map(({ article }) => article),
      warnings: parsed.warnings,
      emptySince: null,
    });
    changed = true;
  }
  for (const file of previous.keys()) if (!next.has(file)) changed = true;
  if (options.warn) warnings.forEach(options.warn);
  // Touched: some entry differs (a new time, a file seen empty) though no article changed; keeping the
  // new state spares re-reading the file on every scan and lets an emptied file's grace period run out.
  const touched = changed || next.size !== previous.size || [...next].some(([file, entry]) => previous.get(file) !== entry);
  return { state: next, changed, touched, warnings };
}

/**
 * The folder's articles in file-name order; of two with the same id, the first is kept (and the other
 * reported), as `loadCorpus` does.
 */
export function folderArticles(state: FolderState): { articles: { article: Article; file: string }[]; warnings: LoadWarning[] } {
  const articles: { article: Article; file: string }[] = [];
  const warnings: LoadWarning[] = [];
  const seen = new Set<string>();
  for (const entry of [...state.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    warnings.push(...entry.warnings);
    for (const article of entry.articles) {
      if (seen.has(article.id)) {
        warnings.push({ file: entry.file, reason: `duplicate id "${article.id}" (kept the first)` });
        continue;
      }
      seen.add(article.id);
      articles.push({ article, file: entry.file });
    }
  }
  return { articles, warnings };
}

export type WatchOptions = {
  /** Quiet time after the last event before reading (default 150 ms). */
  debounceMs?: number;
  /** Longest wait after the first event, however busy the folder (default 600 ms). */
  maxWaitMs?: number;
  /** A re-scan this often even without events, in case the platform drops one (default 1000 ms; 0 = off). */
  pollMs?: number;
};

/**
 * Calls `onChange` (never two at once) whenever the folder may have changed: after a burst of file
 * events has settled, and on a steady poll. Returns a function that stops watching.
 */
export function watchFolder(path: string, onChange: () => Promise<void>, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 150;
  const maxWaitMs = options.maxWaitMs ?? 600;
  const pollMs = options.pollMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let firstEventAt: number | null = null;
  let running = false;
  let again = false;
  let closed = false;

  const run = async () => {
    timer = undefined;
    firstEventAt = null;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (again && !closed) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (closed) return;
    const now = performance.now();
    firstEventAt ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, maxWaitMs - (now - firstEventAt)));
    timer = setTimeout(() => void run(), wait);
  };

  let watcher: FSWatcher | undefined;
  const start = async () => {
    const info = await stat(path).catch(() => null);
    if (closed || !info) return;
    const dir = info.isFile() ? dirname(path) : path;
    const only = info.isFile() ? basename(path) : null;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (only === null || name === null || name === only) schedule();
      });
      watcher.on('error', () => undefined); // the poll still runs
    } catch {
      // No watching on this platform or folder: the poll still runs.
    }
  };
  void start();
  const poll = pollMs > 0 ? setInterval(() => {
    if (!running && timer === undefined) void run();
  }, pollMs) : undefined;
  poll?.unref();

  return () => {
    closed = true;
    clearTimeout(timer);
    if (poll) clearInterval(poll);
    watcher?.close();
  };
}
