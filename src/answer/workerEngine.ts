/**
 * Engines on a worker thread (`engineWorker.ts`): the same answers as the in-process engine, but a
 * question that takes a second of CPU delays only the questions queued behind it, never the bot's
 * event loop (gateway heartbeats, acknowledgements, SIGTERM). Bounded input lengths keep each call
 * finite; the thread keeps the main thread free while it runs.
 *
 * `EngineThread` is the thread; `WorkerEngine` an `Engine` living on it. An engine the main thread
 * drops (replaced in the holder) is disposed of on the thread once garbage-collected here.
 *
 * The worker runs TypeScript through tsx's loader, registered inside the worker (Node does not pass
 * `--import` hooks on to workers).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, LoadWarning } from '../corpus/types.ts';
import type { FactType } from '../facts/types.ts';
import type { EngineOptions } from './engine.ts';
import type { EngineMethod, ThreadReply, ThreadRequest, WorkerError } from './engineWorker.ts';
import type {
  Answer,
  AnswerOptions,
  ArticleSummary,
  Brief,
  Engine,
  FactLookup,
  FollowUpAnswer,
  MessageCheck,
  QuoteLookup,
  Timeline,
} from './types.ts';

const require = createRequire(import.meta.url);

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Request = ThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const fromWorker = (error: WorkerError): Error => Object.assign(new Error(error.message), { name: error.name });

export class EngineThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #dead: Error | null = null;
  readonly #disposer = new FinalizationRegistry<number>((engine) => {
    if (!this.#dead) void this.#request({ op: 'dispose', engine }).catch(() => undefined);
  });

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.unref();
    worker.on('message', (reply: ThreadReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref(); // idle: the thread alone keeps no process alive
      if (reply.ok) pending?.resolve(reply.value);
      else pending?.reject(fromWorker(reply.error));
    });
    const fail = (error: Error) => {
      this.#dead ??= error;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`engine thread exited (code ${code})`)));
  }

  /** Starts the thread (it holds no engine yet). */
  static start(): EngineThread {
    const entry = new URL('./engineWorker.ts', import.meta.url).href;
    // The ES-module build of tsx's API (its CommonJS build registers from a wrong relative path).
    const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    return new EngineThread(new Worker(bootstrap, { eval: true }));
  }

  /** An engine over `articles` (as `createEngine`), and why its snapshot could not be saved, if so. */
  async build(articles: readonly Article[], options: Pick<EngineOptions, 'snapshotDir'> = {}): Promise<{ engine: WorkerEngine; unsaved: string | null }> {
    const built = (await this.#request({ op: 'build', articles: [...articles], ...options })) as { engine: number; unsaved: string | null };
    return { engine: this.#engine(built.engine), unsaved: built.unsaved };
  }

  /** An engine over a corpus path (as `loadEngine`): rejects with its error for a path that does not exist. */
  async load(corpusPath: string, options: Pick<EngineOptions, 'snapshotDir'> = {}): Promise<{ engine: WorkerEngine; warnings: LoadWarning[] }> {
    const loaded = (await this.#request({ op: 'load', corpusPath, ...options })) as { engine: number; warnings: LoadWarning[] };
    return { engine: this.#engine(loaded.engine), warnings: loaded.warnings };
  }

  /** Stops the thread; calls still waiting are rejected. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  /** @internal Calls `method` of engine `engine` on the thread. */
  call<T>(engine: number, method: EngineMethod, args: unknown[]): Promise<T> {
    return this.#request({ op: 'call', engine, method, args }) as Promise<T>;
  }

  #engine(id: number): WorkerEngine {
    const engine = new WorkerEngine(this, id);
    this.#disposer.register(engine, id);
    return engine;
  }

  #request(request: Request): Promise<unknown> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref(); // a call waiting keeps the process alive
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }
}

/** An engine living on an `EngineThread`. */
export class WorkerEngine implements Engine {
  constructor(
    private readonly thread: EngineThread,
    private readonly id: number,
  ) {}

  answer(question: string, options?: AnswerOptions): Promise<Answer> {
    return this.thread.call(this.id, 'answer', options === undefined ? [question] : [question, options]);
  }

  quotesBySpeaker(speaker: string, keyword?: string): Promise<QuoteLookup[]> {
    return this.thread.call(this.id, 'quotesBySpeaker', keyword === undefined ? [speaker] : [speaker, keyword]);
  }

  speakers(prefix?: string): Promise<string[]> {
    return this.thread.call(this.id, 'speakers', prefix === undefined ? [] : [prefix]);
  }

  factsByTopic(topic: string, type?: FactType): Promise<FactLookup[]> {
    return this.thread.call(this.id, 'factsByTopic', type === undefined ? [topic] : [topic, type]);
  }

  articles(): Promise<ArticleSummary[]> {
    return this.thread.call(this.id, 'articles', []);
  }

  checkMessage(message: string): Promise<MessageCheck> {
    return this.thread.call(this.id, 'checkMessage', [message]);
  }

  findArticles(query: string): Promise<ArticleSummary[]> {
    return this.thread.call(this.id, 'findArticles', [query]);
  }

  brief(request: { articleId: string } | { topic: string }): Promise<Brief | null> {
    return this.thread.call(this.id, 'brief', [request]);
  }

  timeline(topic: string): Promise<Timeline> {
    return this.thread.call(this.id, 'timeline', [topic]);
  }

  topicOf(question: string): Promise<string | null> {
    return this.thread.call(this.id, 'topicOf', [question]);
  }

  followUp(question: string, previousTopic: string | null, options?: AnswerOptions): Promise<FollowUpAnswer> {
    return this.thread.call(this.id, 'followUp', options === undefined ? [question, previousTopic] : [question, previousTopic, options]);
  }
}
