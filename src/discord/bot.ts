/**
 * The running bot (봇): a client, the dispatcher over the commands, error listeners, and the shutdown
 * routine — logged in and ready. `index.ts` calls this after loading the engine; the tests call it
 * against the local fake Discord.
 */
import { type Client, Events } from 'discord.js';
import type { EngineHolder } from '../answer/holder.ts';
import { attachHandlers, createClient } from './client.ts';
import type { Config } from './config.ts';
import { createDispatcher, type Dispatcher } from './dispatch.ts';
import type { Logger } from './logger.ts';
import { createShutdown } from './shutdown.ts';
import { FeedbackStore } from '../feedback/store.ts';
import type { AnyCommandModule, LiveServices } from './types.ts';

/** Where the bot keeps its data when DATA_DIR is not set (git-ignored). */
export const DEFAULT_DATA_DIR = 'data';

export type BotOptions = {
  config: Config;
  /** Where every interaction reads the current engine from. */
  engines: EngineHolder;
  logger: Logger;
  commands: ReadonlyMap<string, AnyCommandModule>;
  /** The live corpus behind `/add` and `/remove` (its holder should be `engines`). */
  live?: LiveServices;
  /** Called by shutdown once the client is destroyed (default `process.exit`). */
  exit?: (code: number) => void;
  /** Shutdown deadline in ms (default 4500). */
  deadlineMs?: number;
  /** Where feedback is kept (default: DATA_DIR, else `data`). */
  dataDir?: string;
  /** Runs at shutdown once the client is destroyed, before `exit` (e.g. stopping the engine thread). */
  beforeExit?: () => Promise<void>;
};

export type Bot = {
  client: Client;
  dispatcher: Dispatcher;
  /** Stops taking interactions, finishes those in flight, destroys the client, then calls `exit(0)`. */
  shutdown(reason: string): Promise<void>;
};

/** Creates the client, wires it, logs in and resolves once the gateway says READY. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, engines, logger, commands } = options;
  const client = createClient(config);
  // Feedback goes to DATA_DIR (default data/); nothing is read or written before the first press.
  const feedback = new FeedbackStore(options.dataDir ?? config.dataDir ?? DEFAULT_DATA_DIR);
  const dispatcher = createDispatcher({
    commands,
    context: { engines, logger, feedback, ...(options.live ? { live: options.live } : {}) },
    logger,
  });
  attachHandlers(client, dispatcher, logger);
  const shutdown = createShutdown({
    client,
    dispatcher,
    logger,
    ...(options.exit ? { exit: options.exit } : {}),
    ...(options.deadlineMs !== undefined ? { deadlineMs: options.deadlineMs } : {}),
    ...(options.beforeExit ? { beforeExit: options.beforeExit } : {}),
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.token);
  await ready;
  return { client, dispatcher, shutdown };
}
