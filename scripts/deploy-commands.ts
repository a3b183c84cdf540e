/**
 * `npm run deploy-commands`: registers the slash commands (with their `ko` localizations) — in
 * DISCORD_GUILD_ID when set (instant), else globally (may take up to an hour to show everywhere).
 */
import { commands } from '../commands/index.ts';
import { parseConfig } from '../src/discord/config.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { createLogger } from '../src/discord/logger.ts';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) process.stderr.write(`config error: ${error}\n`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger({ secrets: [config.token] });

try {
  const { count, scope } = await deployCommands(config, commands().values());
  logger.info(`registered ${count} commands ${scope.kind === 'guild' ? `in guild ${scope.guildId}` : 'globally'}`);
} catch (error) {
  logger.error('deploy failed', error);
  process.exit(1);
}
