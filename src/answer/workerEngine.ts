/**
 * An `Engine` whose work runs on a worker thread (`engineWorker.ts`): the same answers as the
 * in-process engine, but a question that takes a second of CPU delays only the questions queued
 * behind it, never the bot's event loop (gateway heartbeats, acknowledgements, SIGTERM). Bounded input
 * lengths keep each call finite; this keeps the main thread free while it runs.
 *
 * The worker runs TypeScript through tsx's loader, registered inside the worker (Node does not pass
 * `--import` hooks on to workers).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadWarning } from '../corpus/types.ts';
import type { FactType } from '../facts/types.ts';
import type { EngineOptions } from './engine.ts';
import type { EngineMethod, WorkerError, WorkerReply } from './engineWorker.ts';
import type { Answer, AnswerOptions, ArticleSummary, Engine, FactLookup, QuoteLookup } from './types.ts';

const require = createRequire(import.meta.url);

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const fromWorker = (error: WorkerError): Error => Object.assign(new Error(error.message), { name: error.name });

export class WorkerEngine implements Engine {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #dead: Error | null = null;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind !== 'result') return;
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref(); // idle: the worker alone keeps no process alive
      if (reply.ok) pending?.resolve(reply.value);
      else pending?.reject(fromWorker(reply.error));
    });
    const fail = (error: Error) => {
      this.#dead ??= error;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`engine worker exited (code ${code})`)));
  }

  /**
   * Starts a worker that loads `corpusPath` as `loadEngine` does; resolves once it is ready, with the
   * load warnings, or rejects with the worker's error (a corpus path that does not exist).
   */
  static async load(corpusPath: string, options: EngineOptions = {}): Promise<{ engine: WorkerEngine; warnings: LoadWarning[] }> {
    const entry = new URL('./engineWorker.ts', import.meta.url).href;
    // The ES-module build of tsx's API (its CommonJS build registers from a wrong relative path).
    const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { corpusPath, options } });
    worker.unref();
    const ready = await new Promise<WorkerReply>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind === 'ready' || reply.kind === 'failed') {
          worker.off('message', onMessage);
          resolve(reply);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`engine worker exited (code ${code}) before it was ready`)));
    });
    if (ready.kind === 'failed') {
      await worker.terminate();
      throw fromWorker(ready.error);
    }
    if (ready.kind !== 'ready') throw new Error('engine worker: unexpected first message');
    return { engine: new WorkerEngine(worker), warnings: ready.warnings as LoadWarning[] };
  }

  answer(question: string, options?: AnswerOptions): Promise<Answer> {
    return this.#call('answer', options === undefined ? [question] : [question, options]);
  }

  quotesBySpeaker(speaker: string, keyword?: string): Promise<QuoteLookup[]> {
    return this.#call('quotesBySpeaker', keyword === undefined ? [speaker] : [speaker, keyword]);
  }

  speakers(prefix?: string): Promise<string[]> {
    return this.#call('speakers', prefix === undefined ? [] : [prefix]);
  }

  factsByTopic(topic: string, type?: FactType): Promise<FactLookup[]> {
    return this.#call('factsByTopic', type === undefined ? [topic] : [topic, type]);
  }

  articles(): Promise<ArticleSummary[]> {
    return this.#call('articles', []);
  }

  /** Stops the worker; calls still waiting are rejected. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  #call<T>(method: EngineMethod, args: unknown[]): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref(); // a call waiting keeps the process alive
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ id, method, args });
    });
  }
}
