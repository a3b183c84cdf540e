/**
 * 엔진 스레드 (main side): the live corpus and every engine live on one worker thread
 * (`liveWorker.ts`); the main thread keeps only proxies with the interfaces the commands already use —
 * an `EngineHolder` whose engine is one per server (`forServer`), and the `LiveEditor` of `/add` and
 * `/remove`. However long a question, an import or a rebuild takes, the main thread's event loop (the
 * gateway, acknowledgements, signals) never waits for it.
 *
 * When the thread dies (an uncaught error, out of memory), the calls waiting on it are rejected (their
 * users get the apology), the crash is logged, and a new thread opens the corpus again from the folder,
 * the snapshot and the store — added articles are stored before they are answerable, so none is lost —
 * while later calls queue for it. Crashes in quick succession back off (up to `MAX_RESTART_DELAY_MS`), and
 * so does a new thread that cannot open the corpus (the folder gone): it is tried again later.
 */
import { EngineHolder, forwardEngine, type Engine } from '../answer/index.ts';
import { ThreadChannel } from '../answer/thread.ts';
import { forwardEditor, type LiveEditor } from './editor.ts';
import type { WatchOptions } from './folder.ts';
import type { LiveOpened, LiveRequest } from './liveWorker.ts';
import type { ServerScopedEngine } from './serverEngines.ts';

export type LiveThreadOptions = {
  corpusPath: string;
  dataDir: string;
  snapshotDir: string;
  watch?: WatchOptions;
  /** Where the thread's log lines and crashes go. */
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
};

/** Longest wait before starting a thread again after crashes in quick succession. */
const MAX_RESTART_DELAY_MS = 30_000;
/** A thread that ran this long before crashing restarts at once. */
const STABLE_MS = 60_000;

export class LiveThread {
  /** The engines, one per server, on the thread: what `CommandContext.engines` holds. */
  readonly engines: EngineHolder;
  /** `/add` and `/remove`, done on the thread. */
  readonly editor: LiveEditor;
  #channel: ThreadChannel<LiveRequest>;
  /** The current thread's `open`: later requests are answered after it (the worker queues them). */
  #opened: Promise<LiveOpened>;
  #closing = false;
  #restarts = 0;
  #quickCrashes = 0;
  #startedAt = 0;
  #restartTimer: NodeJS.Timeout | null = null;

  private constructor(private readonly options: LiveThreadOptions) {
    this.#channel = this.#start();
    this.#opened = this.#open();
    this.engines = new EngineHolder(remoteEngines((request) => this.#request(request)));
    this.editor = forwardEditor((method, args) => this.#request({ op: 'editor', method, args }));
  }

  /**
   * Starts the thread and opens the live corpus on it; resolves once it answers, with how many
   * articles the folder and the servers' additions hold. Rejects as `LiveCorpus.open` does (a corpus
   * path that does not exist), with the thread stopped.
   */
  static async open(options: LiveThreadOptions): Promise<{ thread: LiveThread; counts: LiveOpened }> {
    const thread = new LiveThread(options);
    try {
      return { thread, counts: await thread.#opened };
    } catch (error) {
      await thread.close();
      throw error;
    }
  }

  /** How many times the thread was started again after a crash. */
  get restarts(): number {
    return this.#restarts;
  }

  /** Resolves once the current thread has opened the corpus (after a restart: the new one). */
  async ready(): Promise<LiveOpened> {
    return this.#opened;
  }

  /** Stops the thread at once (call after the replies in flight had their grace period). */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.#restartTimer) clearTimeout(this.#restartTimer);
    await this.#channel.terminate();
  }

  /** @internal Ends the thread as an uncaught error inside it would (tests of the restart). */
  async crashForTest(): Promise<void> {
    await this.#channel.request({ op: 'crash' }).catch(() => undefined);
  }

  #request(request: LiveRequest): Promise<unknown> {
    return this.#channel.request(request);
  }

  #start(): ThreadChannel<LiveRequest> {
    this.#startedAt = performance.now();
    return ThreadChannel.start<LiveRequest>(new URL('./liveWorker.ts', import.meta.url), {
      onNotice: ({ level, message }) => this.options.log[level](message),
      onExit: (expected, error) => {
        if (expected || this.#closing) return;
        this.#restart(error);
      },
    });
  }

  #open(): Promise<LiveOpened> {
    const { corpusPath, dataDir, snapshotDir, watch } = this.options;
    const opened = this.#channel.request({ op: 'open', corpusPath, dataDir, snapshotDir, ...(watch ? { watch } : {}) }) as Promise<LiveOpened>;
    opened.catch(() => undefined); // whoever awaits it sees the error; an unawaited restart logs it below
    return opened;
  }

  #restart(error: Error): void {
    this.#quickCrashes = performance.now() - this.#startedAt < STABLE_MS ? this.#quickCrashes + 1 : 1;
    const delay = this.#quickCrashes <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (this.#quickCrashes - 2));
    this.options.log.error(`engine thread crashed (${error.message}); starting it again${delay > 0 ? ` in ${delay} ms` : ''}`);
    const again = () => {
      this.#restartTimer = null;
      if (this.#closing) return;
      this.#restarts += 1;
      this.#channel = this.#start();
      this.#opened = this.#open();
      const channel = this.#channel;
      this.#opened.then(
        (counts) => this.options.log.info(`engine thread started again: ${counts.folder} folder and ${counts.added} added articles`),
        (openError: Error) => {
          // (The folder gone, the disk failing…) tried again later, backing off, rather than left broken.
          this.options.log.error(`engine thread could not open the corpus again: ${openError.message}`);
          void channel.terminate().then(() => {
            if (!this.#closing && this.#channel === channel) this.#restart(openError);
          });
        },
      );
    };
    if (delay === 0) return again();
    // Meanwhile calls go to the dead thread and are rejected at once (their users get the apology).
    this.#restartTimer = setTimeout(again, delay);
    this.#restartTimer.unref();
  }
}

/** The main thread's engine: every call goes to the thread, to the engine of the interaction's server. */
function remoteEngines(request: (request: LiveRequest) => Promise<unknown>): ServerScopedEngine {
  const forServer = (guildId: string | null | undefined): Engine =>
    forwardEngine((method, args) => request({ op: 'engine', guildId: guildId ?? null, method, args }));
  return { ...forServer(null), forServer };
}
