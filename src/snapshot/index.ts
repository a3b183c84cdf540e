/**
 * The snapshot stage: the whole engine (articles, sentences, facts, aliases, vocabulary, index)
 * written once after a cold build and read back at the next start, so that a restart over an
 * unchanged corpus answers within a second or two instead of rebuilding. Snapshot I/O never
 * throws: an unreadable or unwritable cache is a warning and the engine is built in memory.
 */
import { CorpusPathError, listCorpusFiles, loadCorpus } from '../corpus/loadCorpus.ts';
import { arraySource } from '../corpus/source.ts';
import type { ArticleSource } from '../corpus/source.ts';
import type { Article, LoadWarning } from '../corpus/types.ts';
import { answerTypeHints } from '../facts/kinds.ts';
import { ExtractedFacts } from '../facts/source.ts';
import type { FactSource } from '../facts/source.ts';
import { silentProgress } from '../progress.ts';
import type { Progress } from '../progress.ts';
import { SearchIndex } from '../search/index.ts';
import type { SearchIndexOptions } from '../search/index.ts';
import {
  codeFingerprint,
  contentKey,
  corpusFiles,
  type CorpusFile,
  DEFAULT_KEEP,
  ensureDir,
  FORMAT_VERSION,
  keyByStat,
  prune,
  recordStat,
  snapshotFile,
  statKey,
  touch,
} from './cache.ts';
import { readContainer, sectionsOnDisk, writeContainer } from './container.ts';
import type { SnapshotMiss } from './container.ts';
import { decodeEngine, encodeEngine } from './engineData.ts';
import { crossShardDuplicates, mergeShards } from './mergeShards.ts';
import { buildShards, buildThreads, dropShard } from './parallelBuild.ts';

export { DEFAULT_KEEP, FORMAT_VERSION } from './cache.ts';
export type { CorpusFile } from './cache.ts';
export type { SnapshotMiss } from './container.ts';

export type EngineLoadOptions = {
  /** Where snapshots are kept (created if missing); none read or written when omitted. */
  snapshotDir?: string;
  /** Snapshots kept side by side, the least recently used pruned (default 4). */
  keep?: number;
  /** Progress of a cold build and a snapshot write (default: silent). */
  progress?: Progress;
  searchOptions?: Partial<SearchIndexOptions>;
  /**
   * Threads a cold build with a snapshot directory reads, extracts and indexes on (default: one per
   * core, up to 4, for a corpus of 8 MB or more of several files; else 1, in this thread).
   */
  buildThreads?: number;
};

/** How the engine came to be, and how long each step took (ms). */
export type EngineOrigin = {
  from: 'snapshot' | 'build';
  /** The snapshot read or written. */
  snapshot: string | null;
  /** Why no snapshot was used (a cold build with a snapshot directory). */
  miss: SnapshotMiss | null;
  timings: { keyMs?: number; readMs?: number; loadMs?: number; buildMs?: number; factsMs?: number; indexMs?: number; writeMs?: number };
};

export type EngineParts = {
  articles: ArticleSource;
  facts: FactSource;
  index: SearchIndex;
  /** Inputs skipped while loading the corpus, and snapshot problems (never fatal). */
  warnings: LoadWarning[];
  origin: EngineOrigin;
};

type SnapshotMeta = { format: number; key: string; articles: number; fieldCount: number };

/**
 * Sections left in the snapshot file (`FileBytes`): the article records, read one at a time as
 * questions reach them, and the JSON sections, read when first parsed (their bytes are not needed
 * after). At 50× KorQuAD this keeps about 105 MB of the file out of memory.
 */
const ON_DISK: ReadonlySet<string> = new Set(['articles', 'ids', 'meta', 'people', 'quotes', 'terms', 'words']);

type Opened = { ok: true; parts: Omit<EngineParts, 'origin'> } | { ok: false; miss: SnapshotMiss };

