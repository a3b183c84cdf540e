/**
 * 엔진 전달: an `Engine` whose every method hands its name and arguments to one function — the engine
 * thread's message port, the live corpus's per-server engine, a proxy on the main thread. The list of
 * methods is derived from one record typed over `keyof Engine`, so a method added to `Engine` fails
 * the typecheck here until it is listed, and is then forwarded everywhere at once.
 */
import type { Engine } from './types.ts';

/** The name of an `Engine` method. */
export type EngineMethod = keyof Engine;

/** Every `Engine` method, once: `tsc` rejects this record while one is missing (or one is extra). */
const EVERY_METHOD: { readonly [M in EngineMethod]: true } = {
  answer: true,
  quotesBySpeaker: true,
  speakers: true,
  factsByTopic: true,
  articles: true,
  checkMessage: true,
  findArticles: true,
  brief: true,
  timeline: true,
  topicOf: true,
  followUp: true,
};

/** The names of every `Engine` method. */
export const ENGINE_METHODS = Object.keys(EVERY_METHOD) as readonly EngineMethod[];

/** Whether a name (e.g. from a message) is an `Engine` method. */
export function isEngineMethod(name: unknown): name is EngineMethod {
  return typeof name === 'string' && Object.hasOwn(EVERY_METHOD, name);
}

/** Where a forwarded call goes: the method's name and the arguments it was called with. */
export type EngineCall = (method: EngineMethod, args: unknown[]) => Promise<unknown>;

/** An `Engine` whose every method is `call(method, args)`. */
export function forwardEngine(call: EngineCall): Engine {
  const engine: Partial<Record<EngineMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of ENGINE_METHODS) engine[method] = (...args: unknown[]) => call(method, args);
  return engine as Engine;
}

/** Calls `method` of `engine` with `args` (the receiving end of a forwarded call). */
export function callEngine(engine: Engine, method: EngineMethod, args: unknown[]): Promise<unknown> {
  const fn = engine[method] as (...args: unknown[]) => Promise<unknown>;
  return fn.apply(engine, args);
}
