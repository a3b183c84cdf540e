/**
 * Command registration (명령 등록): the payload Discord stores, and the PUT that replaces the bot's
 * commands — in one guild when a guild id is configured (instant), else globally.
 */
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from './config.ts';
import type { AnyCommandModule } from './types.ts';

export type DeployScope = { kind: 'guild'; guildId: string } | { kind: 'global' };

/** The registration payload: every command's data, in order. */
export function registrationPayload(
  commands: Iterable<AnyCommandModule>,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands].map((command) => command.data);
}

/** Guild-scoped with a guild id, global otherwise. */
export function deployScope(config: Config): DeployScope {
  return config.guildId ? { kind: 'guild', guildId: config.guildId } : { kind: 'global' };
}

/** A REST client for `config` (its api base and token). */
export function createRest(config: Config): REST {
  return new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
}

/** Replaces the registered commands with `commands`; returns how many Discord now holds and where. */
export async function deployCommands(
  config: Config,
  commands: Iterable<AnyCommandModule>,
  rest: REST = createRest(config),
): Promise<{ count: number; scope: DeployScope }> {
  const scope = deployScope(config);
  const route =
    scope.kind === 'guild'
      ? Routes.applicationGuildCommands(config.appId, scope.guildId)
      : Routes.applicationCommands(config.appId);
  const stored = (await rest.put(route, { body: registrationPayload(commands) })) as unknown[];
  return { count: Array.isArray(stored) ? stored.length : 0, scope };
}
