/**
 * The bot's configuration (설정): read from the environment once, checked by a zod schema, frozen.
 * Nothing else reads `process.env`. Error lines name the variable and what is wrong with it, never
 * its value (so the token is never printed).
 */
import { z } from 'zod';

export type Config = Readonly<{
  /** Bot token (DISCORD_TOKEN). Not enumerable: `JSON.stringify(config)` and `console.log` leave it out. */
  token: string;
  /** Application id (DISCORD_APP_ID), the snowflake commands are registered under. */
  appId: string;
  /** Guild to register commands in (DISCORD_GUILD_ID); null → global commands. */
  guildId: string | null;
  /** REST base such as `http://127.0.0.1:8080/api` (DISCORD_API_BASE); null → Discord's own. */
  apiBase: string | null;
  /** Articles to load (CORPUS_PATH: a folder of .txt pages or a .jsonl file); null → `seeds/`. */
  corpusPath: string | null;
  /** Where the bot keeps its data — `/add`-ed articles (one folder per server), feedback (DATA_DIR); null → `data/`. */
  dataDir: string | null;
  /** Roles whose members may `/add` and `/remove` besides those with Manage Server (EDITOR_ROLE_IDS, comma-separated). */
  editorRoleIds: readonly string[];
  /** Whether `/add url:` may reach loopback/private addresses (ALLOW_PRIVATE_URLS=1; tests only). */
  allowPrivateUrls: boolean;
  /** Where caches (the index snapshot) are written (CACHE_DIR); null → `.cache/` in the project. */
  cacheDir: string | null;
  /**
   * Time from SIGTERM to exit in ms (SHUTDOWN_DEADLINE_MS, 1000–60000); null → 4500. Set it below the
   * host's own stop timeout (Docker and systemd give 10 s by default) so replies in flight can finish.
   */
  shutdownDeadlineMs: number | null;
}>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const SNOWFLAKE = /^\d{17,20}$/;

/** Empty strings (a `VAR=` line in .env) count as unset. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const required = (name: string, hint: string) =>
  z.preprocess(
    blankAsUnset,
    z.string({ error: (issue) => (issue.input === undefined ? `${name} is missing: ${hint}` : `${name} must be text`) }),
  );

const snowflake = (name: string) =>
  z.string().regex(SNOWFLAKE, { error: `${name} must be a Discord id (17 to 20 digits)` });

/** The environment variables the bot reads, with what each one must be. */
export const envSchema = z.object({
  DISCORD_TOKEN: required('DISCORD_TOKEN', 'the bot token from the Discord developer portal (Bot → Token)').pipe(
    z
      .string()
      .min(20, { error: 'DISCORD_TOKEN looks too short to be a bot token' })
      .regex(/^\S+$/, { error: 'DISCORD_TOKEN must not contain spaces' }),
  ),
  DISCORD_APP_ID: required('DISCORD_APP_ID', 'the application id from the Discord developer portal').pipe(
    snowflake('DISCORD_APP_ID'),
  ),
  DISCORD_GUILD_ID: z.preprocess(blankAsUnset, snowflake('DISCORD_GUILD_ID').optional()),
  DISCORD_API_BASE: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'DISCORD_API_BASE must be an http(s) URL such as http://127.0.0.1:8080/api' })
      .optional(),
  ),
  CORPUS_PATH: z.preprocess(blankAsUnset, z.string().optional()),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  EDITOR_ROLE_IDS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .transform((list) => list.split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(z.string().regex(SNOWFLAKE, { error: 'EDITOR_ROLE_IDS must be Discord role ids separated by commas' })))
      .optional(),
  ),
  ALLOW_PRIVATE_URLS: z.preprocess(blankAsUnset, z.enum(['0', '1'], { error: 'ALLOW_PRIVATE_URLS must be 0 or 1' }).optional()),
  CACHE_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  SHUTDOWN_DEADLINE_MS: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: 'SHUTDOWN_DEADLINE_MS must be a whole number of milliseconds' })
      .int({ error: 'SHUTDOWN_DEADLINE_MS must be a whole number of milliseconds' })
      .min(1000, { error: 'SHUTDOWN_DEADLINE_MS must be at least 1000' })
      .max(60_000, { error: 'SHUTDOWN_DEADLINE_MS must be at most 60000' })
      .optional(),
  ),
});

/** Parses the environment into a frozen `Config`, or one clear line per missing or bad variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }
  const values = parsed.data;
  const config = {
    appId: values.DISCORD_APP_ID,
    guildId: values.DISCORD_GUILD_ID ?? null,
    apiBase: values.DISCORD_API_BASE?.replace(/\/+$/, '') ?? null,
    corpusPath: values.CORPUS_PATH ?? null,
    dataDir: values.DATA_DIR ?? null,
    editorRoleIds: Object.freeze(values.EDITOR_ROLE_IDS ?? []),
    allowPrivateUrls: values.ALLOW_PRIVATE_URLS === '1',
    cacheDir: values.CACHE_DIR ?? null,
    shutdownDeadlineMs: values.SHUTDOWN_DEADLINE_MS ?? null,
  } as Config;
  Object.defineProperty(config, 'token', { value: values.DISCORD_TOKEN, enumerable: false });
  return { ok: true, config: Object.freeze(config) };
}
