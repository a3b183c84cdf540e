/**
 * The bot's entry point (`npm start`): checks the configuration, loads the corpus and builds the
 * engine, logs in to the gateway, answers until SIGTERM/SIGINT, then shuts down gracefully.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from './commands/index.ts';
import { startBot } from './src/discord/bot.ts';
import { parseConfig } from './src/discord/config.ts';
import { createLogger, describeError } from './src/discord/logger.ts';

/** The project folder: default paths are resolved from it, never from the working directory. */
const PROJECT_ROOT = path.dirname(fileURLToPath(import.meta.url));
/** Where the articles come from when CORPUS_PATH is not set. */
const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'seeds');
/** Where caches go when CACHE_DIR is not set. */
const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache');
/** Where `/add`-ed articles are kept when DATA_DIR is not set (git-ignored). */
const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'data');

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) process.stderr.write(`config error: ${error}\n`);
  process.stderr.write('See .env.example for every variable.\n');
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger({ secrets: [config.token] });

// Until the bot is up, a signal just ends the process cleanly; afterwards it drains first.
let stop: (reason: string) => Promise<void> = async (reason) => {
  logger.info(`stopping before login (${reason})`);
  process.exit(0);
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', reason));

try {
  const commandMap = commands();
  const corpusPath = config.corpusPath ?? DEFAULT_CORPUS;
  const started = performance.now();
  // Imported only after the config is checked, so a config error is reported at once.
  const { openSearchIndex, readEngineSnapshot } = await import('./src/snapshot/index.ts');
  const { progressReporter } = await import('./src/progress.ts');
  const { LiveCorpus } = await import('./src/live/liveCorpus.ts');
  const { ArticleStore } = await import('./src/live/store.ts');
  // The index snapshot is an optimisation: when its folder cannot be written, one warning and the
  // index stays in memory (a corpus path that does not exist, though, stops startup).
  const snapshotDir = path.join(config.cacheDir ?? DEFAULT_CACHE_DIR, 'index');
  let warned = 0;
  const live = await LiveCorpus.open({
    corpusPath,
    store: new ArticleStore(config.dataDir ?? DEFAULT_DATA_DIR),
    warn: (message) => {
      if (++warned <= 20) logger.warn(message);
      else if (warned === 21) logger.warn('… further warnings are not listed');
    },
    // The whole engine comes from the snapshot of this folder's files when there is one: no article
    // is parsed at start (at archive scale that is the difference between a second and half a minute).
    openSnapshot: async () => {
      const snapshot = await readEngineSnapshot(corpusPath, { snapshotDir });
      if (snapshot) {
        logger.info(`engine read from snapshot (${snapshot.origin.snapshot})`);
        setTimeout(() => snapshot.index.prepare(), 200).unref();
      }
      return snapshot;
    },
    // Otherwise the shared index comes from the whole-engine snapshot of this folder's content when it holds
    // exactly these articles, else it is built and the snapshot written; cache problems are warnings.
    openIndex: async (articles) => {
      const { index, warnings, origin } = await openSearchIndex(corpusPath, articles, { snapshotDir, progress: progressReporter() });
      for (const warning of warnings) logger.warn(`${warning.file}: ${warning.reason}`);
      logger.info(`index ${origin.from === 'snapshot' ? 'read from snapshot' : 'built'}${origin.snapshot ? ` (${origin.snapshot})` : ''}`);
      // Once up, read what the index otherwise reads on first use (vocabulary, typo and 초성 look-ups).
      setTimeout(() => index.prepare(), 200).unref();
      return index;
    },
  });
  warned = 0;
  const { folder: folderCount, added: addedCount } = live.counts();
  if (folderCount === 0) logger.warn(`no articles in ${corpusPath} yet: only articles added with /add will be answered`);
  logger.info(
    `loaded ${folderCount} articles from ${corpusPath} and ` +
      `${addedCount} added ones in ${Math.round(performance.now() - started)} ms`,
  );
  live.watch();
  const bot = await startBot({
    config,
    engines: live.engines,
    logger,
    commands: commandMap,
    live: {
      corpus: live,
      editorRoleIds: config.editorRoleIds,
      allowPrivateUrls: config.allowPrivateUrls,
      apiHost: config.apiBase ? new URL(config.apiBase).hostname : null,
    },
  });
  stop = bot.shutdown;
  logger.info(`ready: ${commandMap.size} commands, REST ${config.apiBase ?? 'discord.com'}`);
} catch (error) {
  logger.error('startup failed', error);
  process.stderr.write(`startup failed: ${describeError(error).split(config.token).join('[redacted]')}\n`);
  process.exit(1);
}
