/**
 * The bot as `npm start` runs it (`startApp`, the function index.ts calls): the live corpus and every
 * engine on the engine thread, the real discord.js client on the main thread against the local fake
 * Discord. Answers, a file dropped into the watched folder, `/add` and `/remove` all come from the
 * thread; a crash of the thread is logged and the thread started again with nothing lost; shutdown
 * finishes the reply in flight, then stops the thread.
 */
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { type App, startApp } from '../../src/discord/app.ts';
import { parseConfig } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { addFile, GUILD_A, GUILD_B, inGuild } from '../live/guild.ts';
import { APP_ID, autocomplete, callbackPath, chatInput, FAKE_TOKEN, type FakeDiscord, originalPath, startFakeDiscord } from './fake-discord.ts';

const PORTAL_PAGE = await readFile(new URL('../corpus/fixtures/html/portal-news.html', import.meta.url));
/** A page about something no seed mentions, written the way scraped .txt articles are. */
const FOLDER_ARTICLE = [
  '해양수산부, 연안 여객선 요금 지원 확대',
  '2024년 04월 02일',
  '',
  '해양수산부는 섬 주민의 연안 여객선 운임 부담을 덜기 위해 올해 요금 지원 예산을 183억 원으로 늘린다고 밝혔다.',
].join('\n');

let fake: FakeDiscord;
let pages: Server;
let pageBase: string;
let scratch: string;
let app: App;
const exits: number[] = [];
const logLines: string[] = [];
const logger = createLogger({ secrets: [FAKE_TOKEN], write: (_, line) => logLines.push(line) });

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'bot-app-'));
  const corpus = join(scratch, 'corpus');
  await mkdir(corpus);
  await cp(new URL('../../seeds/000_85b1e9931b288c99.txt', import.meta.url), join(corpus, 'seed.txt'));
  pages = createServer((req, res) => {
    if (req.url !== '/att/portal.html') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PORTAL_PAGE);
  });
  pages.listen(0, '127.0.0.1');
  await once(pages, 'listening');
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
  const parsed = parseConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APP_ID: APP_ID,
    DISCORD_API_BASE: fake.apiBase,
    ALLOW_PRIVATE_URLS: '1',
    CORPUS_PATH: corpus,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  app = await startApp({
    config: parsed.config,
    logger,
    defaults: { corpus, cache: join(scratch, 'cache'), data: join(scratch, 'data') },
    commands: commands(),
    exit: (code) => exits.push(code),
    watch: { debounceMs: 50, maxWaitMs: 200, pollMs: 300 },
  });
}, 120_000);

afterAll(async () => {
  await app?.thread.close();
  await app?.bot.client.destroy();
  await fake?.close();
  pages?.closeAllConnections();
  await new Promise<void>((resolve) => pages?.close(() => resolve()));
  await rm(scratch, { recursive: true, force: true });
});

type Sent = Record<string, unknown> & { id: string; token: string };

/** The reply to an interaction: the deferred edit's body, or the immediate callback's data. */
async function reply(interaction: Sent): Promise<any> {
  fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 20_000);
  if (callback.body.type !== 5) return callback.body.data ?? callback.body;
  return (await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 20_000)).body;
}

function ask(question: string, guildId: string | null): Sent {
  const payload = chatInput('ask', [{ name: 'question', type: 3, value: question }]);
  return (guildId ? inGuild(payload, guildId) : payload) as Sent;
}

/** Asks until `fragment` is (or is not) in the reply, at most `tries` times 100 ms apart (a bounded poll). */
async function askUntil(question: string, guildId: string | null, fragment: string, present = true, tries = 100): Promise<string> {
  let body = '';
  for (let i = 0; i < tries; i++) {
    body = JSON.stringify(await reply(ask(question, guildId)));
    if (body.includes(fragment) === present) return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  return body;
}

/** Waits (bounded) until `done()` holds. */
async function until(done: () => boolean, tries = 300): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 100));
}

