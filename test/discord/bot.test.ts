/**
 * The real discord.js client against the local fake Discord: what the bot sends for each command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createEngine, EngineHolder } from '../../src/answer/index.ts';
import { buildArticle } from '../../src/corpus/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import { parseConfig, type Config } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import type { CommandModule } from '../../src/discord/types.ts';
import { engineForTests } from './engine.ts';
import {
  APP_ID,
  autocomplete,
  buttonClick,
  callbackPath,
  chatInput,
  FAKE_TOKEN,
  type FakeDiscord,
  originalPath,
  type RecordedRequest,
  startFakeDiscord,
} from './fake-discord.ts';
import { expectWithinDiscordLimits } from './limits.ts';

/** A command that always fails, to exercise the error path. */
const boom: CommandModule = {
  data: { name: 'boom', description: 'fails' },
  async execute() {
    throw new Error('kaboom');
  },
};

/**
 * The real engine with two test hooks: a question containing 💥 makes it throw (after the reply was
 * deferred); one containing 📜 gets the real answer blown up to absurd lengths (long titles, sentences,
 * many facts and citations) to check the limits hold on the wire.
 */
function withTestHooks(engine: Engine): Engine {
  return {
    answer: async (question, options) => {
      if (question.includes('💥')) throw new Error('engine exploded');
      const answer = await engine.answer(question.replace('📜', ''), options);
      if (!question.includes('📜')) return answer;
      const long = (text: string) => `${text} `.repeat(200);
      return {
        ...answer,
        query: long(question),
        answer: long(answer.answer ?? ''),
        facts: Array.from({ length: 40 }, () => answer.facts).flat(),
        citations: Array.from({ length: 40 }, () => answer.citations)
          .flat()
          .map((c) => ({ ...c, title: long(c.title), outlet: long(c.outlet ?? ''), text: long(c.text) })),
      };
    },
    quotesBySpeaker: (speaker, keyword) => engine.quotesBySpeaker(speaker, keyword),
    speakers: (prefix) => engine.speakers(prefix),
    factsByTopic: (topic, type) => engine.factsByTopic(topic, type),
    articles: () => engine.articles(),
    checkMessage: (message) => engine.checkMessage(message),
    findArticles: (query) => engine.findArticles(query),
    brief: (request) => engine.brief(request),
    timeline: (topic) => engine.timeline(topic),
    topicOf: (question) => engine.topicOf(question),
    followUp: (question, previousTopic, options) => engine.followUp(question, previousTopic, options),
  };
}

let fake: FakeDiscord;
let bot: Bot;
let config: Config;
let engine: Engine;
let engines: EngineHolder;
const logLines: string[] = [];
const logger = createLogger({ secrets: [FAKE_TOKEN], write: (_, line) => logLines.push(line) });

async function start(): Promise<Bot> {
  return startBot({
    config,
    engines,
    logger,
    commands: new Map([...commands(), ['boom', boom]]),
    exit: () => undefined,
  });
}

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  config = parsed.config;
  engine = withTestHooks(await engineForTests());
  engines = new EngineHolder(engine);
  bot = await start();
});

afterAll(async () => {
  await bot?.client.destroy();
  await fake?.close();
});

/** Dispatches an interaction and returns its callback and (when `edited`) its @original edit. */
async function run(interaction: ReturnType<typeof chatInput>, edited = true) {
  const sentAt = fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction));
  const edit: RecordedRequest | null = edited
    ? await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction))
    : null;
  return { sentAt, callback, edit };
}

const text = (body: unknown) => JSON.stringify(body);

