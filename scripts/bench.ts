/**
 * Search benchmark: build time, heap, snapshot save/load and query p50/p99 at 1×, 10× and 50× the
 * KorQuAD corpus (replicated with new ids), against MiniSearch's default tokenizer in the same run.
 *   npm run bench [-- --scales 1,10,50 --queries 500 --baseline yes]      (node --expose-gc)
 * `--baseline no` skips MiniSearch's default tokenizer (its 50× build takes ~50 s).
 * `--live-add [--scale 50] [--queries 300]` instead measures adding articles while questions run
 * (scripts/bench-live.ts).
 */
import { answerTypeHints } from '../src/facts/index.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/index.ts';
import type { Article } from '../src/corpus/types.ts';
import { SearchIndex } from '../src/search/index.ts';
import { readJsonlFile } from './eval-retrieval.ts';
import type { KorquadRetrievalQuestion } from './eval-retrieval.ts';

type Figures = {
  buildMs: number;
  heapMb: number;
  /** Heap after the timed queries (postings are moved into MiniSearch's maps on first use). */
  queriedHeapMb: number;
  p50: number;
  p99: number;
  saveMs?: number;
  loadMs?: number;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const korquad = path.resolve(root, '..', 'shared', 'eval', 'korquad-dev');
/** `name=value`, `--name=value` or `--name value`. */
function arg(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] ?? '').replace(/^--/, '');
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    if (a === name && args[i + 1] !== undefined) return args[i + 1] ?? fallback;
  }
  return fallback;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** JS heap plus typed-array buffers (the postings live outside the JS heap). */
function heapMb(): number {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

function replicate(articles: readonly Article[], times: number): Article[] {
  const out: Article[] = [];
  for (let r = 0; r < times; r++) {
    for (const a of articles) {
      const id = r === 0 ? a.id : `${a.id}~${r}`;
      out.push({ ...a, id, sentences: a.sentences.map((s) => ({ ...s, articleId: id })) });
    }
  }
  return out;
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

function timeQueries(run: (q: string) => unknown, queries: readonly string[]): { p50: number; p99: number } {
  for (const q of queries.slice(0, 20)) run(q); // warm-up
  const times = queries.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
  return percentiles(times);
}

async function benchOurs(articles: Article[], queries: readonly string[]): Promise<Figures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-snapshot-'));
  try {
    const before = heapMb();
    let t = performance.now();
    const built = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
    const buildMs = performance.now() - t;
    const heap = heapMb() - before;
    const { p50, p99 } = timeQueries((q) => built.search(q, { limit: 5 }), queries);
    const queriedHeapMb = heapMb() - before;
    const saved = await SearchIndex.open(articles, { snapshotDir: dir, options: { answerTypes: answerTypeHints() } }); // builds again and saves
    const saveMs = saved.timings.saveMs;
    gc();
    t = performance.now();
    const loaded = await SearchIndex.open(articles, { snapshotDir: dir, options: { answerTypes: answerTypeHints() } });
    const loadMs = performance.now() - t;
    if (loaded.source !== 'snapshot') throw new Error('bench: snapshot was not used');
    return { buildMs, heapMb: heap, queriedHeapMb, p50, p99, saveMs, loadMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchDefault(articles: Article[], queries: readonly string[]): Figures {
  const before = heapMb();
  const t = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'text'] });
  mini.addAll(articles.map((a) => ({ id: a.id, title: a.title, text: a.paragraphs.join('\n') })));
  const buildMs = performance.now() - t;
  const heap = heapMb() - before;
  const times = timeQueries((q) => mini.search(q), queries);
  return { buildMs, heapMb: heap, queriedHeapMb: heapMb() - before, ...times };
}

const f = (x: number | undefined, digits = 0) => (x === undefined ? '-' : x.toFixed(digits));

async function main(): Promise<void> {
  if (process.argv.includes('--live-add')) return (await import('./bench-live.ts')).benchLiveAdd();
  const scales = arg('scales', '1,10,50').split(',').map(Number);
  const queryCount = Number(arg('queries', '500'));
  const baseline = arg('baseline', 'yes') !== 'no';
  const { articles } = await loadCorpus(path.join(korquad, 'corpus.jsonl'));
  const questions = readJsonlFile<KorquadRetrievalQuestion>(path.join(korquad, 'questions.jsonl'));
  const queries = questions.filter((_, i) => i % Math.max(1, Math.floor(questions.length / queryCount)) === 0).map((q) => q.question).slice(0, queryCount);
  if ((globalThis as { gc?: unknown }).gc === undefined) console.log('(run with node --expose-gc for heap figures)');
  console.log(`queries: ${queries.length} KorQuAD questions; times in ms, heap in MB`);
  console.log('scale  passages  engine      build   heap  heapQ   save   load   p50     p99');
  for (const scale of scales) {
    const corpus = replicate(articles, scale);
    const ours = await benchOurs(corpus, queries);
    const base = baseline ? benchDefault(corpus, queries) : undefined;
    const row = (name: string, r: Figures) =>
      `${`${scale}×`.padEnd(6)} ${String(corpus.length).padStart(8)}  ${name.padEnd(10)} ${f(r.buildMs).padStart(6)} ${f(r.heapMb).padStart(6)} ${f(r.queriedHeapMb).padStart(6)} ${f(r.saveMs).padStart(6)} ${f(r.loadMs).padStart(6)} ${f(r.p50, 3).padStart(7)} ${f(r.p99, 2).padStart(7)}`;
    console.log(row('korean', ours));
    if (!base) continue;
    console.log(row('default', base));
    console.log(
      `       ratios korean/default: build ${(ours.buildMs / base.buildMs).toFixed(2)}×, heap ${(ours.heapMb / base.heapMb).toFixed(2)}×, p50 ${(ours.p50 / base.p50).toFixed(2)}×, p99 ${(ours.p99 / base.p99).toFixed(2)}×`,
    );
  }
}

await main();
