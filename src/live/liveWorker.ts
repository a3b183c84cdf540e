/**
 * The bot's engine thread (엔진 스레드): it holds the live corpus — the watched CORPUS_PATH folder,
 * the articles each server added, every server's engine — and does all of the engine's work: opening
 * from the snapshot or building, answering every command, reading and indexing `/add`ed articles,
 * rebuilding after a folder change. The main thread (`LiveThread`) only talks to Discord.
 */
import { callEngine, isEngineMethod, type EngineMethod } from '../answer/index.ts';
import { serveThread, yieldToMainThread } from '../answer/thread.ts';
import { progressReporter } from '../progress.ts';
import { callEditor, isEditorMethod, localEditor, type EditorMethod, type LiveEditor } from './editor.ts';
import type { WatchOptions } from './folder.ts';
import type { LiveCorpus } from './liveCorpus.ts';
import { openLiveCorpus } from './openLive.ts';
import { engineForServer } from './serverEngines.ts';

export type LiveOpenRequest = {
  op: 'open';
  corpusPath: string;
  dataDir: string;
  snapshotDir: string;
  /** How the folder is watched (timings); absent → the defaults. */
  watch?: WatchOptions;
};

export type LiveRequest =
  | LiveOpenRequest
  /** A call on the engine of server `guildId` (null: a DM, the shared engine). */
  | { op: 'engine'; guildId: string | null; method: EngineMethod; args: unknown[] }
  | { op: 'editor'; method: EditorMethod; args: unknown[] }
  /** Ends the thread as an uncaught error would (tests of the restart). */
  | { op: 'crash' };

/** What `open` resolves to. */
export type LiveOpened = { folder: number; added: number };

// The engine's work waits whenever the main thread (Discord) wants the CPU.
yieldToMainThread();

let opened: Promise<{ live: LiveCorpus; editor: LiveEditor }> | null = null;

const thread = serveThread<LiveRequest & { id: number }>(async (request) => {
  switch (request.op) {
    case 'open': {
      if (opened) throw new Error('the live corpus is already open');
      const { corpusPath, dataDir, snapshotDir } = request;
      const log = {
        info: (message: string) => thread.notify({ notice: 'log', level: 'info', message }),
        warn: (message: string) => thread.notify({ notice: 'log', level: 'warn', message }),
      };
      opened = openLiveCorpus({ corpusPath, dataDir, snapshotDir, log, progress: progressReporter() }).then((live) => {
        live.watch(request.watch ?? {});
        return { live, editor: localEditor(live) };
      });
      const { live } = await opened;
      return live.counts() satisfies LiveOpened;
    }
    case 'engine': {
      if (!isEngineMethod(request.method)) throw new Error(`not an engine method: ${String(request.method).slice(0, 40)}`);
      const { live } = await ready();
      return callEngine(engineForServer(live.current(), request.guildId), request.method, request.args);
    }
    case 'editor': {
      if (!isEditorMethod(request.method)) throw new Error(`not an editor method: ${String(request.method).slice(0, 40)}`);
      const { editor } = await ready();
      return callEditor(editor, request.method, request.args);
    }
    case 'crash':
      setImmediate(() => {
        throw new Error('engine thread crash requested');
      });
      return null;
  }
});

/** The live corpus once open (requests that come first wait for it). */
function ready(): Promise<{ live: LiveCorpus; editor: LiveEditor }> {
  if (!opened) throw new Error('the live corpus is not open yet');
  return opened;
}