describe('gateway', () => {
  it('identified over the fake gateway and gets its heartbeats acknowledged', async () => {
    expect(fake.gatewayOps).toContain(2);
    // Bounded wait (the first heartbeat comes after a random fraction of the interval).
    for (let i = 0; i < 300 && bot.client.ws.ping < 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.gatewayOps).toContain(1);
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('a dropped connection is resumed and the interaction sent meanwhile is still answered', async () => {
    fake.dropConnections();
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
    expect(JSON.stringify(edit?.body.embeds[0])).toContain('2,700억');
    expect(fake.gatewayOps).toContain(6);
  });
});

/** A question the seeds speak of without a span the engine is sure of (its answer is a sentence). */
const SENTENCE_QUESTION = 'ㄷㅇㅈㅇ 기술수출';

describe('/ask', () => {
  it('defers, then edits in the answer with its cited sentence, article and no mentions', async () => {
    const { callback, edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
    expect(callback.body.type).toBe(5);
    expect(callback.body.data?.flags ?? 0).toBe(0);
    const embed = edit?.body.embeds[0];
    expect(embed.title.length).toBeGreaterThan(0);
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
    expect(embed.fields.length).toBeLessThanOrEqual(3);
    expect(embed.fields[0].value).toContain('2,700억');
    const titles = (await engine.articles()).map((article) => article.title);
    expect(titles.map((title) => `[1] ${title}`)).toContain(embed.fields[0].name);
    // Only what the page says: this one names its date, not its outlet.
    expect(embed.fields[0].value).toMatch(/\n— (.+ · )?\d{4}-\d{2}-\d{2}$/u);
    expectWithinDiscordLimits(edit?.body);
  });

  it('shows the answer bold inside its cited sentence, the sentence cited first', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: '투자유치 상담회에 참여한 VC는 몇 곳?' }]));
    const embed = edit?.body.embeds[0];
    expect(embed.title).toBe('38개');
    expect(embed.fields[0].value).toMatch(/^> .*\*\*38개\*\* VC/u);
  });

  it('answers a chatty who-question with the titled name, bold in its sentence (the slot reader)', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: '보건산업진흥원 원장 누구야?' }]));
    const embed = edit?.body.embeds[0];
    expect(embed.title).toContain('차순도');
    expect(embed.fields[0].value).toMatch(/^> .*\*\*[^*]*차순도[^*]*\*\*/u);
  });

  it('names a press release\'s issuer as its source, where an outlet would be', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: '유엘 솔루션즈 업무협약 언제 맺었어?' }]));
    const field = edit?.body.embeds[0].fields[0];
    expect(field.name).toContain('중소벤처기업부, 미국 순방');
    expect(field.value).toMatch(/\n— 중소벤처기업부 보도자료 · 2023-05-04$/u);
  });

  it('cites a byline answer with the byline it was read from', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'ㄱㅇㅎ 기자 어디 소속이었지?' }]));
    const embed = edit?.body.embeds[0];
    expect(embed.title).toBe('김용훈 (헤럴드경제)');
    expect(embed.fields[0].value).toMatch(/^> \\?\[헤럴드경제=김용훈 기자\\?\]/u);
  });

  it('offers a sentence it is not sure of as "가장 관련 있는 문장", never as the answer', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: SENTENCE_QUESTION }]));
    const embed = edit?.body.embeds[0];
    expect(embed.title).toBe('가장 관련 있는 문장');
    expect(embed.fields[0].value).not.toContain('**');
    const en = await run(chatInput('ask', [{ name: 'question', type: 3, value: SENTENCE_QUESTION }], 'en-US'));
    expect(en.edit?.body.embeds[0].title).toBe('Closest sentence');
  });

  it('hide:true makes the reply ephemeral (flag 64)', async () => {
    const { callback } = await run(
      chatInput('ask', [
        { name: 'question', type: 3, value: 'K-바이오 랩허브 예산' },
        { name: 'hide', type: 5, value: true },
      ]),
    );
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('shows a question with @everyone, <@123> and <@&456> but pings nobody', async () => {
    const question = '@everyone <@123> <@&456> 랩허브 예산';
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: question }]));
    expect(edit?.body.allowed_mentions).toEqual({ parse: [] });
    expect(text(edit?.body)).toContain('@everyone <@123> <@&456>');
  });

  it('keeps Discord limits for a huge question', async () => {
    const question = `랩허브 ${'아주 긴 질문입니다. '.repeat(800)}`;
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: question }]));
    expectWithinDiscordLimits(edit?.body);
  });

  it('keeps Discord limits when every text of the answer is huge, cutting with an ellipsis', async () => {
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: '📜 투자유치 상담회에 참여한 VC는 몇 곳?' }]));
    expectWithinDiscordLimits(edit?.body);
    const embed = edit?.body.embeds[0];
    expect(embed.title.endsWith('…')).toBe(true);
    expect(embed.fields).toHaveLength(3);
    expect(embed.fields[0].value).toContain('…');
    expect(embed.author.name.length).toBeLessThanOrEqual(256);
    expect(edit?.body.components[0].components[0].custom_id.length).toBeLessThanOrEqual(100);
  });

  it('says "not in the articles" in Korean, and in English for other locales', async () => {
    const ko = await run(chatInput('ask', [{ name: 'question', type: 3, value: '화성 이주 계획의 예산은 얼마인가' }]));
    expect(text(ko.edit?.body)).toContain('기사에서 찾지 못했습니다');
    const en = await run(chatInput('ask', [{ name: 'question', type: 3, value: '화성 이주 계획의 예산은 얼마인가' }], 'en-US'));
    expect(text(en.edit?.body)).toContain('Not in the articles');
  });

  it('"more sources" button: the click brings the next page, also after a restart', async () => {
    const asked = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
    const button = asked.edit?.body.components?.[0]?.components?.[0];
    expect(button?.label).toBe('출처 더 보기');
    expect(button.custom_id.length).toBeLessThanOrEqual(100);

    // Restart the bot: the button's state must live in its custom_id, not in memory.
    await bot.client.destroy();
    bot = await start();

    const click = buttonClick(button.custom_id, { embeds: asked.edit?.body.embeds, components: asked.edit?.body.components });
    fake.dispatch(click);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(click));
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const page = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(click));
    expect(page.body.embeds[0].fields[0].name).toMatch(/^\[4\] /);
    expectWithinDiscordLimits(page.body);
  });
});

