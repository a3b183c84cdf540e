/**
 * `npm start` as an unlucky operator runs it: from another folder, with an index cache that cannot be
 * written, with a corpus path that does not exist. Then SIGTERM ends it promptly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { APP_ID, callbackPath, chatInput, FAKE_TOKEN, type FakeDiscord, originalPath, startFakeDiscord } from './fake-discord.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INDEX = path.join(ROOT, 'index.ts');
/** tsx's loader by file URL: `--import tsx` would be looked up from the working directory. */
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const scratch = mkdtempSync(path.join(tmpdir(), 'bot-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const baseEnv = (apiBase: string) => ({
  PATH: process.env.PATH,
  DISCORD_TOKEN: FAKE_TOKEN,
  DISCORD_APP_ID: APP_ID,
  DISCORD_API_BASE: apiBase,
});

describe('npm start, unlucky operator', () => {
  it('a corpus path that does not exist stops startup: exit 1, naming the path', () => {
    const missing = path.join(scratch, 'no-such-corpus');
    const child = spawnSync(process.execPath, ['--import', TSX, INDEX], {
      cwd: scratch,
      env: { ...baseEnv('http://127.0.0.1:9/api'), CORPUS_PATH: missing },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(`corpus not found: ${missing}`);
    expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
  });

  it('from another folder with an unwritable cache: one warning, answers from the seeds, SIGTERM ends it within 5 s', async () => {
    fake = await startFakeDiscord();
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const child = spawn(process.execPath, ['--import', TSX, INDEX], {
      cwd: scratch,
      env: { ...baseEnv(fake.apiBase), CACHE_DIR: path.join(file, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 80_000);
    const exited = once(child, 'exit');
    try {
      await Promise.race([
        fake.identified(70_000),
        exited.then(([code]) => {
          throw new Error(`bot exited (${code}) before identifying:\n${output}`);
        }),
      ]);
      const interaction = chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]);
      fake.dispatch(interaction);
      await fake.waitForRequest((r) => r.path === callbackPath(interaction), 10_000);
      const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 10_000);
      expect(JSON.stringify(edit.body)).toContain('2,700억');
      expect(output.match(/index cache not usable/g), output).toHaveLength(1);

      const signalled = performance.now();
      child.kill('SIGTERM');
      const [code] = await exited;
      // The contract is 5 s (the shutdown deadline is 4.5 s), measured by `npm run bench:hostile`; here
      // the bound leaves room for a busy machine delivering the signal and tearing the process down.
      expect(performance.now() - signalled).toBeLessThan(10_000);
      expect(code, output).toBe(0);
      expect(output).not.toContain(FAKE_TOKEN);
    } finally {
      clearTimeout(killer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
