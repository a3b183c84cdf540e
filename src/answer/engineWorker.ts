/**
 * The engine thread (엔진 스레드): builds engines (from articles, or by loading a corpus path) and
 * answers calls on them, posted by `EngineThread`, so that however long a question takes, the calling
 * thread is never blocked by it. The main thread disposes of the engines it no longer holds.
 */
import type { Article } from '../corpus/types.ts';
import { createEngine, loadEngine } from './engine.ts';
import { callEngine, isEngineMethod, type EngineMethod } from './forward.ts';
import { serveThread, yieldToMainThread } from './thread.ts';
import type { Engine } from './types.ts';

export type EngineRequest =
  | { op: 'build'; articles: Article[]; snapshotDir?: string }
  | { op: 'load'; corpusPath: string; snapshotDir?: string }
  | { op: 'call'; engine: number; method: EngineMethod; args: unknown[] }
  | { op: 'dispose'; engine: number };

// The engine's work waits whenever the main thread (Discord) wants the CPU.
yieldToMainThread();

const engines = new Map<number, Engine>();
let nextEngine = 0;
const keep = (engine: Engine) => {
  const id = nextEngine++;
  engines.set(id, engine);
  return id;
};

serveThread<EngineRequest & { id: number }>(async (request) => {
  switch (request.op) {
    case 'build':
      return { engine: keep(await createEngine(request.articles)), unsaved: null };
    case 'load': {
      const { engine, warnings } = await loadEngine(request.corpusPath, request.snapshotDir ? { snapshotDir: request.snapshotDir } : {});
      return { engine: keep(engine), warnings };
    }
    case 'call': {
      const engine = engines.get(request.engine);
      if (!engine) throw new Error(`engine ${request.engine} was disposed of`);
      if (!isEngineMethod(request.method)) throw new Error(`not an engine method: ${String(request.method).slice(0, 40)}`);
      return callEngine(engine, request.method, request.args);
    }
    case 'dispose':
      engines.delete(request.engine);
      return null;
  }
});
