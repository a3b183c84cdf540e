/**
 * The engine holder (엔진 보관함): the one place the bot and the CLI read the current engine from, so
 * that a new engine (a changed corpus, a rebuilt index) can take over while the bot runs.
 *
 * Readers call `current()` once per request and keep that engine for the whole request, so one reply
 * never mixes two corpora. Writers either `replace` the engine outright or `update` it from the
 * current one; updates run one after another, so two concurrent updates never lose each other's work.
 */
import type { Engine } from './types.ts';

export class EngineHolder {
  #engine: Engine;
  #generation = 0;
  /** The tail of the queue of updates; each waits for the one before it. */
  #updates: Promise<unknown> = Promise.resolve();

  constructor(engine: Engine) {
    this.#engine = engine;
  }

  /** The engine to answer with now. */
  current(): Engine {
    return this.#engine;
  }

  /** How many times the engine was replaced (0 for the first one); tells a reader the engine changed. */
  generation(): number {
    return this.#generation;
  }

  /** Puts `engine` in place at once; returns the engine it replaced. */
  replace(engine: Engine): Engine {
    const previous = this.#engine;
    this.#engine = engine;
    this.#generation += 1;
    return previous;
  }

  /**
   * Builds the next engine from the current one and puts it in place, after every update queued
   * before it. When `next` throws, the engine stays as it was and the returned promise rejects.
   */
  update(next: (current: Engine) => Engine | Promise<Engine>): Promise<Engine> {
    const run = this.#updates.then(async () => {
      const engine = await next(this.#engine);
      this.replace(engine);
      return engine;
    });
    this.#updates = run.catch(() => undefined);
    return run;
  }
}
