/**
 * Malformed and unknown interactions through the real discord.js client and the local fake Discord:
 * each gets the ephemeral apology (or no choices, for autocomplete), or is ignored with a log line
 * when there is nothing to answer; none becomes an unhandled rejection; the bot keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { EngineHolder } from '../../src/answer/index.ts';
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
  originalPath,
  snowflake,
  startFakeDiscord,
} from './fake-discord.ts';

let fake: FakeDiscord;
let bot: Bot;
const logLines: string[] = [];
const problems: unknown[] = [];
const onProblem = (reason: unknown) => problems.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onProblem);
  process.on('uncaughtException', onProblem);
  fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
  const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  bot = await startBot({
    config: parsed.config,
    engines: new EngineHolder(await engineForTests()),
    logger: createLogger({ secrets: [FAKE_TOKEN], write: (_, line) => logLines.push(line) }),
    commands: commands(),
    exit: () => undefined,
  });
});

afterAll(async () => {
  await bot?.client.destroy();
  await fake?.close();
  process.off('unhandledRejection', onProblem);
  process.off('uncaughtException', onProblem);
});

type Payload = Record<string, unknown> & { id: string; token: string };

/** A shape of a real interaction with `change` applied (a key set to undefined is removed). */
function malformed(base: Payload, change: Record<string, unknown>): Payload {
  const copy: Record<string, unknown> = { ...base, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete copy[key];
  return copy as Payload;
}

const ask = () => chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]);
const shownMessage = { embeds: [{ title: 'x' }], components: [] };

/** Each malformed or unknown shape, and the callback it must get. */
const SHAPES: [string, () => Payload, 'apology' | 'no-choices' | 'ephemeral'][] = [
  ['a command with neither user nor member', () => malformed(ask(), { user: undefined, member: undefined }), 'apology'],
  ['a command without data', () => malformed(ask(), { data: undefined }), 'apology'],
  ['a command without its required option', () => chatInput('ask', []), 'apology'],
  ['a command the bot does not know', () => chatInput('nope'), 'apology'],
  ['a button without a message', () => malformed(buttonClick('ask:more:1:abc:질문', shownMessage), { message: undefined }), 'apology'],
  ['a button without data', () => malformed(buttonClick('ask:more:1:abc:질문', shownMessage), { data: undefined }), 'apology'],
  ['a button no command owns', () => buttonClick('stranger:thing', shownMessage), 'apology'],
  // Cut to Discord's 100 characters, it reads as a sources page of a cut question: answered privately.
  ['a button with a 100k custom_id', () => buttonClick(`ask:more:1:abc:${'가'.repeat(100_000)}`, shownMessage), 'ephemeral'],
  [
    'a message context-menu command the bot does not know',
    () => {
      const target = snowflake();
      const message = { ...buttonClick('x', shownMessage).message, id: target };
      return malformed(ask(), {
        data: { id: snowflake(), name: 'Check this', type: 3, target_id: target, resolved: { messages: { [target]: message } } },
      });
    },
    'apology',
  ],
  [
    'a user context-menu command the bot does not know',
    () => {
      const target = snowflake();
      const user = { id: target, username: 'someone', discriminator: '0', global_name: null, avatar: null };
      return malformed(ask(), { data: { id: snowflake(), name: 'Profile', type: 2, target_id: target, resolved: { users: { [target]: user } } } });
    },
    'apology',
  ],
  [
    'a select menu no command owns',
    () => malformed(buttonClick('menu:pick', shownMessage), { data: { component_type: 3, custom_id: 'menu:pick', values: ['a'] } }),
    'apology',
  ],
  ['a modal submit', () => malformed(ask(), { type: 5, data: { custom_id: 'modal:x', components: [] } }), 'apology'],
  ['autocomplete for a command the bot does not know', () => autocomplete('nope', [{ name: 'q', type: 3, value: 'x', focused: true }]), 'no-choices'],
  ['autocomplete without data', () => malformed(autocomplete('quote', []), { data: undefined }), 'no-choices'],
];

describe('malformed and unknown interactions', () => {
  it.each(SHAPES)('%s gets an answer', async (_, make, expected) => {
    const interaction = make();
    fake.dispatch(interaction);
    const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 10_000);
    if (expected === 'no-choices') {
      expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    } else if (expected === 'ephemeral') {
      expect([4, 5]).toContain(callback.body.type);
      expect(callback.body.data.flags).toBe(64);
    } else {
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.flags).toBe(64);
      expect(callback.body.data.content).toContain('죄송합니다');
      expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('an interaction of an unknown type, or without id and token, is ignored with a log line', async () => {
    fake.dispatch(malformed(ask(), { type: 99 }));
    fake.dispatch({ type: 2 } as unknown as Payload);
    fake.dispatch(malformed(ask(), { id: 'not-a-snowflake', user: undefined }));
    // The bot still answers what follows, in order.
    const after = ask();
    fake.dispatch(after);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(after), 10_000);
    expect(JSON.stringify(edit.body)).toContain('2,700억');
    expect(logLines.some((line) => line.includes('ignored interaction of unknown type 99'))).toBe(true);
  });

  it('no unhandled rejection or exception, and the token never logged', () => {
    expect(problems).toEqual([]);
    expect(logLines.join('\n')).not.toContain(FAKE_TOKEN);
  });
});
