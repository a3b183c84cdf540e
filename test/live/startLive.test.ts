/**
 * `npm start` (index.ts) with a live corpus, as an operator runs it: CORPUS_PATH and DATA_DIR set; a file
 * copied into the folder is answered; `/add` of an attached page (served on the REST API's own host) is
 * answered in its server; after SIGTERM and a new start, the added article is still there.
 */
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, ROOT, spawnBot, type BotProcess } from '../discord/botProcess.ts';
import { callbackPath, chatInput, FAKE_TOKEN, type FakeDiscord, originalPath, startFakeDiscord } from '../discord/fake-discord.ts';
import { addFile, GUILD_A, inGuild } from './guild.ts';


let scratch: string;
let corpusDir: string;
let dataDir: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'start-live-'));
  corpusDir = path.join(scratch, 'corpus');
  dataDir = path.join(scratch, 'data');
  await cp(path.join(ROOT, 'seeds'), corpusDir, { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The fake Discord, also serving one attachment on the same host (as Discord's CDN would). */
async function startFake(): Promise<{ fake: FakeDiscord; attachmentUrl: string; close: () => Promise<void> }> {
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
  const page = await readFile(path.join(ROOT, 'test', 'corpus', 'fixtures', 'html', 'outlet-jsonld.html'));
  const { createServer } = await import('node:http');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  return {
    fake,
    attachmentUrl: `http://127.0.0.1:${port}/attachments/1/2/outlet.html`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

/** The bot started in the scratch folder on the live corpus, once it has identified. */
async function startBot(fake: FakeDiscord): Promise<BotProcess> {
  const bot = spawnBot({
    cwd: scratch,
    env: botEnv(fake.apiBase, { CORPUS_PATH: corpusDir, DATA_DIR: dataDir, CACHE_DIR: path.join(scratch, 'cache') }),
    killAfterMs: 170_000,
  });
  await bot.identified(fake, 50_000);
  return bot;
}

type Sent = Record<string, unknown> & { id: string; token: string };

async function reply(fake: FakeDiscord, interaction: Sent): Promise<string> {
  fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 15_000);
  if (callback.body.type !== 5) return JSON.stringify(callback.body);
  return JSON.stringify((await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 15_000)).body);
}

const ask = (question: string, guild: string | null) => {
  const payload = chatInput('ask', [{ name: 'question', type: 3, value: question }]);
  return (guild ? inGuild(payload, guild) : payload) as Sent;
};

describe('npm start with a live corpus', () => {
  it('answers a file copied in, an attached page added in a server, and keeps the page across a restart', async () => {
    const first = await startFake();
    let bot = await startBot(first.fake);
    try {
      await writeFile(
        path.join(corpusDir, 'ferry.txt'),
        '해양수산부, 연안 여객선 요금 지원 확대\n2024년 04월 02일\n\n해양수산부는 섬 주민의 연안 여객선 운임 부담을 덜기 위해 올해 요금 지원 예산을 183억 원으로 늘린다고 밝혔다.\n',
      );
      let answer = '';
      for (let i = 0; i < 80 && !answer.includes('183억'); i++) {
        answer = await reply(first.fake, ask('연안 여객선 요금 지원 예산', null));
        if (!answer.includes('183억')) await new Promise((r) => setTimeout(r, 100));
      }
      expect(answer).toContain('183억');

      const added = await reply(first.fake, inGuild(addFile('outlet.html', first.attachmentUrl, 4000), GUILD_A) as Sent);
      expect(added).toContain('도심 공공자전거 이용 1년 새 38% 늘어');
      expect(added).toContain('새벽일보 · 2024-05-20');
      expect(await reply(first.fake, ask('공공자전거 대여 건수', GUILD_A))).toContain('412만 건');
      expect(await reply(first.fake, ask('공공자전거 대여 건수', null))).not.toContain('412만');
      await bot.stop();
    } finally {
      bot.dispose();
      await first.close();
    }

    const second = await startFake();
    bot = await startBot(second.fake);
    try {
      expect(await reply(second.fake, ask('공공자전거 대여 건수', GUILD_A))).toContain('412만 건');
      expect(bot.output()).not.toContain(FAKE_TOKEN);
      await bot.stop();
    } finally {
      bot.dispose();
      await second.close();
    }
  }, 180_000);
});