async function openSnapshot(file: string, key: string, searchOptions: Partial<SearchIndexOptions>): Promise<Opened> {
  const read = await readContainer(file, { onDisk: ON_DISK });
  if (!read.ok) return { ok: false, miss: read.error };
  const meta = read.value.meta as Partial<SnapshotMeta> | null;
  if (meta?.format !== FORMAT_VERSION || meta.key !== key) {
    return { ok: false, miss: { kind: 'stale', message: 'snapshot of another corpus or format' } };
  }
  try {
    const decoded = decodeEngine(read.value.sections, meta.fieldCount ?? 0);
    if (decoded.articles.size !== meta.articles) throw new Error('article count does not match');
    const index = SearchIndex.fromData(decoded.articles, decoded.index, searchOptions);
    return { ok: true, parts: { articles: decoded.articles, facts: decoded.facts, index, warnings: decoded.warnings } };
  } catch (e) {
    return { ok: false, miss: { kind: 'corrupt', message: `snapshot did not load: ${String(e).slice(0, 200)}` } };
  }
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

type Found = {
  /** The engine read from the snapshot, when there was a usable one. */
  opened: Omit<EngineParts, 'origin'> | null;
  file: string | null;
  /** Where a snapshot for this corpus is to be written (null: cache not usable). */
  key: string | null;
  quick: string | null;
  miss: SnapshotMiss | null;
  notes: LoadWarning[];
  /** The corpus files (with the sizes and times) the snapshot was found for. */
  files?: CorpusFile[];
};

/** Looks for the snapshot of this corpus and code; never throws but for a corpus path that does not exist. */
async function findSnapshot(corpusPath: string, snapshotDir: string, searchOptions: Partial<SearchIndexOptions>, timings: EngineOrigin['timings']): Promise<Found> {
  const started = performance.now();
  const found: Found = { opened: null, file: null, key: null, quick: null, miss: null, notes: [] };
  try {
    const code = await codeFingerprint();
    const files = await corpusFiles(corpusPath);
    const quick = statKey(code, files);
    found.quick = quick;
    found.files = files;
    const remembered = await keyByStat(snapshotDir, quick);
    timings.keyMs = performance.now() - started;
    let opened: Opened = { ok: false, miss: { kind: 'missing', message: 'no snapshot for this corpus' } };
    let key = remembered;
    if (remembered) opened = await openSnapshot(snapshotFile(snapshotDir, remembered), remembered, searchOptions);
    if (!opened.ok) {
      key = await contentKey(code, files);
      timings.keyMs = performance.now() - started;
      if (key !== remembered) opened = await openSnapshot(snapshotFile(snapshotDir, key), key, searchOptions);
      if (opened.ok) recordStat(snapshotDir, key, quick);
    }
    found.key = key ?? null;
    timings.readMs = performance.now() - started - (timings.keyMs ?? 0);
    if (opened.ok && key) {
      found.file = snapshotFile(snapshotDir, key);
      touch(found.file);
      found.opened = opened.parts;
    } else if (!opened.ok) {
      found.miss = opened.miss;
      const { kind, message } = opened.miss;
      if (kind !== 'missing') found.notes.push({ file: snapshotFile(snapshotDir, key ?? ''), reason: `snapshot not used (${kind}: ${message}); rebuilding` });
    }
  } catch (e) {
    // A corpus path that does not exist is the caller's error, not the cache's.
    if (e instanceof CorpusPathError) throw e;
    found.key = null;
    found.notes.push({ file: snapshotDir, reason: `index cache not usable, engine built in memory (${reasonOf(e)})` });
  }
  return found;
}

/** Extracts every fact and writes the snapshot; a failure is a warning in `notes`. Returns the file or null. */
function writeSnapshot(
  snapshotDir: string,
  found: Found,
  parts: { articles: ArticleSource; facts: ExtractedFacts; index: SearchIndex; warnings: readonly LoadWarning[] },
  options: { keep: number; progress: Progress },
  timings: EngineOrigin['timings'],
): string | null {
  const { key, quick } = found;
  const { articles, facts, index, warnings } = parts;
  if (!key || !quick || articles.size === 0) return null;
  try {
    let started = performance.now();
    const extracting = options.progress.step('extracting facts', articles.size, 'articles');
    for (let position = 0; position < articles.size; position++) {
      if (position % 200 === 0) extracting.update(position);
      facts.ofArticle(position);
    }
    extracting.end();
    timings.factsMs = performance.now() - started;
    started = performance.now();
    const writing = options.progress.step('writing snapshot', articles.size, 'articles');
    const sections = encodeEngine(
      { articles, factsAt: (position) => facts.ofArticle(position), quoteRefs: facts.quoteRefs(), people: facts.people(), index: index.data(), warnings },
      (done) => writing.update(done),
    );
    ensureDir(snapshotDir);
    const file = snapshotFile(snapshotDir, key);
    const meta: SnapshotMeta = { format: FORMAT_VERSION, key, articles: articles.size, fieldCount: index.data().postings.fields.length };
    writeContainer(file, meta, sections);
    recordStat(snapshotDir, key, quick);
    prune(snapshotDir, options.keep);
    writing.end();
    timings.writeMs = performance.now() - started;
    return file;
  } catch (e) {
    found.notes.push({ file: snapshotDir, reason: `index cache not usable, engine kept in memory only (snapshot not written: ${reasonOf(e)})` });
    return null;
  }
}

/**
 * The cold build straight into a snapshot: the corpus files read, their facts extracted and their
 * passages indexed shard by shard (on worker threads for a large corpus, `parallelBuild.ts`), no
 * parsed article kept once written; the shards merged into the snapshot's sections, written, and the
 * engine opened over those same sections (as a later start opens the file). Null when the corpus
 * cannot be listed (the caller then builds in memory).
 */
async function buildIntoSnapshot(
  corpusPath: string,
  snapshotDir: string,
  found: Found & { key: string; quick: string; files: CorpusFile[] },
  options: { keep: number; progress: Progress; threads: number | undefined; searchOptions: Partial<SearchIndexOptions> },
  timings: EngineOrigin['timings'],
): Promise<EngineParts> {
  const started = performance.now();
  const listing: LoadWarning[] = [];
  await listCorpusFiles(corpusPath, listing);
  const files = found.files;
  const sizes = new Map(files.map((f) => [f.path, f.size]));
  const total = files.reduce((n, f) => n + f.size, 0);
  const threads = Math.max(1, options.threads ?? buildThreads(files));
  const building = options.progress.step(threads > 1 ? `reading, extracting facts and indexing (${threads} threads)` : 'reading, extracting facts and indexing', total, 'bytes');
  let done = 0;
  const onFile = (file: string) => building.update((done += sizes.get(file) ?? 0), total);
  // What the shards need not hold in memory is gathered in files beside the snapshots (`spill.ts`).
  let spillDir: string | undefined = snapshotDir;
  try {
    ensureDir(snapshotDir);
  } catch {
    spillDir = undefined;
  }
  let shards;
  try {
    shards = await buildShards(files, threads, onFile, spillDir);
  } catch (e) {
    // A thread that could not start or failed: the same work in this thread, all in memory.
    found.notes.push({ file: snapshotDir, reason: `build threads failed, built in one thread (${reasonOf(e)})` });
    shards = await buildShards(files, 1);
  }
  // An id in two shards: the first file's article wins, as one pass over the files would decide.
  if (shards.length > 1 && crossShardDuplicates(shards)) {
    shards.forEach(dropShard);
    shards = await buildShards(files, 1, () => undefined, spillDir);
  }
  building.end();
  const merged = mergeShards(shards, listing);
  shards = undefined;
  timings.buildMs = performance.now() - started;
  let written: string | null = null;
  if (merged.articles > 0) {
    const writeStarted = performance.now();
    try {
      ensureDir(snapshotDir);
      const file = snapshotFile(snapshotDir, found.key);
      const meta: SnapshotMeta = { format: FORMAT_VERSION, key: found.key, articles: merged.articles, fieldCount: merged.fieldCount };
      writeContainer(file, meta, merged.sections);
      recordStat(snapshotDir, found.key, found.quick);
      prune(snapshotDir, options.keep);
      written = file;
      try {
        // What a later start leaves on disk (`ON_DISK`) is read from the file from now on, not
        // kept in this process's memory for as long as it runs (when the file cannot be opened
        // again, it stays in memory).
        for (const [name, bytes] of sectionsOnDisk(file, ON_DISK)) merged.sections.set(name, bytes);
      } catch {
        // kept in memory
      }
    } catch (e) {
      found.notes.push({ file: snapshotDir, reason: `index cache not usable, engine kept in memory only (snapshot not written: ${reasonOf(e)})` });
    }
    timings.writeMs = performance.now() - writeStarted;
  }
  const decoded = decodeEngine(merged.sections, merged.fieldCount);
  const index = SearchIndex.fromData(decoded.articles, decoded.index, options.searchOptions);
  return {
    articles: decoded.articles,
    facts: decoded.facts,
    index,
    warnings: [...decoded.warnings, ...found.notes],
    origin: { from: 'build', snapshot: written, miss: found.miss, timings },
  };
}

/**
 * The engine's parts for a corpus: read from the snapshot for its content and this code when
 * there is one, else built (and the snapshot written). Never throws on snapshot I/O.
 * @example
 * const { index, origin } = await loadEngineParts('seeds', { snapshotDir: '.cache/index' });
 * origin.from // 'snapshot' on the second start
 */
/** Search's options with the fact-kind registry's answer-type hints (unless the caller gives its own). */
function withAnswerTypes(searchOptions: Partial<SearchIndexOptions> = {}): Partial<SearchIndexOptions> {
  return { answerTypes: answerTypeHints(), ...searchOptions };
}

export async function loadEngineParts(corpusPath: string, options: EngineLoadOptions = {}): Promise<EngineParts> {
  const { snapshotDir, keep = DEFAULT_KEEP, progress = silentProgress } = options;
  const searchOptions = withAnswerTypes(options.searchOptions);
  const timings: EngineOrigin['timings'] = {};
  const found: Found = snapshotDir
    ? await findSnapshot(corpusPath, snapshotDir, searchOptions, timings)
    : { opened: null, file: null, key: null, quick: null, miss: null, notes: [] };
  if (found.opened) return { ...found.opened, origin: { from: 'snapshot', snapshot: found.file, miss: null, timings } };
  if (snapshotDir && found.key && found.quick && found.files) {
    const { key, quick, files } = found;
    return buildIntoSnapshot(corpusPath, snapshotDir, { ...found, key, quick, files }, { keep, progress, threads: options.buildThreads, searchOptions }, timings);
  }

  let started = performance.now();
  const reading = progress.step('reading corpus', 0, 'bytes');
  const { articles: list, warnings } = await loadCorpus(corpusPath, { onProgress: (done, total) => reading.update(done, total) });
  reading.end();
  timings.loadMs = performance.now() - started;
  const articles = arraySource(list);
  const facts = new ExtractedFacts(articles);
  started = performance.now();
  const indexing = progress.step('indexing', 0, 'passages');
  const index = SearchIndex.build(articles, searchOptions, (done, total) => indexing.update(done, total));
  indexing.end();
  timings.indexMs = performance.now() - started;
  const written = snapshotDir ? writeSnapshot(snapshotDir, found, { articles, facts, index, warnings }, { keep, progress }, timings) : null;
  timings.buildMs = (timings.loadMs ?? 0) + (timings.indexMs ?? 0) + (timings.factsMs ?? 0);
  return {
    articles,
    facts,
    index,
    warnings: [...warnings, ...found.notes],
    origin: { from: 'build', snapshot: written, miss: found.miss, timings },
  };
}

/**
 * The search index over articles the caller loaded itself from `corpusPath` (the live corpus):
 * the snapshot's index when the snapshot holds exactly these articles in this order, else built
 * (and the whole-engine snapshot written, so that the CLI and the next start find it).
 */
export async function openSearchIndex(
  corpusPath: string,
  list: readonly Article[],
  options: EngineLoadOptions = {},
): Promise<{ index: SearchIndex; warnings: LoadWarning[]; origin: EngineOrigin }> {
  const { snapshotDir, keep = DEFAULT_KEEP, progress = silentProgress } = options;
  const searchOptions = withAnswerTypes(options.searchOptions);
  const timings: EngineOrigin['timings'] = {};
  const articles = arraySource(list);
  const found: Found = snapshotDir
    ? await findSnapshot(corpusPath, snapshotDir, searchOptions, timings)
    : { opened: null, file: null, key: null, quick: null, miss: null, notes: [] };
  const snapshot = found.opened;
  if (snapshot && snapshot.articles.size === list.length && list.every((article, i) => snapshot.articles.idAt(i) === article.id)) {
    const index = SearchIndex.fromData(articles, snapshot.index.data(), searchOptions);
    return { index, warnings: found.notes, origin: { from: 'snapshot', snapshot: found.file, miss: null, timings } };
  }
  const started = performance.now();
  const index = SearchIndex.build(articles, searchOptions);
  timings.indexMs = performance.now() - started;
  const written = snapshotDir && !snapshot ? writeSnapshot(snapshotDir, found, { articles, facts: new ExtractedFacts(articles), index, warnings: [] }, { keep, progress }, timings) : null;
  return { index, warnings: found.notes, origin: { from: 'build', snapshot: written, miss: found.miss, timings } };
}

/** The engine read from a snapshot, with the corpus files it stands for. */
export type SnapshotEngine = Omit<EngineParts, 'origin'> & { files: CorpusFile[]; origin: EngineOrigin };

/**
 * The engine's parts from the snapshot of this corpus and code, when there is one — found by the
 * files' sizes and times (or, failing that, their bytes' hash) without parsing a single article —
 * else null (nothing is built: the caller builds, e.g. through `openSearchIndex`). The live corpus
 * starts from this, so the bot at archive scale is up in about the time the snapshot takes to open.
 */
export async function readEngineSnapshot(corpusPath: string, options: EngineLoadOptions & { snapshotDir: string }): Promise<SnapshotEngine | null> {
  const searchOptions = withAnswerTypes(options.searchOptions);
  const timings: EngineOrigin['timings'] = {};
  const found = await findSnapshot(corpusPath, options.snapshotDir, searchOptions, timings);
  if (!found.opened || !found.files) return null;
  return { ...found.opened, files: found.files, origin: { from: 'snapshot', snapshot: found.file, miss: null, timings } };
}
