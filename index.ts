/**
 * The bot's entry point (`npm start`): checks the configuration, opens the corpus on the engine thread
 * (`startApp`), logs in to the gateway, answers until SIGTERM/SIGINT, then shuts down gracefully.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from './commands/index.ts';
import { parseConfig } from './src/discord/config.ts';
import { createLogger, describeError } from './src/discord/logger.ts';

/** The project folder: default paths are resolved from it, never from the working directory. */
const PROJECT_ROOT = path.dirname(fileURLToPath(import.meta.url));
const DEFAULTS = {
  /** Where the articles come from when CORPUS_PATH is not set. */
  corpus: path.join(PROJECT_ROOT, 'seeds'),
  /** Where caches go when CACHE_DIR is not set. */
  cache: path.join(PROJECT_ROOT, '.cache'),
  /** Where `/add`-ed articles and feedback are kept when DATA_DIR is not set (git-ignored). */
  data: path.join(PROJECT_ROOT, 'data'),
};

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) process.stderr.write(`config error: ${error}\n`);
  process.stderr.write('See .env.example for every variable.\n');
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger({ secrets: [config.token] });

// Until the bot is up, a signal just ends the process cleanly (the engine thread with it); afterwards
// it drains first.
let stop: (reason: string) => Promise<void> = async (reason) => {
  logger.info(`stopping before login (${reason})`);
  process.exit(0);
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', reason));

try {
  const commandMap = commands();
  // Imported only after the config is checked, so a config error is reported at once.
  const { startApp } = await import('./src/discord/app.ts');
  const app = await startApp({ config, logger, defaults: DEFAULTS, commands: commandMap });
  stop = app.shutdown;
  logger.info(`ready: ${commandMap.size} commands, REST ${config.apiBase ?? 'discord.com'}`);
} catch (error) {
  logger.error('startup failed', error);
  process.stderr.write(`startup failed: ${describeError(error).split(config.token).join('[redacted]')}\n`);
  process.exit(1);
}
