/**
 * The live corpus through the real discord.js client and the local fake Discord: files copied into and
 * removed from the running bot's corpus folder, `/add` of an HTML attachment (served by a local HTTP
 * server) seen in that server only, kept across a restart, refused without permission, and clear errors
 * for binary or oversized attachments while the bot keeps answering.
 */
import { once } from 'node:events';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import { parseConfig } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import type { LiveServices } from '../../src/discord/types.ts';
import { moreSourcesId } from '../../src/render/index.ts';
import { LiveCorpus } from '../../src/live/liveCorpus.ts';
import { localEditor } from '../../src/live/editor.ts';
import { ArticleStore } from '../../src/live/store.ts';
import {
  APP_ID,
  autocomplete,
  buttonClick,
  callbackPath,
  chatInput,
  FAKE_TOKEN,
  type FakeDiscord,
  originalPath,
  startFakeDiscord,
} from '../discord/fake-discord.ts';
import { encodeEucKr } from '../corpus/eucKr.ts';
import { addFile, GUILD_A, GUILD_B, inGuild, MEMBER } from './guild.ts';

const PORTAL_PAGE = await readFile(new URL('../corpus/fixtures/html/portal-news.html', import.meta.url));
/** The outlet page re-encoded as EUC-KR, its charset said only by the HTTP header. */
const OUTLET_PAGE_EUC_KR = encodeEucKr(
  (await readFile(new URL('../corpus/fixtures/html/outlet-jsonld.html', import.meta.url), 'utf8')).replace('<meta charset="UTF-8">', '').replace('©', '(c)'),
);

/** A page written the way scraped .txt articles are (headline first), about something no seed mentions. */
const FOLDER_ARTICLE = [
  '해양수산부, 연안 여객선 요금 지원 확대',
  '2024년 04월 02일',
  '',
  '해양수산부는 섬 주민의 연안 여객선 운임 부담을 덜기 위해 올해 요금 지원 예산을 183억 원으로 늘린다고 밝혔다.',
  '',
  '지원 대상 항로는 지난해 62개에서 올해 71개로 늘어난다.',
].join('\n');

let fake: FakeDiscord;
let pages: Server;
let pageBase: string;
let corpusDir: string;
let dataDir: string;
let live: LiveCorpus;
let bot: Bot;
let services: LiveServices;
const logLines: string[] = [];
const logger = createLogger({ secrets: [FAKE_TOKEN], write: (_, line) => logLines.push(line) });

async function startLiveBot(): Promise<void> {
  live = await LiveCorpus.open({ corpusPath: corpusDir, store: new ArticleStore(dataDir), warn: (m) => logger.warn(m) });
  live.watch({ debounceMs: 50, maxWaitMs: 200, pollMs: 300 });
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, ALLOW_PRIVATE_URLS: '1' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  bot = await startBot({
    config: parsed.config,
    engines: live.engines,
    logger,
    commands: commands(),
    live: (services = { corpus: localEditor(live), editorRoleIds: ['777777777777777777'], allowPrivateUrls: true, apiHost: null }),
    exit: () => undefined,
  });
}

async function stopLiveBot(): Promise<void> {
  live?.close();
  await bot?.client.destroy();
}

beforeAll(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), 'live-corpus-'));
  dataDir = await mkdtemp(join(tmpdir(), 'live-data-'));
  await cp(new URL('../../seeds/000_85b1e9931b288c99.txt', import.meta.url), join(corpusDir, 'seed.txt'));
  pages = createServer((req, res) => {
    if (req.url === '/att/portal.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PORTAL_PAGE);
    }
    if (req.url === '/news/outlet') {
      res.writeHead(200, { 'content-type': 'text/html; charset=euc-kr' });
      return res.end(OUTLET_PAGE_EUC_KR);
    }
    if (req.url === '/att/photo.html') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    }
    res.writeHead(404);
    res.end();
  });
  pages.listen(0, '127.0.0.1');
  await once(pages, 'listening');
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
  await startLiveBot();
});