describe('npm start: the engine thread behind the bot', () => {
  it('answers /ask from the thread', async () => {
    const body = await reply(ask('K-바이오 랩허브 예산', null));
    expect(JSON.stringify(body)).toContain('2,700억');
    expect(logLines.some((line) => line.includes('loaded 1 articles'))).toBe(true);
  });

  it('answers from a file dropped into the watched folder', async () => {
    const corpus = join(scratch, 'corpus');
    await writeFile(join(corpus, '.ferry.tmp'), FOLDER_ARTICLE);
    await rename(join(corpus, '.ferry.tmp'), join(corpus, 'ferry.txt'));
    expect(await askUntil('연안 여객선 요금 지원 예산', GUILD_B, '183억')).toContain('183억');
  });

  it('/add reads, stores and indexes the attachment on the thread: answered in that server only', async () => {
    const added = await reply(inGuild(addFile('portal.html', `${pageBase}/att/portal.html`, PORTAL_PAGE.length), GUILD_A) as Sent);
    expect(added.embeds[0].fields[0].name).toBe('서해안 해상풍력 단지, 2030년까지 4조 원 투입');
    expect(added.embeds[0].fields[0].value).toContain('한빛경제 · 2024-03-12 · 6문장');
    const question = '서해안 해상풍력 단지 투입 금액';
    expect((await reply(ask(question, GUILD_A))).embeds[0].title).toContain('4조 원');
    expect(JSON.stringify(await reply(ask(question, GUILD_B)))).not.toContain('4조');
    const choices = await reply(inGuild(autocomplete('remove', [{ name: 'article', type: 3, value: '', focused: true }]), GUILD_A) as Sent);
    expect(choices.choices).toHaveLength(1);
    expect(choices.choices[0].name).toContain('서해안 해상풍력');
  });

  it('a crash of the thread is logged, the thread starts again, and answers resume with nothing lost', async () => {
    await app.thread.crashForTest();
    await until(() => app.thread.restarts === 1);
    expect(app.thread.restarts).toBe(1);
    await app.thread.ready();
    expect(logLines.some((line) => line.includes('engine thread crashed'))).toBe(true);
    expect(JSON.stringify(await reply(ask('K-바이오 랩허브 예산', null)))).toContain('2,700억');
    // The folder's article and the server's addition are read again.
    expect(JSON.stringify(await reply(ask('연안 여객선 요금 지원 예산', null)))).toContain('183억');
    expect((await reply(ask('서해안 해상풍력 단지 투입 금액', GUILD_A))).embeds[0].title).toContain('4조 원');
  }, 60_000);

  it('a thread that cannot open the corpus again (the folder gone) is tried again later, and answers resume', async () => {
    const corpus = join(scratch, 'corpus');
    const away = join(scratch, 'corpus-away');
    await rename(corpus, away);
    const count = (text: string) => logLines.filter((line) => line.includes(text)).length;
    const failedBefore = count('could not open the corpus again');
    const startedBefore = count('engine thread started again');
    await app.thread.crashForTest();
    await until(() => count('could not open the corpus again') > failedBefore);
    expect(logLines.some((line) => line.includes(`corpus not found: ${corpus}`))).toBe(true);
    await rename(away, corpus);
    await until(() => count('engine thread started again') > startedBefore);
    expect(app.thread.restarts).toBeGreaterThanOrEqual(3);
    await app.thread.ready();
    expect(JSON.stringify(await reply(ask('K-바이오 랩허브 예산', null)))).toContain('2,700억');
  }, 90_000);

  it('/remove forgets the article on the thread', async () => {
    const choices = await reply(inGuild(autocomplete('remove', [{ name: 'article', type: 3, value: '', focused: true }]), GUILD_A) as Sent);
    const removed = await reply(inGuild(chatInput('remove', [{ name: 'article', type: 3, value: choices.choices[0].value }]), GUILD_A) as Sent);
    expect(removed.embeds[0].fields[0].name).toBe('서해안 해상풍력 단지, 2030년까지 4조 원 투입');
    expect(JSON.stringify(await reply(ask('서해안 해상풍력 단지 투입 금액', GUILD_A)))).not.toContain('4조');
  });

  it('shutdown finishes the reply in flight, stops the thread, exits 0', async () => {
    const inFlight = ask('K-바이오 랩허브 예산', null);
    fake.dispatch(inFlight);
    await fake.waitForRequest((r) => r.path === callbackPath(inFlight), 20_000);
    const restarts = app.thread.restarts;
    await app.shutdown('SIGTERM');
    expect(exits).toEqual([0]);
    const edits = fake.requests.filter((r) => r.method === 'PATCH' && r.path === originalPath(inFlight));
    expect(JSON.stringify(edits[0]?.body)).toContain('2,700억');
    // The thread is gone: a call now fails at once instead of waiting.
    await expect(app.thread.engines.current().answer('랩허브')).rejects.toThrow();
    expect(app.thread.restarts).toBe(restarts); // stopping is not a crash: no thread is started again
  }, 30_000);
});
