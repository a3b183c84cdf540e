import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { APP_ID, FAKE_TOKEN } from './fake-discord.ts';

describe('parseConfig', () => {
  it('parses a complete environment into a frozen config that does not serialize the token', () => {
    const result = parseConfig({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_GUILD_ID: '',
      DISCORD_API_BASE: 'http://127.0.0.1:9/api/',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toEqual({ appId: APP_ID, guildId: null, apiBase: 'http://127.0.0.1:9/api', corpusPath: null, cacheDir: null, dataDir: null, editorRoleIds: [], allowPrivateUrls: false, shutdownDeadlineMs: null });
    expect(result.config.token).toBe(FAKE_TOKEN);
    expect(Object.isFrozen(result.config)).toBe(true);
    expect(JSON.stringify(result.config)).not.toContain(FAKE_TOKEN);
  });

  it('reports one line per missing or bad variable, naming it, never echoing values', () => {
    const result = parseConfig({ DISCORD_APP_ID: 'not-an-id', DISCORD_API_BASE: 'ftp://x', DISCORD_GUILD_ID: '12' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(4);
    expect(result.errors[0]).toMatch(/^DISCORD_TOKEN is missing/);
    expect(result.errors.find((e) => e.startsWith('DISCORD_APP_ID'))).toContain('17 to 20 digits');
    expect(result.errors.some((e) => e.startsWith('DISCORD_GUILD_ID'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('DISCORD_API_BASE'))).toBe(true);
    expect(result.errors.join('\n')).not.toContain('not-an-id');
  });

  it('reads the shutdown deadline as whole milliseconds within 1–60 s, naming the variable when it is not', () => {
    const ok = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, SHUTDOWN_DEADLINE_MS: '8000' });
    expect(ok.ok && ok.config.shutdownDeadlineMs).toBe(8000);
    for (const bad of ['soon', '2.5', '500', '600000']) {
      const result = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, SHUTDOWN_DEADLINE_MS: bad });
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.errors, bad).toEqual([expect.stringMatching(/^SHUTDOWN_DEADLINE_MS must/)]);
    }
  });

  it('rejects a malformed token without printing it', () => {
    const result = parseConfig({ DISCORD_TOKEN: 'short secret', DISCORD_APP_ID: APP_ID });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).not.toContain('short secret');
  });
});

describe('createLogger', () => {
  it('redacts the token everywhere, error messages included', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: [FAKE_TOKEN], write: (_, line) => lines.push(line) });
    logger.info(`token is ${FAKE_TOKEN}`);
    logger.error('login failed', new Error(`bad ${FAKE_TOKEN}`));
    expect(lines.join('\n')).not.toContain(FAKE_TOKEN);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});

describe('index.ts startup', () => {
  it('a missing token stops startup with one clear line per problem, exit code non-zero', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'index.ts'], {
      env: { PATH: process.env.PATH, DISCORD_APP_ID: 'abc', DISCORD_API_BASE: 'http://127.0.0.1:9/api' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).not.toBe(0);
    expect(child.status).not.toBeNull();
    const errors = child.stderr.split('\n').filter((line) => line.startsWith('config error:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/DISCORD_TOKEN is missing/);
    expect(errors[1]).toMatch(/DISCORD_APP_ID/);
  });

  it('a bad variable next to a valid token never prints the token', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'index.ts'], {
      env: { PATH: process.env.PATH, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: 'abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('config error: DISCORD_APP_ID');
    expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
  });
});
