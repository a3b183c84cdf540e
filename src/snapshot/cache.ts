/**
 * The snapshot directory: one file per corpus content and code version, several side by side,
 * the least recently used pruned.
 *
 * A snapshot is named by a hash of the code that makes it (`FORMAT_VERSION` and the source of the
 * stages it stores) and of the corpus files' bytes. Hashing ~60 MB of corpus costs a few hundred
 * ms, so a small sidecar remembers the files' paths, sizes and modification times that last gave
 * that hash: when they are unchanged the corpus is not read at all (as `git status` trusts its
 * index). A touched-but-equal file falls back to the content hash and finds the same snapshot.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles } from '../corpus/loadCorpus.ts';

/** Bump when what a snapshot holds or how it is laid out changes. */
export const FORMAT_VERSION = 4;
/** Snapshots kept side by side (other corpora, other code versions) before the least recently used go. */
export const DEFAULT_KEEP = 4;

const PREFIX = 'engine-';
const SUFFIX = '.snap';
const SIDECAR = '.files.json';
/** Stages whose code decides what a snapshot holds. */
const STAGES = ['corpus', 'korean', 'search', 'facts', 'snapshot'];

let codeHash: string | undefined;

/**
 * Hash of the code a snapshot depends on: the format version and the source files of the stages
 * it stores, so that a change to any extractor or the tokenizer never serves stale facts.
 */
export async function codeFingerprint(): Promise<string> {
  if (codeHash) return codeHash;
  const hash = createHash('sha256').update(`format ${FORMAT_VERSION}\n`);
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const stage of STAGES) {
    let names: string[] = [];
    try {
      names = (await readdir(path.join(src, stage))).filter((name) => /\.[cm]?[jt]s$/u.test(name)).sort();
    } catch {
      // A build without sources (bundled) is keyed by the format version alone.
    }
    for (const name of names) {
      hash.update(`${stage}/${name}\n`);
      hash.update(await readFile(path.join(src, stage, name)));
    }
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

export type CorpusFile = { path: string; size: number; mtimeMs: number };

/** The files a corpus path loads from, with sizes and modification times. */
export async function corpusFiles(corpusPath: string): Promise<CorpusFile[]> {
  const files = await listCorpusFiles(corpusPath, []);
  return Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      return { path: path.resolve(file), size: info.size, mtimeMs: info.mtimeMs };
    }),
  );
}

/** Cheap identity of the corpus files as they stand (paths, sizes, times). */
export function statKey(code: string, files: readonly CorpusFile[]): string {
  return createHash('sha256').update(code).update(JSON.stringify(files)).digest('hex');
}

/** Hash of the code and of every corpus file's name and bytes: the snapshot's name. */
export async function contentKey(code: string, files: readonly CorpusFile[]): Promise<string> {
  const hash = createHash('sha256').update(code);
  for (const file of files) {
    const bytes = await readFile(file.path);
    hash.update(`\u0000${path.basename(file.path)}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

export const snapshotFile = (dir: string, key: string) => path.join(dir, `${PREFIX}${key.slice(0, 32)}${SUFFIX}`);
const sidecarFile = (dir: string, key: string) => path.join(dir, `${PREFIX}${key.slice(0, 32)}${SIDECAR}`);

/** The content key whose sidecar records exactly these files, if any (no corpus byte read). */
export async function keyByStat(dir: string, quick: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX) || !name.endsWith(SIDECAR)) continue;
    try {
      const recorded = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { statKey?: unknown; contentKey?: unknown };
      if (recorded.statKey === quick && typeof recorded.contentKey === 'string') return recorded.contentKey;
    } catch {
      // An unreadable sidecar only costs the content hash.
    }
  }
  return undefined;
}

/** Remembers which files' stat gave this content key (written atomically). */
export function recordStat(dir: string, key: string, quick: string): void {
  const file = sidecarFile(dir, key);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ statKey: quick, contentKey: key }));
  renameSync(temp, file);
}

/** Marks a snapshot as just used (its modification time orders the pruning). */
export function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/**
 * Keeps the `keep` most recently used snapshots and their sidecars; removes older ones, leftover
 * temporary files older than an hour, and the index-only snapshots of earlier versions.
 */
export function prune(dir: string, keep: number = DEFAULT_KEEP): string[] {
  const removed: string[] = [];
  const entries = readdirSync(dir).map((name) => {
    const file = path.join(dir, name);
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      // Gone meanwhile.
    }
    return { name, file, mtimeMs };
  });
  const remove = (file: string) => {
    rmSync(file, { force: true });
    removed.push(file);
  };
  const snapshots = entries.filter((e) => e.name.startsWith(PREFIX) && e.name.endsWith(SUFFIX)).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of snapshots.slice(keep)) {
    remove(old.file);
    remove(old.file.slice(0, -SUFFIX.length) + SIDECAR);
  }
  const hourAgo = Date.now() - 3_600_000;
  for (const e of entries) {
    if (e.name.endsWith('.tmp') && e.mtimeMs < hourAgo) remove(e.file);
    if (e.name.startsWith('search-index-')) remove(e.file);
  }
  return removed;
}
