/**
 * `npm start` as an unlucky operator runs it: from another folder, with an index cache that cannot be
 * written, with a corpus path that does not exist. Then SIGTERM ends it promptly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { botEnv, INDEX, spawnBot, TSX } from './botProcess.ts';
import { callbackPath, chatInput, FAKE_TOKEN, type FakeDiscord, originalPath, startFakeDiscord } from './fake-discord.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'bot-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('npm start, unlucky operator', () => {
  it('a corpus path that does not exist stops startup: exit 1, naming the path', () => {
    const missing = path.join(scratch, 'no-such-corpus');
    const child = spawnSync(process.execPath, ['--import', TSX, INDEX], {
      cwd: scratch,
      env: botEnv('http://127.0.0.1:9/api', { CORPUS_PATH: missing }),
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
    const bot = spawnBot({ cwd: scratch, env: botEnv(fake.apiBase, { CACHE_DIR: path.join(file, 'cache') }) });
    try {
      await bot.identified(fake, 70_000);
      const interaction = chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]);
      fake.dispatch(interaction);
      // The first answer of a bot that could not write its cache waits for the engine built in memory;
      // on a machine at load 20+ that took more than 10 s. What is checked here is that it answers at
      // all (the start-up time is measured by `npm run bench`), so the bound is generous.
      await fake.waitForRequest((r) => r.path === callbackPath(interaction), 30_000);
      const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 30_000);
      expect(JSON.stringify(edit.body)).toContain('2,700억');
      expect(bot.output().match(/index cache not usable/g), bot.output()).toHaveLength(1);

      const signalled = performance.now();
      const code = await bot.stop();
      // The contract is 5 s (the shutdown deadline is 4.5 s), measured by `npm run bench:hostile`; here
      // the bound leaves room for a busy machine delivering the signal and tearing the process down.
      expect(performance.now() - signalled).toBeLessThan(10_000);
      expect(code, bot.output()).toBe(0);
      expect(bot.output()).not.toContain(FAKE_TOKEN);
    } finally {
      bot.dispose();
    }
  }, 150_000);
});
