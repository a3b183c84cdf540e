/**
 * 봇 시작 (`npm start` without the process around it): the engine thread opens the live corpus (the
 * CORPUS_PATH folder, watched; the added articles; every server's engine), then the bot logs in with
 * proxies to it, so the main thread only talks to Discord. `index.ts` calls this with the checked
 * configuration and wires the signals to `shutdown`; the tests call it against the local fake Discord.
 */
import path from 'node:path';
import type { WatchOptions } from '../live/folder.ts';
import { LiveThread } from '../live/liveThread.ts';
import { type Bot, startBot } from './bot.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { AnyCommandModule } from './types.ts';

export type AppPaths = {
  /** The shared corpus folder (or `.jsonl` file). */
  corpus: string;
  /** Caches (the engine snapshots go to `<cache>/index`). */
  cache: string;
  /** Added articles and feedback. */
  data: string;
};

export type AppOptions = {
  config: Config;
  logger: Logger;
  /** Default paths, used where the configuration names none. */
  defaults: AppPaths;
  /** The command modules (`commands/index.ts`). */
  commands: ReadonlyMap<string, AnyCommandModule>;
  /** Called once shutdown is done (default `process.exit`). */
  exit?: (code: number) => void;
  /** Shutdown deadline in ms (default: the configuration's SHUTDOWN_DEADLINE_MS, else 4500). */
  deadlineMs?: number;
  /** How the corpus folder is watched (tests shorten the timings). */
  watch?: WatchOptions;
};

export type App = {
  bot: Bot;
  thread: LiveThread;
  /** Stops taking interactions, lets those in flight finish (within the deadline), stops the client and the engine thread, exits. */
  shutdown(reason: string): Promise<void>;
};

/** Opens the corpus on the engine thread and starts the bot; rejects (thread stopped) when either fails. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger, defaults } = options;
  const corpusPath = config.corpusPath ?? defaults.corpus;
  const dataDir = config.dataDir ?? defaults.data;
  const deadlineMs = options.deadlineMs ?? config.shutdownDeadlineMs;
  const started = performance.now();
  const { thread, counts } = await LiveThread.open({
    corpusPath,
    dataDir,
    snapshotDir: path.join(config.cacheDir ?? defaults.cache, 'index'),
    ...(options.watch ? { watch: options.watch } : {}),
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  if (counts.folder === 0) logger.warn(`no articles in ${corpusPath} yet: only articles added with /add will be answered`);
  logger.info(`loaded ${counts.folder} articles from ${corpusPath} and ${counts.added} added ones in ${Math.round(performance.now() - started)} ms`);
  try {
    const bot = await startBot({
      config,
      dataDir,
      engines: thread.engines,
      logger,
      commands: options.commands,
      live: {
        corpus: thread.editor,
        editorRoleIds: config.editorRoleIds,
        allowPrivateUrls: config.allowPrivateUrls,
        apiHost: config.apiBase ? new URL(config.apiBase).hostname : null,
      },
      beforeExit: () => thread.close(),
      ...(options.exit ? { exit: options.exit } : {}),
      ...(deadlineMs !== null ? { deadlineMs } : {}),
    });
    return { bot, thread, shutdown: bot.shutdown };
  } catch (error) {
    await thread.close();
    throw error;
  }
}
