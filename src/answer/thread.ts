/**
 * 작업 스레드 통로: a worker thread running one of our TypeScript modules, spoken to by request and
 * reply. The main side (`ThreadChannel`) numbers each request and settles its promise with the reply of
 * the same number; the worker side (`serveThread`) answers each request with its handler's result or
 * error, and may send notices (log lines) at any time. The engine thread (`workerEngine.ts`) and the
 * live corpus's thread (`src/live/liveThread.ts`) are both built on it.
 *
 * The worker runs TypeScript through tsx's loader, registered inside the worker (Node does not pass
 * `--import` hooks on to workers).
 */
import { readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

export type WorkerError = { name: string; message: string };
/** A reply to request `id`. */
export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
/** Something the worker says unasked (a log line). */
export type ThreadNotice = { notice: 'log'; level: 'info' | 'warn' | 'error'; message: string };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const fromWorker = (error: WorkerError): Error => Object.assign(new Error(error.message), { name: error.name });
const toError = (error: unknown): WorkerError =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };

export type ThreadChannelOptions = {
  /** Called with each notice the worker sends. */
  onNotice?: (notice: ThreadNotice) => void;
  /**
   * Called once when the thread ends: `expected` when `terminate()` ended it, else it crashed (an
   * uncaught error, out of memory, `process.exit` inside it) with `error`.
   */
  onExit?: (expected: boolean, error: Error) => void;
};

/** The main thread's end of a worker running `entry` (a module URL). */
export class ThreadChannel<Request extends object> {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #dead: Error | null = null;
  #terminating = false;

  private constructor(worker: Worker, options: ThreadChannelOptions) {
    this.#worker = worker;
    worker.unref();
    worker.on('message', (message: ThreadReply | ThreadNotice) => {
      if ('notice' in message) return options.onNotice?.(message);
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (this.#pending.size === 0) worker.unref(); // idle: the thread alone keeps no process alive
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(fromWorker(message.error));
    });
    let errored: Error | null = null;
    worker.on('error', (error) => {
      errored ??= error;
    });
    worker.on('exit', (code) => {
      const error = errored ?? new Error(`engine thread exited (code ${code})`);
      this.#dead ??= error;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      options.onExit?.(this.#terminating, error);
    });
  }

  /** Starts a worker running the module at `entry`. */
  static start<Request extends object>(entry: URL, options: ThreadChannelOptions = {}): ThreadChannel<Request> {
    // The ES-module build of tsx's API (its CommonJS build registers from a wrong relative path).
    const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
    return new ThreadChannel<Request>(new Worker(bootstrap, { eval: true }), options);
  }

  /** Whether the thread has ended (calls are then rejected at once). */
  get dead(): boolean {
    return this.#dead !== null;
  }

  /** Requests waiting for their reply. */
  get waiting(): number {
    return this.#pending.size;
  }

  /** Sends a request; resolves with the worker's reply, rejects with its error (or the thread's end). */
  request(request: Request): Promise<unknown> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref(); // a call waiting keeps the process alive
      this.#pending.set(id, { resolve, reject });
      try {
        this.#worker.postMessage({ ...request, id });
      } catch (error) {
        // Arguments that cannot be cloned: this request fails, the thread is fine.
        this.#pending.delete(id);
        reject(error as Error);
      }
    });
  }

  /** Stops the thread at once (whatever it is doing); requests still waiting are rejected. */
  async terminate(): Promise<void> {
    this.#terminating = true;
    await this.#worker.terminate();
  }
}

/** The worker's end: each request is answered with `handle(request)` (its value, or its error). */
export function serveThread<Request extends { id: number }>(handle: (request: Request) => Promise<unknown>): {
  notify(notice: ThreadNotice): void;
} {
  const port = parentPort;
  if (!port) throw new Error('serveThread runs only inside a worker thread');
  port.on('message', async (request: Request) => {
    let reply: ThreadReply;
    try {
      reply = { id: request.id, ok: true, value: await handle(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: toError(error) };
    }
    port.postMessage(reply);
  });
  return { notify: (notice) => port.postMessage(notice) };
}

/** How much lower than the main thread a worker runs (a nice value: 0 normal … 19 lowest). */
export const WORKER_NICENESS = 10;

/**
 * Lowers this thread's scheduling priority (Linux: a thread's id is a valid target of setpriority), so
 * that on a busy machine the main thread — heartbeats, acknowledgements, signals — runs first whenever
 * both want the CPU. Elsewhere, or when not permitted, nothing changes. Returns whether it did.
 */
export function yieldToMainThread(niceness = WORKER_NICENESS): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
