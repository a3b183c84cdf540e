/**
 * Follow-up threads and feedback through the real discord.js client against the local fake Discord:
 * the "follow up" button opens a thread, a topicless question there takes the previous topic (also
 * after a restart: the context is read back from the thread), and 👍/👎 land in DATA_DIR/feedback.jsonl,
 * one vote per user per answer.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  buttonClick,
  callbackPath,
  CHANNEL_ID,
  chatInput,
  FAKE_TOKEN,
  type FakeDiscord,
  inChannel,
  originalPath,
  startFakeDiscord,
  USER_ID,
} from './fake-discord.ts';
import { expectWithinDiscordLimits } from './limits.ts';

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;
let dataDir: string;

async function start(): Promise<Bot> {
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dataDir });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger({ secrets: [FAKE_TOKEN], write: () => undefined });
  return startBot({ config: parsed.config, engines: new EngineHolder(engine), logger, commands: commands(), exit: () => undefined });
}

async function restart(): Promise<void> {
  await bot.client.destroy();
  bot = await start();
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsbot-data-'));
  fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
  engine = await engineForTests();
  bot = await start();
});

afterAll(async () => {
  await bot?.client.destroy();
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const channel = () => {
  const found = fake.channels.get(CHANNEL_ID);
  if (!found) throw new Error('no channel');
  return found;
};

/** Asks in a channel or thread; returns the @original edit's body. */
async function ask(question: string, channelId = CHANNEL_ID): Promise<any> {
  const where = fake.channels.get(channelId);
  if (!where) throw new Error(`no channel ${channelId}`);
  const interaction = inChannel(chatInput('ask', [{ name: 'question', type: 3, value: question }]), where);
  fake.dispatch(interaction);
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 30_000);
  expectWithinDiscordLimits(edit.body);
  return edit.body;
}

/** Presses a button on an answer message (`id` its message id) as `userId`; returns callback and edit. */
async function press(customId: string, answer: any, messageId: string, userId = USER_ID) {
  const click = inChannel(buttonClick(customId, { ...answer, id: messageId } as never), channel(), userId);
  fake.dispatch(click);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(click), 30_000);
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(click), 30_000);
  expectWithinDiscordLimits(edit.body);
  return { callback, edit };
}

const buttonsOf = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id));

describe('follow-up threads', () => {
  let threadId = '';

  it('an answer offers 👍, 👎 and "follow up"; the button opens a thread named for the topic', async () => {
    const answer = await ask('K-바이오 랩허브 예산');
    expect(buttonsOf(answer)).toEqual(expect.arrayContaining(['ask:fb:up', 'ask:fb:down', 'ask:thread']));
    const messageId = '777000000000000001';
    const { callback, edit } = await press('ask:thread', answer, messageId);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const opened = fake.requests.find((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages/${messageId}/threads`);
    expect(opened?.body.name).toBe('↪ K-바이오 랩허브');
    threadId = messageId;
    expect(edit.body.content).toContain(`<#${threadId}>`);
    const intro = fake.messages.get(threadId)?.[0];
    expect(intro?.content).toContain('↪ 주제: K-바이오 랩허브');
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages')).every((r) => JSON.stringify(r.body.allowed_mentions) === '{"parse":[]}')).toBe(true);
  });

  it('after a restart, a question naming no topic takes the thread\'s topic, and says so', async () => {
    await restart();
    const body = await ask('그럼 완공은 언제?', threadId);
    expect(body.content).toBe('↪ 주제: K-바이오 랩허브 (앞 질문에서 이어짐)');
    expect(body.embeds[0].title).toContain('2025년');
    // No "follow up" button inside the thread.
    expect(buttonsOf(body)).not.toContain('ask:thread');
  });

  it('the next topicless question still inherits it (read from the thread\'s latest answer)', async () => {
    const body = await ask('부지 면적은?', threadId);
    expect(body.content).toContain('K-바이오 랩허브');
    expect(body.embeds[0].title).toContain('4만㎡');
  });

  it('a question naming its own topic is answered on its own', async () => {
    const body = await ask('대웅제약 기술수출 계약 규모는?', threadId);
    expect(body.content).not.toContain('이어짐');
    expect(body.embeds[0].title).toContain('6353억');
  });

  it('pressing "follow up" again points to the thread already open', async () => {
    const answer = await ask('K-바이오 랩허브 예산');
    const { edit } = await press('ask:thread', answer, threadId);
    expect(edit.body.content).toContain(`<#${threadId}>`);
  });
});

describe('feedback', () => {
  it('each press lands in DATA_DIR/feedback.jsonl, one vote per user per answer, acknowledged ephemerally', async () => {
    const answer = await ask('K-바이오 랩허브 예산');
    const messageId = '777000000000000099';
    const first = await press('ask:fb:down', answer, messageId, '333333333333333301');
    expect(first.callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(first.edit.body.content).toContain('틀린 답으로 기록');
    const again = await press('ask:fb:up', answer, messageId, '333333333333333301');
    expect(again.edit.body.content).toContain('이미 평가');
    await press('ask:fb:up', answer, messageId, '333333333333333302');
    await restart();
    const afterRestart = await press('ask:fb:down', answer, messageId, '333333333333333302');
    expect(afterRestart.edit.body.content).toContain('이미 평가');

    const lines = (await readFile(join(dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => line.vote)).toEqual(['down', 'up']);
    const [record] = lines;
    expect(record.question).toBe('K-바이오 랩허브 예산');
    expect(record.answer).toContain('2,700억');
    expect(record.articleIds).toContain('000_85b1e9931b288c99');
    expect(record.guildId).toBe(channel().guild_id);
    expect(record.answerId).toBe(messageId);
    expect(record.user).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(lines)).not.toContain('333333333333333301');
    expect(new Date(record.time).getTime()).not.toBeNaN();
  });
});
