/**
 * Engines on a worker thread (`engineWorker.ts`): the same answers as the in-process engine, but a
 * question that takes a second of CPU delays only the questions queued behind it, never the caller's
 * event loop. (The bot's own thread, with the live corpus on it, is `src/live/liveThread.ts`.)
 *
 * `EngineThread` is the thread; `WorkerEngine` an `Engine` living on it. An engine the main thread
 * drops is disposed of on the thread once garbage-collected here.
 */
import type { Article, LoadWarning } from '../corpus/types.ts';
import type { EngineOptions } from './engine.ts';
import type { EngineRequest } from './engineWorker.ts';
import { forwardEngine, type EngineMethod } from './forward.ts';
import { ThreadChannel } from './thread.ts';
import type { Engine } from './types.ts';

export class EngineThread {
  readonly #channel: ThreadChannel<EngineRequest>;
  readonly #disposer = new FinalizationRegistry<number>((engine) => {
    if (!this.#channel.dead) void this.#channel.request({ op: 'dispose', engine }).catch(() => undefined);
  });

  private constructor(channel: ThreadChannel<EngineRequest>) {
    this.#channel = channel;
  }

  /** Starts the thread (it holds no engine yet). */
  static start(): EngineThread {
    return new EngineThread(ThreadChannel.start(new URL('./engineWorker.ts', import.meta.url)));
  }

  /** An engine over `articles` (as `createEngine`), and why its snapshot could not be saved, if so. */
  async build(articles: readonly Article[], options: Pick<EngineOptions, 'snapshotDir'> = {}): Promise<{ engine: WorkerEngine; unsaved: string | null }> {
    const built = (await this.#channel.request({ op: 'build', articles: [...articles], ...options })) as { engine: number; unsaved: string | null };
    return { engine: this.#engine(built.engine), unsaved: built.unsaved };
  }

  /** An engine over a corpus path (as `loadEngine`): rejects with its error for a path that does not exist. */
  async load(corpusPath: string, options: Pick<EngineOptions, 'snapshotDir'> = {}): Promise<{ engine: WorkerEngine; warnings: LoadWarning[] }> {
    const loaded = (await this.#channel.request({ op: 'load', corpusPath, ...options })) as { engine: number; warnings: LoadWarning[] };
    return { engine: this.#engine(loaded.engine), warnings: loaded.warnings };
  }

  /** Stops the thread; calls still waiting are rejected. */
  async close(): Promise<void> {
    await this.#channel.terminate();
  }

  /** @internal Calls `method` of engine `engine` on the thread. */
  call(engine: number, method: EngineMethod, args: unknown[]): Promise<unknown> {
    return this.#channel.request({ op: 'call', engine, method, args });
  }

  #engine(id: number): WorkerEngine {
    const engine = new WorkerEngine(this, id);
    this.#disposer.register(engine, id);
    return engine;
  }
}

// Every Engine method, forwarded to the thread (declaration merging: the class has them all).
export interface WorkerEngine extends Engine {}

/** An engine living on an `EngineThread`: every `Engine` method is a call on the thread. */
export class WorkerEngine {
  constructor(thread: EngineThread, id: number) {
    Object.assign(this, forwardEngine((method, args) => thread.call(id, method, args)));
  }
}
