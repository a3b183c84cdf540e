/**
 * 봇의 말뭉치 열기: the live corpus as the bot opens it — the whole engine from the snapshot of the
 * folder's files when there is one (no article parsed at start), else the folder read and its index
 * built (and snapshotted); the added articles from the store; cache problems are warnings. The engine
 * thread (`liveWorker.ts`) calls this under `npm start`.
 */
import { openSearchIndex, readEngineSnapshot } from '../snapshot/index.ts';
import type { Progress } from '../progress.ts';
import { LiveCorpus } from './liveCorpus.ts';
import { ArticleStore } from './store.ts';

export type OpenLiveOptions = {
  /** The shared folder (or `.jsonl` file); a path that does not exist rejects with `CorpusPathError`. */
  corpusPath: string;
  /** Where added articles are kept. */
  dataDir: string;
  /** Where engine snapshots are kept (one that cannot be written is a warning). */
  snapshotDir: string;
  log: { info(message: string): void; warn(message: string): void };
  progress?: Progress;
};

/** Most warnings listed while opening (a folder of broken files must not flood the log). */
const MAX_LISTED_WARNINGS = 20;

export async function openLiveCorpus(options: OpenLiveOptions): Promise<LiveCorpus> {
  const { corpusPath, snapshotDir, log } = options;
  let warned = 0;
  const live = await LiveCorpus.open({
    corpusPath,
    store: new ArticleStore(options.dataDir),
    warn: (message) => {
      if (++warned <= MAX_LISTED_WARNINGS) log.warn(message);
      else if (warned === MAX_LISTED_WARNINGS + 1) log.warn('… further warnings are not listed');
    },
    // The whole engine comes from the snapshot of this folder's files when there is one: no article
    // is parsed at start (at archive scale that is the difference between a second and half a minute).
    openSnapshot: async () => {
      const snapshot = await readEngineSnapshot(corpusPath, { snapshotDir });
      if (snapshot) {
        log.info(`engine read from snapshot (${snapshot.origin.snapshot})`);
        setTimeout(() => snapshot.index.prepare(), 200).unref();
      }
      return snapshot;
    },
    // Otherwise the shared index comes from the whole-engine snapshot of this folder's content when it holds
    // exactly these articles, else it is built and the snapshot written; cache problems are warnings.
    openIndex: async (articles) => {
      const { index, warnings, origin } = await openSearchIndex(corpusPath, articles, {
        snapshotDir,
        ...(options.progress ? { progress: options.progress } : {}),
      });
      for (const warning of warnings) log.warn(`${warning.file}: ${warning.reason}`);
      log.info(`index ${origin.from === 'snapshot' ? 'read from snapshot' : 'built'}${origin.snapshot ? ` (${origin.snapshot})` : ''}`);
      // Once up, read what the index otherwise reads on first use (vocabulary, typo and 초성 look-ups).
      setTimeout(() => index.prepare(), 200).unref();
      return index;
    },
  });
  warned = 0; // the limit is per burst of warnings: a later folder change lists its own
  return live;
}
