/**
 * The engine's thread (엔진 스레드): loads the corpus and answers calls posted by `WorkerEngine`, so
 * that however long a question takes, the bot's main thread (the Discord connection, acknowledgements,
 * signals) is never blocked by it. Messages: in `{id, method, args}`; out `{kind: 'ready', warnings}`,
 * `{kind: 'failed', error}`, then `{id, ok, value | error}` per call.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, type EngineOptions } from './engine.ts';
import type { Engine } from './types.ts';

export type EngineMethod = 'answer' | 'quotesBySpeaker' | 'speakers' | 'factsByTopic' | 'articles';
export type WorkerCall = { id: number; method: EngineMethod; args: unknown[] };
export type WorkerError = { name: string; message: string };
export type WorkerReply =
  | { kind: 'ready'; warnings: unknown[] }
  | { kind: 'failed'; error: WorkerError }
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: WorkerError };

const port = parentPort;
const toError = (error: unknown): WorkerError =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };

if (port) {
  const { corpusPath, options } = workerData as { corpusPath: string; options: EngineOptions };
  let engine: Engine | null = null;
  port.on('message', async ({ id, method, args }: WorkerCall) => {
    let reply: WorkerReply;
    try {
      if (!engine) throw new Error('engine not loaded');
      const call = engine[method] as (...args: unknown[]) => Promise<unknown>;
      reply = { kind: 'result', id, ok: true, value: await call.apply(engine, args) };
    } catch (error) {
      reply = { kind: 'result', id, ok: false, error: toError(error) };
    }
    port.postMessage(reply);
  });
  try {
    const loaded = await loadEngine(corpusPath, options);
    engine = loaded.engine;
    port.postMessage({ kind: 'ready', warnings: loaded.warnings } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ kind: 'failed', error: toError(error) } satisfies WorkerReply);
  }
}