describe('/quote', () => {
  it('autocompletes speakers: type 8, at most 25 choices of at most 100 characters', async () => {
    const interaction = autocomplete('quote', [{ name: 'speaker', type: 3, value: '', focused: true }]);
    fake.dispatch(interaction);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("replies with the speaker's quotes and their article", async () => {
    const speaker = (await engine.speakers(''))[0] ?? '';
    const { edit } = await run(chatInput('quote', [{ name: 'speaker', type: 3, value: speaker }]));
    expect(edit?.body.embeds[0].title).toContain(speaker);
    expect(edit?.body.embeds[0].fields.length).toBeGreaterThan(0);
    expectWithinDiscordLimits(edit?.body);
  });
});

describe('/facts and /sources', () => {
  it('/facts replies compactly within limits', async () => {
    const { edit } = await run(chatInput('facts', [{ name: 'topic', type: 3, value: '랩허브' }, { name: 'type', type: 3, value: 'money' }]));
    expectWithinDiscordLimits(edit?.body);
  });

  it('/sources lists the articles with their sentence counts', async () => {
    const interaction = chatInput('sources');
    fake.dispatch(interaction);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.embeds[0].description).toMatch(/\d+문장/);
    expectWithinDiscordLimits(callback.body.data);
  });
});

describe('engine holder', () => {
  it('an engine replaced while the bot runs answers the next interaction; putting the old one back restores it', async () => {
    const other = await createEngine([
      buildArticle(
        { id: 'x', title: '북항 재개발 착공', outlet: '가 신문', author: null, date: '2024-03-02', url: null },
        [['부산시는 북항 재개발 사업에 총 2조 원을 투입한다고 밝혔다.']],
      ),
    ]);
    const previous = engines.replace(other);
    try {
      const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: '북항 재개발 사업비' }]));
      expect(edit?.body.embeds[0].title).toContain('2조');
      const sources = chatInput('sources');
      fake.dispatch(sources);
      const callback = await fake.waitForRequest((r) => r.path === callbackPath(sources));
      expect(text(callback.body)).toContain('북항 재개발 착공');
    } finally {
      engines.replace(previous);
    }
    const { edit } = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
    expect(JSON.stringify(edit?.body.embeds[0])).toContain('2,700억');
  });
});

describe('errors', () => {
  it('a handler that throws gets an ephemeral apology and a log line; the bot keeps answering', async () => {
    const failing = chatInput('boom');
    fake.dispatch(failing);
    const apology = await fake.waitForRequest((r) => r.path === callbackPath(failing));
    expect(apology.body.type).toBe(4);
    expect(apology.body.data.flags).toBe(64);
    expect(apology.body.data.content).toContain('죄송합니다');
    expect(logLines.some((line) => line.includes('handler failed for /boom') && line.includes('kaboom'))).toBe(true);

    const after = await run(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
    expect(JSON.stringify(after.edit?.body.embeds[0])).toContain('2,700억');
  });

  it('an error after deferring removes the deferred reply and follows up with an ephemeral apology', async () => {
    const interaction = chatInput('ask', [{ name: 'question', type: 3, value: '💥 랩허브' }]);
    fake.dispatch(interaction);
    const followUp = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${interaction.token}`,
    );
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === originalPath(interaction))).toBe(true);
  });

  it('never logs the token', () => {
    expect(logLines.join('\n')).not.toContain(FAKE_TOKEN);
  });
});
