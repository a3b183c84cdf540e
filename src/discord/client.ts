/**
 * The discord.js client (클라이언트): only the Guilds intent (slash commands need no more), the REST base
 * from the config, and error listeners so a gateway or shard error is logged, never fatal.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from './config.ts';
import type { Dispatcher } from './dispatch.ts';
import type { Logger } from './logger.ts';

/** A client pointed at `config.apiBase` (when set), not yet logged in. */
export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
}

/** Wires the dispatcher and the error/ready listeners onto `client`. */
export function attachHandlers(client: Client, dispatcher: Dispatcher, logger: Logger): void {
  client.once(Events.ClientReady, (ready) => logger.info(`logged in as ${ready.user.tag}`));
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (error) => logger.error('client error', error));
  client.on(Events.ShardError, (error, shardId) => logger.error(`shard ${shardId} error`, error));
  client.on(Events.Warn, (message) => logger.warn(message));
}
