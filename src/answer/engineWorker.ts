/**
 * The engine thread (엔진 스레드): builds engines (from articles, or by loading a corpus path) and
 * answers calls on them, posted by `EngineThread`, so that however long a question takes, the bot's
 * main thread (the Discord connection, acknowledgements, signals) is never blocked by it. One thread
 * holds every engine the bot has (the shared one, each server's); the main thread disposes of those it
 * no longer holds.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.ts';
import { createEngine, loadEngine } from './engine.ts';
import type { Engine } from './types.ts';

export type EngineMethod = keyof Engine;
export type ThreadRequest =
  | { id: number; op: 'build'; articles: Article[]; snapshotDir?: string }
  | { id: number; op: 'load'; corpusPath: string; snapshotDir?: string }
  | { id: number; op: 'call'; engine: number; method: EngineMethod; args: unknown[] }
  | { id: number; op: 'dispose'; engine: number };
export type WorkerError = { name: string; message: string };
export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };

const toError = (error: unknown): WorkerError =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };

const port = parentPort;
if (port) {
  const engines = new Map<number, Engine>();
  let nextEngine = 0;
  const keep = (engine: Engine) => {
    const id = nextEngine++;
    engines.set(id, engine);
    return id;
  };

  const run = async (request: ThreadRequest): Promise<unknown> => {
    switch (request.op) {
      case 'build': {
        return { engine: keep(await createEngine(request.articles)), unsaved: null };
      }
      case 'load': {
        const { engine, warnings } = await loadEngine(request.corpusPath, request.snapshotDir ? { snapshotDir: request.snapshotDir } : {});
        return { engine: keep(engine), warnings };
      }
      case 'call': {
        const engine = engines.get(request.engine);
        if (!engine) throw new Error(`engine ${request.engine} was disposed of`);
        const method = engine[request.method] as (...args: unknown[]) => Promise<unknown>;
        return method.apply(engine, request.args);
      }
      case 'dispose':
        engines.delete(request.engine);
        return null;
    }
  };

  port.on('message', async (request: ThreadRequest) => {
    let reply: ThreadReply;
    try {
      reply = { id: request.id, ok: true, value: await run(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: toError(error) };
    }
    port.postMessage(reply);
  });
}
