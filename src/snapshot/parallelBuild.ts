/**
 * The cold build spread over worker threads: the corpus files cut into contiguous runs of about
 * equal size, each run read into a shard on a thread of its own (`buildWorker.ts`), the shards
 * merged in file order. On a machine with one core, for a small corpus, or when a thread cannot
 * start, the same shard code runs in this thread.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShardMessage, ShardRequest } from './buildWorker.ts';
import { buildShard } from './shard.ts';
import type { ShardOutput } from './shard.ts';
import { dropGathered } from './spill.ts';

const require = createRequire(import.meta.url);

/** Below this many bytes of corpus a thread costs more to start than it saves. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;
/** Threads used at most (the build is CPU-bound; more threads than cores only add memory). */
export const MAX_BUILD_THREADS = 4;

/** The young generation of a build thread's heap, in MB (V8's default is several times more). */
const WORKER_YOUNG_MB = 8;

/**
 * A build thread's old generation, in MB: what its shard keeps (terms, word counts, quotes: about
 * 0.7 MB per MB of corpus read) plus its largest file read whole with its articles and a batch's
 * facts, with room to spare. V8 otherwise lets the heap grow to several times what is alive before
 * collecting; the limit makes it collect sooner. A thread that runs out fails, and the build is
 * done again in one thread.
 */
export function workerOldMb(files: readonly BuildFile[]): number {
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const run = files.reduce((n, f) => n + f.size, 0);
  const largest = files.reduce((n, f) => Math.max(n, f.size), 0);
  return Math.ceil(80 + 1.5 * mb(run) + 4 * mb(largest));
}

export type BuildFile = { path: string; size: number };

/** Threads for a corpus of these files: one per core (at most `MAX_BUILD_THREADS`), one for a small corpus. */
export function buildThreads(files: readonly BuildFile[]): number {
  const bytes = files.reduce((n, f) => n + f.size, 0);
  if (bytes < MIN_PARALLEL_BYTES) return 1;
  return Math.max(1, Math.min(MAX_BUILD_THREADS, availableParallelism(), files.length));
}

/**
 * Cuts files (in order) into `parts` contiguous runs of about equal size, the first `headStart`
 * bytes larger than the others.
 */
export function splitFiles(files: readonly BuildFile[], parts: number, headStart = 0): BuildFile[][] {
  const total = files.reduce((n, f) => n + f.size, 0);
  const first = Math.min(total, (total + (parts - 1) * headStart) / parts);
  const other = parts > 1 ? (total - first) / (parts - 1) : 0;
  const runs: BuildFile[][] = [];
  let run: BuildFile[] = [];
  let done = 0;
  for (const [i, file] of files.entries()) {
    run.push(file);
    done += file.size;
    const left = files.length - i - 1;
    const runsLeft = parts - runs.length - 1;
    // Cut at the run's share of the bytes, or when every file left is needed for a run of its own.
    if (runsLeft > 0 && left >= runsLeft && (done >= first + other * runs.length || left === runsLeft)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function startWorker(request: ShardRequest, oldMb: number): Worker {
  const entry = new URL('./buildWorker.ts', import.meta.url).href;
  // The ES-module build of tsx's API, registered inside the thread (Node does not pass loaders on).
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  // A small young generation: the thread allocates a great deal of short-lived text, and a large
  // nursery only raises the process's peak memory (its records and postings live outside the heap).
  return new Worker(bootstrap, { eval: true, workerData: request, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: oldMb } });
}

function shardOnThread(files: readonly BuildFile[], onFile: (file: string) => void, spillDir: string | undefined): Promise<ShardOutput> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ files: files.map((f) => f.path), ...(spillDir ? { spillDir } : {}) }, workerOldMb(files));
    let settled = false;
    worker.on('message', (message: ShardMessage) => {
      if (message.kind === 'file') onFile(message.file);
      else {
        settled = true;
        void worker.terminate();
        if (message.kind === 'done') resolve(message.shard);
        else reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`build thread exited (code ${code})`));
      settled = true;
    });
  });
}

/** Removes a shard's gathered files (a build that failed elsewhere). */
export function dropShard(shard: ShardOutput): void {
  for (const gathered of [shard.records, shard.metas, shard.people]) dropGathered(gathered);
  if (shard.spilledLogs) rmSync(shard.spilledLogs.path, { force: true });
}

/**
 * The shards of these files, in file order, built on `threads` threads (or in this one for one).
 * `onFile` is told as each file is done; `spillDir` is where shards gather their records,
 * metadata and person facts in files instead of memory (`spill.ts`).
 *
 * This thread builds no shard of its own when there are threads: its heap cannot be limited as a
 * thread's can (its young generation alone is 48 MB, and its old generation grew to 150 MB of
 * mostly garbage), so waiting costs one thread start (~0.7 s of CPU) and saves ~100 MB at the peak.
 */
export async function buildShards(files: readonly BuildFile[], threads: number, onFile: (file: string) => void = () => undefined, spillDir?: string): Promise<ShardOutput[]> {
  if (threads <= 1 || files.length <= 1) return [await buildShard(files.map((f) => f.path), onFile, spillDir)];
  const settled = await Promise.allSettled(splitFiles(files, threads).map((run) => shardOnThread(run, onFile, spillDir)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    // Every thread settled before the failure is handed on (the caller builds in one thread then).
    for (const s of settled) if (s.status === 'fulfilled') dropShard(s.value);
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<ShardOutput>).value);
}
