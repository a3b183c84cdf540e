/**
 * The briefing tools through the real discord.js client against the local fake Discord: the message
 * command "기사와 대조", `/brief`, `/timeline` — what the bot sends, within limits, pinging no one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { EngineHolder } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import { parseConfig } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { engineForTests } from './engine.ts';
import {
  APP_ID,
  autocomplete,
  buttonClick,
  callbackPath,
  chatInput,
  FAKE_TOKEN,
  type FakeDiscord,
  messageCommand,
  originalPath,
  startFakeDiscord,
} from './fake-discord.ts';
import { expectWithinDiscordLimits } from './limits.ts';

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  engine = await engineForTests();
  const logger = createLogger({ secrets: [FAKE_TOKEN], write: () => undefined });
  bot = await startBot({ config: parsed.config, engines: new EngineHolder(engine), logger, commands: commands(), exit: () => undefined });
});

afterAll(async () => {
  await bot?.client.destroy();
  await fake?.close();
});

/** Dispatches an interaction and returns the body of its @original edit. */
async function edited(interaction: { id: string; token: string }): Promise<any> {
  fake.dispatch(interaction as Record<string, unknown>);
  // Generous: the machine is shared; the wait ends as soon as the edit arrives.
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 30_000);
  expectWithinDiscordLimits(edit.body);
  return edit.body;
}

const text = (body: unknown) => JSON.stringify(body);

describe('message command: 기사와 대조', () => {
  it('gives one agreeing, one differing and one unknown claim, each agreeing/differing one cited', async () => {
    const body = await edited(
      messageCommand('Check against the articles', '<@333> K-바이오 랩허브 예산은 2700억이고, 투자유치 상담회엔 스타트업 20개사 참여했고 화성 기지 예산은 500억이래'),
    );
    const fields = body.embeds[0].fields as { name: string; value: string }[];
    expect(fields).toHaveLength(3);
    const [agrees, differs, unknown] = fields;
    expect(agrees?.name).toMatch(/일치.*2700억/);
    expect(agrees?.value).toContain('2,700억');
    expect(differs?.name).toMatch(/다름.*20개사/);
    expect(differs?.value).toMatch(/기사: 15개 사/);
    expect(unknown?.name).toMatch(/기사에 없음.*500억/);
    const titles = (await engine.articles()).map((article) => article.title);
    for (const field of [agrees, differs]) expect(titles.some((title) => field?.value.includes(title.slice(0, 20)))).toBe(true);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(text(body)).not.toContain('<@333>');
  });

  it('a money claim "3천억" differs from "약 2,700억 원"; a wrong title differs; English labels', async () => {
    const body = await edited(messageCommand('Check against the articles', '랩허브에 3천억 들어간대. 조주현 장관이 발표', 'en-US'));
    const fields = body.embeds[0].fields as { name: string; value: string }[];
    expect(fields[0]?.name).toMatch(/Differs.*3천억/);
    expect(fields[0]?.value).toContain('Articles: 약 2,700억 원');
    expect(fields[1]?.name).toMatch(/Differs.*조주현/);
    expect(fields[1]?.value).toContain('차관');
  });

  it('says plainly when the message has no checkable claim', async () => {
    const body = await edited(messageCommand('Check against the articles', '@everyone 오늘 점심 뭐 먹지?'));
    expect(body.content).toContain('대조할 만한 주장');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('message command on a message without text', () => {
  it('says there is nothing to check, only to the presser', async () => {
    const interaction = messageCommand('Check against the articles', '');
    fake.dispatch(interaction);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 30_000);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.content).toContain('대조할 글이 없습니다');
  });
});

describe('/brief', () => {
  it('autocompletes article titles, the value being the article id', async () => {
    const interaction = autocomplete('brief', [{ name: 'article', type: 3, value: '랩허브', focused: true }]);
    fake.dispatch(interaction);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction));
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    const ids = (await engine.articles()).map((article) => article.id);
    for (const choice of choices) expect(ids).toContain(choice.value);
  });

  it('each seed article: its headline, outlet and date as the corpus reads them, and its headline figure', async () => {
    for (const article of await engine.articles()) {
      const body = await edited(chatInput('brief', [{ name: 'article', type: 3, value: article.id }]));
      const embed = body.embeds[0];
      expect(embed.title).toBe(article.title.slice(0, 256));
      expect(embed.description).toContain(article.outlet ?? '언론사 미상');
      expect(embed.description).toContain(article.date ?? '날짜 미상');
      // The first figure of the lead paragraph is the first key fact.
      const brief = await engine.brief({ articleId: article.id });
      const headline = brief?.facts[0]?.fact.text;
      expect(headline).toBeTruthy();
      expect(embed.description).toContain(headline);
    }
  });

  it('a topic brief lists a figure several articles state once, with all their numbers', async () => {
    const body = await edited(chatInput('brief', [{ name: 'topic', type: 3, value: '랩허브' }]));
    const description: string = body.embeds[0].description;
    const lines = description.split('\n').filter((line) => line.startsWith('• **약 2,700억 원**'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[\d\]\[\d\]/);
  });

  it('pages a long brief with buttons that work after a restart', async () => {
    const body = await edited(chatInput('brief', [{ name: 'topic', type: 3, value: '한미' }]));
    const next = body.components?.[0]?.components?.[1];
    if (!next) return; // one page: nothing to page
    expect(next.custom_id.length).toBeLessThanOrEqual(100);
    await bot.client.destroy();
    bot = await startBot({
      config: parseConfigOrThrow(),
      engines: new EngineHolder(engine),
      logger: createLogger({ secrets: [FAKE_TOKEN], write: () => undefined }),
      commands: commands(),
      exit: () => undefined,
    });
    const click = buttonClick(next.custom_id, { embeds: body.embeds, components: body.components });
    fake.dispatch(click);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(click));
    expect(callback.body.type).toBe(7);
    expectWithinDiscordLimits(callback.body.data);
    expect(callback.body.data.embeds[0].footer.text).toMatch(/2\/\d+쪽/);
  });
});

function parseConfigOrThrow() {
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('/timeline', () => {
  it('the state visit: the seeds\' dated events in order, each cited, plans marked', async () => {
    const body = await edited(chatInput('timeline', [{ name: 'topic', type: 3, value: '국빈 방문' }]));
    const description: string = body.embeds[0].description;
    const at = (needle: string) => description.indexOf(needle);
    for (const needle of ['현지시간 25일', '4.26(수)', '4월 28일', '5월 3일 기준', '2025년까지', '27일']) expect(at(needle)).toBeGreaterThan(-1);
    expect(at('현지시간 25일')).toBeLessThan(at('4.26(수)'));
    expect(at('4.26(수)')).toBeLessThan(at('27일'));
    expect(at('27일')).toBeLessThan(at('4월 28일'));
    expect(at('27일')).toBeLessThan(at('5월 3일 기준'));
    expect(at('5월 3일 기준')).toBeLessThan(at('2025년까지'));
    expect(description).toMatch(/27일 오후 4시\*\* \(연·월 미상\)/);
    expect(description).toMatch(/2025년까지\)? · 🗓 계획/);
    for (const line of description.split('\n').filter((l) => l.startsWith('•'))) expect(line).toMatch(/\[\d+\]$/);
  });

  it('says so when nothing dated is about the topic', async () => {
    const body = await edited(chatInput('timeline', [{ name: 'topic', type: 3, value: '화성 이주 계획' }], 'en-US'));
    expect(body.content).toContain('No dated events');
  });
});
