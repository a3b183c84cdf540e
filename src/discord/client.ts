/**
 * The discord.js client (클라이언트): only the Guilds intent (slash commands need no more), the REST base
 * from the config, and error listeners so a gateway or shard error is logged, never fatal.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from './config.ts';
import type { Dispatcher } from './dispatch.ts';
import type { Logger } from './logger.ts';
import { guardMalformedInteractions } from './malformed.ts';

/**
 * The client-side cap on REST requests per second. discord.js defaults to 50 (the global limit for
 * bot-token requests), but this bot's REST traffic is interaction callbacks and webhook edits, which
 * Discord does not count against the global limit; at 50/s a burst of 100 `/ask` (200 requests) would
 * queue for seconds. Discord's 429 responses are still obeyed by @discordjs/rest.
 */
export const REST_REQUESTS_PER_SECOND = 250;

/** A client pointed at `config.apiBase` (when set), not yet logged in. */
export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      globalRequestsPerSecond: REST_REQUESTS_PER_SECOND,
      ...(config.apiBase ? { api: config.apiBase } : {}),
    },
  });
}

/** Wires the dispatcher and the error/ready listeners onto `client`. */
export function attachHandlers(client: Client, dispatcher: Dispatcher, logger: Logger): void {
  client.once(Events.ClientReady, (ready) => logger.info(`logged in as ${ready.user.tag}`));
  guardMalformedInteractions(client, logger);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (error) => logger.error('client error', error));
  client.on(Events.ShardError, (error, shardId) => logger.error(`shard ${shardId} error`, error));
  client.on(Events.Warn, (message) => logger.warn(message));
}
