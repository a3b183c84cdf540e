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
  const { EngineHolder, loadEngine } = await import('./src/answer/index.ts');
  // The index snapshot is an optimisation: when its folder cannot be written, one warning and the
  // index stays in memory (a corpus path that does not exist, though, stops startup).
  const snapshotDir = path.join(config.cacheDir ?? DEFAULT_CACHE_DIR, 'index');
  const { engine, warnings } = await loadEngine(corpusPath, { snapshotDir });
  for (const warning of warnings.slice(0, 20)) {
    logger.warn(`${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.reason}`);
  }
  if (warnings.length > 20) logger.warn(`… and ${warnings.length - 20} more warnings`);
  const articleCount = (await engine.articles()).length;
  if (articleCount === 0) logger.warn(`no articles in ${corpusPath} yet: every question will go unanswered`);
  logger.info(
    `loaded ${articleCount} articles from ${corpusPath} in ${Math.round(performance.now() - started)} ms`,
  );
  const bot = await startBot({ config, engines: new EngineHolder(engine), logger, commands: commandMap });
  stop = bot.shutdown;
  logger.info(`ready: ${commandMap.size} commands, REST ${config.apiBase ?? 'discord.com'}`);
} catch (error) {
  logger.error('startup failed', error);
  process.stderr.write(`startup failed: ${describeError(error).split(config.token).join('[redacted]')}\n`);
  process.exit(1);
}