afterAll(async () => {
  await stopLiveBot();
  await fake?.close();
  pages?.closeAllConnections();
  await new Promise<void>((resolve) => pages?.close(() => resolve()));
  await rm(corpusDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

type Sent = Record<string, unknown> & { id: string; token: string };

/** The reply to an interaction: the deferred edit's body, or the immediate callback's data. */
async function reply(interaction: Sent): Promise<any> {
  fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 10_000);
  if (callback.body.type !== 5) return callback.body.data ?? callback.body;
  return (await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 10_000)).body;
}

function ask(question: string, guildId: string | null): Sent {
  const payload = chatInput('ask', [{ name: 'question', type: 3, value: question }]);
  return (guildId ? inGuild(payload, guildId) : payload) as Sent;
}

/** Asks until `done(reply)` holds, at most `tries` times 100 ms apart (a bounded poll). */
async function askUntil(question: string, guildId: string | null, done: (body: any) => boolean, tries = 60): Promise<any> {
  let body: any;
  for (let i = 0; i < tries; i++) {
    body = await reply(ask(question, guildId));
    if (done(body)) return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  return body;
}

const answered = (fragment: string) => (body: any) => JSON.stringify(body).includes(fragment);

describe('the watched corpus folder', () => {
  it('answers from a file copied into the folder, and forgets it once removed', async () => {
    const question = '연안 여객선 요금 지원 예산';
    expect(JSON.stringify(await reply(ask(question, null)))).not.toContain('183억');
    // Written the way editors do: a temporary name, then renamed into place.
    await writeFile(join(corpusDir, '.ferry.txt.tmp'), FOLDER_ARTICLE);
    await rename(join(corpusDir, '.ferry.txt.tmp'), join(corpusDir, 'ferry.txt'));
    const found = await askUntil(question, null, answered('183억'));
    expect(found.embeds[0].title).toContain('183억');
    expect(found.embeds[0].fields[0].name).toContain('해양수산부, 연안 여객선 요금 지원 확대');
    // Every server sees folder articles.
    expect(JSON.stringify(await reply(ask(question, GUILD_B)))).toContain('183억');

    await rm(join(corpusDir, 'ferry.txt'));
    const gone = await askUntil(question, null, (body) => !answered('183억')(body));
    expect(JSON.stringify(gone)).not.toContain('183억');
  });

  it('re-reads a changed file (truncate, then write) without the article vanishing in between', async () => {
    const file = join(corpusDir, 'ferry2.txt');
    await writeFile(file, FOLDER_ARTICLE);
    await askUntil('연안 여객선 지원 항로', null, answered('71개'));
    await writeFile(file, '');
    await writeFile(file, FOLDER_ARTICLE.replace('71개', '75개'));
    const changed = await askUntil('연안 여객선 지원 항로', null, answered('75개'));
    expect(JSON.stringify(changed)).toContain('75개');
    expect(JSON.stringify(changed)).not.toContain('71개');
    await rm(file);
    await askUntil('연안 여객선 지원 항로', null, (body) => !answered('75개')(body));
  });
});

describe('/add and /remove', () => {
  const question = '서해안 해상풍력 단지 투입 금액';

  it('refuses a member without Manage Server or an editor role, and nothing changes', async () => {
    const before = await readdir(dataDir);
    const body = await reply(inGuild(addFile('portal.html', `${pageBase}/att/portal.html`, PORTAL_PAGE.length), GUILD_A, MEMBER) as Sent);
    expect(body.flags).toBe(64);
    expect(body.content).toContain('서버 관리 권한');
    expect(live.addedIn(GUILD_A)).toEqual([]);
    expect(await readdir(dataDir)).toEqual(before);
    expect(JSON.stringify(await reply(ask(question, GUILD_A)))).not.toContain('4조');
  });

  it('adds an HTML page attached in a server: answered there with its title, outlet and date, nowhere else', async () => {
    const added = await reply(inGuild(addFile('portal.html', `${pageBase}/att/portal.html`, PORTAL_PAGE.length), GUILD_A) as Sent);
    const embed = added.embeds[0];
    expect(embed.title).toBe('기사를 추가했습니다');
    expect(embed.fields[0].name).toBe('서해안 해상풍력 단지, 2030년까지 4조 원 투입');
    expect(embed.fields[0].value).toContain('한빛경제 · 2024-03-12 · 6문장');
    expect(embed.fields[0].value).toContain('첫 문장: 전라남도와 산업통상자원부가');
    expect(added.allowed_mentions).toEqual({ parse: [] });

    const answer = await reply(ask(question, GUILD_A));
    expect(answer.embeds[0].title).toContain('4조 원');
    const field = answer.embeds[0].fields[0];
    expect(field.name).toBe('[1] 서해안 해상풍력 단지, 2030년까지 4조 원 투입');
    expect(field.value).toContain('— 한빛경제 · 2024-03-12 · [원문](<https://n.news.example.com/article/015/0004870001>)');

    // Another server, and a DM, never see it: not in answers, sources, or a hand-made button.
    for (const guild of [GUILD_B, null]) expect(JSON.stringify(await reply(ask(question, guild)))).not.toContain('4조');
    const sources = await reply(inGuild(chatInput('sources'), GUILD_B) as Sent);
    expect(JSON.stringify(sources)).not.toContain('해상풍력');
    expect(JSON.stringify(await reply(inGuild(chatInput('sources'), GUILD_A) as Sent))).toContain('해상풍력');
    const forged = inGuild(buttonClick(moreSourcesId(question, 1), { embeds: [{ author: { name: `질문: ${question}` } }] }), GUILD_B) as Sent;
    const page = JSON.stringify(await reply(forged));
    expect(page).not.toContain('한빛경제');
    expect(page).not.toContain('4조');
    const choices = await reply(inGuild(autocomplete('remove', [{ name: 'article', type: 3, value: '', focused: true }]), GUILD_B) as Sent);
    expect(choices.choices).toEqual([]);
  });

  it('keeps the added article across a restart', async () => {
    await stopLiveBot();
    await startLiveBot();
    const answer = await reply(ask(question, GUILD_A));
    expect(answer.embeds[0].title).toContain('4조 원');
    expect(JSON.stringify(await reply(ask(question, GUILD_B)))).not.toContain('4조');
  });

  it('says clearly why a binary or oversized attachment is not taken in, and keeps answering', async () => {
    const binary = await reply(inGuild(addFile('photo.html', `${pageBase}/att/photo.html`, 16, 'image/png'), GUILD_A) as Sent);
    expect(binary.content).toContain('텍스트가 아닌 파일');
    const huge = await reply(inGuild(addFile('huge.html', `${pageBase}/att/huge.html`, 6 * 1024 * 1024), GUILD_A) as Sent);
    expect(huge.content).toContain('너무 큽니다');
    const wrong = await reply(inGuild(addFile('photo.png', `${pageBase}/att/photo.html`, 16, 'image/png'), GUILD_A) as Sent);
    expect(wrong.content).toContain('.txt, .html, .htm, .jsonl');
    expect((await reply(ask(question, GUILD_A))).embeds[0].title).toContain('4조 원');
    expect(live.addedIn(GUILD_A)).toHaveLength(1);
  });

  it('an editor role may add; adding the same page again says so', async () => {
    const again = await reply(
      inGuild(addFile('portal.html', `${pageBase}/att/portal.html`, PORTAL_PAGE.length), GUILD_A, MEMBER, ['777777777777777777']) as Sent,
    );
    expect(again.content).toContain('이미 추가된 기사');
  });

  it('adds a news page by its link (EUC-KR, charset from the HTTP header) in server B only', async () => {
    const body = await reply(inGuild(chatInput('add', [{ name: 'url', type: 3, value: `${pageBase}/news/outlet` }]), GUILD_B) as Sent);
    expect(body.embeds[0].fields[0].name).toBe('도심 공공자전거 이용 1년 새 38% 늘어');
    expect(body.embeds[0].fields[0].value).toContain('새벽일보 · 2024-05-20');
    const answer = await reply(ask('공공자전거 대여 건수', GUILD_B));
    expect(answer.embeds[0].title).toContain('412만 건');
    expect(JSON.stringify(await reply(ask('공공자전거 대여 건수', GUILD_A)))).not.toContain('412만');
    const unreachable = await reply(inGuild(chatInput('add', [{ name: 'url', type: 3, value: `${pageBase}/news/missing` }]), GUILD_B) as Sent);
    expect(unreachable.content).toContain('페이지를 가져오지 못했습니다');
  });

  it('without ALLOW_PRIVATE_URLS a link to a private address is refused; an attachment only from the API\'s own host', async () => {
    services.allowPrivateUrls = false;
    try {
      const link = await reply(inGuild(chatInput('add', [{ name: 'url', type: 3, value: `${pageBase}/news/outlet` }]), GUILD_A) as Sent);
      expect(link.content).toContain('가져올 수 없습니다');
      const attached = () => reply(inGuild(addFile('split.html', `${pageBase}/att/portal.html`, PORTAL_PAGE.length), GUILD_A) as Sent);
      expect((await attached()).content).toContain('가져올 수 없습니다');
      services.apiHost = '127.0.0.1';
      expect((await attached()).content).toContain('이미 추가된 기사');
    } finally {
      services.allowPrivateUrls = true;
      services.apiHost = null;
    }
  });

  it('/remove offers this server\'s added articles and forgets the one chosen', async () => {
    const choices = await reply(inGuild(autocomplete('remove', [{ name: 'article', type: 3, value: '해상', focused: true }]), GUILD_A) as Sent);
    expect(choices.choices).toHaveLength(1);
    expect(choices.choices[0].name).toContain('서해안 해상풍력 단지');
    const refused = await reply(inGuild(chatInput('remove', [{ name: 'article', type: 3, value: choices.choices[0].value }]), GUILD_A, MEMBER) as Sent);
    expect(refused.content).toContain('서버 관리 권한');
    const removed = await reply(inGuild(chatInput('remove', [{ name: 'article', type: 3, value: choices.choices[0].value }]), GUILD_A) as Sent);
    expect(removed.embeds[0].title).toBe('기사를 삭제했습니다');
    expect(JSON.stringify(await reply(ask(question, GUILD_A)))).not.toContain('4조');
    expect(await readdir(join(dataDir, 'servers', GUILD_A))).toEqual([]);
  });
});
