/**
 * The cold build spread over worker threads: the corpus files cut into contiguous runs of about
 * equal size, each run read into a shard on a thread of its own (`buildWorker.ts`), the shards
 * merged in file order. On a machine with one core, for a small corpus, or when a thread cannot
 * start, the same shard code runs in this thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShardMessage, ShardRequest } from './buildWorker.ts';
import { buildShard } from './shard.ts';
import type { ShardOutput } from './shard.ts';

const require = createRequire(import.meta.url);

/** Below this many bytes of corpus a thread costs more to start than it saves. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;
/** Threads used at most (the build is CPU-bound; more threads than cores only add memory). */
export const MAX_BUILD_THREADS = 4;

/** The young generation of a build thread's heap, in MB (V8's default is several times more). */
const WORKER_YOUNG_MB = 8;

export type BuildFile = { path: string; size: number };

/** Threads for a corpus of these files: one per core (at most `MAX_BUILD_THREADS`), one for a small corpus. */
export function buildThreads(files: readonly BuildFile[]): number {
  const bytes = files.reduce((n, f) => n + f.size, 0);
  if (bytes < MIN_PARALLEL_BYTES) return 1;
  return Math.max(1, Math.min(MAX_BUILD_THREADS, availableParallelism(), files.length));
}

/**
 * Bytes of corpus the calling thread reads while a build thread starts (loads its modules, about
 * 0.6–0.8 s): its run is this much larger, so that the runs end together.
 */
export const THREAD_START_BYTES = 1.5 * 1024 * 1024;

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

function startWorker(request: ShardRequest): Worker {
  const entry = new URL('./buildWorker.ts', import.meta.url).href;
  // The ES-module build of tsx's API, registered inside the thread (Node does not pass loaders on).
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  // A small young generation: the thread allocates a great deal of short-lived text, and a large
  // nursery only raises the process's peak memory (its records and postings live outside the heap).
  return new Worker(bootstrap, { eval: true, workerData: request, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

function shardOnThread(files: readonly string[], onFile: (file: string) => void): Promise<ShardOutput> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ files: [...files] });
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

/**
 * The shards of these files, in file order, built on `threads` threads, this one among them.
 * `onFile` is told as each file is done.
 */
export async function buildShards(files: readonly BuildFile[], threads: number, onFile: (file: string) => void = () => undefined): Promise<ShardOutput[]> {
  if (threads <= 1 || files.length <= 1) return [await buildShard(files.map((f) => f.path), onFile)];
  // The first run is read in this thread (idle otherwise while it waits): one thread fewer to start,
  // and one heap fewer at the peak.
  const [first = [], ...rest] = splitFiles(files, threads, THREAD_START_BYTES);
  const others = rest.map((run) => shardOnThread(run.map((f) => f.path), onFile));
  try {
    const own = await buildShard(first.map((f) => f.path), onFile);
    return [own, ...(await Promise.all(others))];
  } catch (error) {
    // Settle every thread before handing the failure on (the caller builds in one thread then).
    await Promise.allSettled(others);
    throw error;
  }
}
