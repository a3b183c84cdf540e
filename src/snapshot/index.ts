/**
 * The snapshot stage: the whole engine (articles, sentences, facts, aliases, vocabulary, index)
 * written once after a cold build and read back at the next start, so that a restart over an
 * unchanged corpus answers within a second or two instead of rebuilding. Snapshot I/O never
 * throws: an unreadable or unwritable cache is a warning and the engine is built in memory.
 */
import { CorpusPathError, loadCorpus } from '../corpus/loadCorpus.ts';
import { arraySource } from '../corpus/source.ts';
import type { ArticleSource } from '../corpus/source.ts';
import type { LoadWarning } from '../corpus/types.ts';
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
import { readContainer, writeContainer } from './container.ts';
import type { SnapshotMiss } from './container.ts';
import { decodeEngine, encodeEngine } from './engineData.ts';

export { DEFAULT_KEEP, FORMAT_VERSION } from './cache.ts';
export type { SnapshotMiss } from './container.ts';

export type EngineLoadOptions = {
  /** Where snapshots are kept (created if missing); none read or written when omitted. */
  snapshotDir?: string;
  /** Snapshots kept side by side, the least recently used pruned (default 4). */
  keep?: number;
  /** Progress of a cold build and a snapshot write (default: silent). */
  progress?: Progress;
  searchOptions?: Partial<SearchIndexOptions>;
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

type Opened = { ok: true; parts: Omit<EngineParts, 'origin'> } | { ok: false; miss: SnapshotMiss };

async function openSnapshot(file: string, key: string, searchOptions: Partial<SearchIndexOptions>): Promise<Opened> {
  const read = await readContainer(file);
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

/**
 * The engine's parts for a corpus: read from the snapshot for its content and this code when
 * there is one, else built (and the snapshot written). Never throws on snapshot I/O.
 * @example
 * const { index, origin } = await loadEngineParts('seeds', { snapshotDir: '.cache/index' });
 * origin.from // 'snapshot' on the second start
 */
export async function loadEngineParts(corpusPath: string, options: EngineLoadOptions = {}): Promise<EngineParts> {
  const { snapshotDir, keep = DEFAULT_KEEP, progress = silentProgress, searchOptions = {} } = options;
  const timings: EngineOrigin['timings'] = {};
  const notes: LoadWarning[] = [];
  let key: string | undefined;
  let quick: string | undefined;
  let miss: SnapshotMiss | null = null;
  if (snapshotDir) {
    const started = performance.now();
    try {
      const code = await codeFingerprint();
      const files = await corpusFiles(corpusPath);
      quick = statKey(code, files);
      const remembered = await keyByStat(snapshotDir, quick);
      timings.keyMs = performance.now() - started;
      let opened: Opened = { ok: false, miss: { kind: 'missing', message: 'no snapshot for this corpus' } };
      if (remembered) {
        key = remembered;
        opened = await openSnapshot(snapshotFile(snapshotDir, key), key, searchOptions);
      }
      if (!opened.ok) {
        const byContent = await contentKey(code, files);
        key = byContent;
        timings.keyMs = performance.now() - started;
        if (byContent !== remembered) opened = await openSnapshot(snapshotFile(snapshotDir, byContent), byContent, searchOptions);
        if (opened.ok) recordStat(snapshotDir, byContent, quick);
      }
      timings.readMs = performance.now() - started - (timings.keyMs ?? 0);
      if (opened.ok && key) {
        const file = snapshotFile(snapshotDir, key);
        touch(file);
        return { ...opened.parts, origin: { from: 'snapshot', snapshot: file, miss: null, timings } };
      }
      if (!opened.ok) {
        miss = opened.miss;
        const { kind, message } = opened.miss;
        if (kind !== 'missing') notes.push({ file: snapshotFile(snapshotDir, key ?? ''), reason: `snapshot not used (${kind}: ${message}); rebuilding` });
      }
    } catch (e) {
      // A corpus path that does not exist is the caller's error, not the cache's.
      if (e instanceof CorpusPathError) throw e;
      notes.push({ file: snapshotDir, reason: `index cache not usable, engine built in memory (${reasonOf(e)})` });
      key = undefined;
    }
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
  let written: string | null = null;
  if (snapshotDir && key && quick && list.length > 0) {
    try {
      started = performance.now();
      const extracting = progress.step('extracting facts', articles.size, 'articles');
      for (let position = 0; position < articles.size; position++) {
        if (position % 200 === 0) extracting.update(position);
        facts.ofArticle(position);
      }
      extracting.end();
      timings.factsMs = performance.now() - started;
      started = performance.now();
      const writing = progress.step('writing snapshot', articles.size, 'articles');
      const sections = encodeEngine(
        { articles, factsAt: (position) => facts.ofArticle(position), quoteRefs: facts.quoteRefs(), people: facts.people(), index: index.data(), warnings },
        (done) => writing.update(done),
      );
      ensureDir(snapshotDir);
      const file = snapshotFile(snapshotDir, key);
      const meta: SnapshotMeta = { format: FORMAT_VERSION, key, articles: articles.size, fieldCount: index.data().postings.fields.length };
      writeContainer(file, meta, sections);
      recordStat(snapshotDir, key, quick);
      prune(snapshotDir, keep);
      writing.end();
      timings.writeMs = performance.now() - started;
      written = file;
    } catch (e) {
      notes.push({ file: snapshotDir, reason: `index cache not usable, engine kept in memory only (snapshot not written: ${reasonOf(e)})` });
    }
  }
  timings.buildMs = (timings.loadMs ?? 0) + (timings.indexMs ?? 0) + (timings.factsMs ?? 0);
  return {
    articles,
    facts,
    index,
    warnings: [...warnings, ...notes],
    origin: { from: 'build', snapshot: written, miss, timings },
  };
}
