/**
 * The bot's entry point (`npm start`): checks the configuration, loads the corpus and builds the
 * engine, logs in to the gateway, answers until SIGTERM/SIGINT, then shuts down gracefully.
 */
import { fileURLToPath } from 'node:url';
import { commands } from './commands/index.ts';
import { startBot } from './src/discord/bot.ts';
import { parseConfig } from './src/discord/config.ts';
import { createLogger, describeError } from './src/discord/logger.ts';

/** Where the articles come from when CORPUS_PATH is not set: seeds/ at the project root, wherever the bot is started from. */
const DEFAULT_CORPUS = fileURLToPath(new URL('./seeds', import.meta.url));
/** Where the search index snapshot is kept, so a restart over an unchanged corpus skips the build (project root, as for the scripts). */
const SNAPSHOT_DIR = fileURLToPath(new URL('./.cache/index', import.meta.url));

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
  const { engine, warnings } = await loadEngine(corpusPath, { snapshotDir: SNAPSHOT_DIR });
  for (const warning of warnings.slice(0, 20)) {
    logger.warn(`skipped ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.reason}`);
  }
  if (warnings.length > 20) logger.warn(`… and ${warnings.length - 20} more skipped inputs`);
  logger.info(
    `loaded ${(await engine.articles()).length} articles from ${corpusPath} in ${Math.round(performance.now() - started)} ms`,
  );
  const bot = await startBot({ config, engines: new EngineHolder(engine), logger, commands: commandMap });
  stop = bot.shutdown;
  logger.info(`ready: ${commandMap.size} commands, REST ${config.apiBase ?? 'discord.com'}`);
} catch (error) {
  logger.error('startup failed', error);
  process.stderr.write(`startup failed: ${describeError(error).split(config.token).join('[redacted]')}\n`);
  process.exit(1);
}
