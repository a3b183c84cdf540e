/**
 * Hostile input through every command (fast-check, the suite's fixed seed, bounded runs): random and
 * adversarial text up to 100k characters from every Unicode plane (lone surrogates included),
 * repeated particles, regex metacharacters, markdown.
 *
 * What keeps the event loop free is checked without wall-clock thresholds (the suite runs on a busy
 * 2-core machine): the main thread's share of each command (bounding the input, rendering the reply)
 * is measured in CPU time and must stay under 100 ms; the engine's share runs on its worker thread,
 * whose calls must all answer or refuse, while the main thread keeps turning. `scripts/bench-hostile.ts`
 * measures the event-loop delay itself against the local fake Discord.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandModules } from '../../commands/index.ts';
import { callEngine, EngineHolder, EngineThread, forwardEngine, INPUT_LIMITS, loadEngine, type Engine } from '../../src/answer/index.ts';
import { loadCorpus } from '../../src/corpus/index.ts';
import { visibleText } from '../../src/corpus/normalize.ts';
import { createLogger } from '../../src/discord/logger.ts';
import type { CommandContext } from '../../src/discord/types.ts';
import type { LiveEditor } from '../../src/live/editor.ts';
import { moreSourcesId } from '../../src/render/index.ts';
import { SEEDS } from './engine.ts';

/** The most CPU a command may spend on the main thread for one input. */
const MAIN_THREAD_BUDGET_MS = 100;

const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  // Any UTF-16 unit, so lone surrogates too.
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((units) => String.fromCharCode(...units)),
  fc
    .tuple(fc.constantFrom('은', '는', '의', '에서', '으로는', '랩허브의', 'ㄹ', '이가을를'), fc.integer({ min: 1, max: 50_000 }))
    .map(([particle, times]) => particle.repeat(times)),
  fc.array(fc.constantFrom('.*', '(', ')', '[', ']', '+?', '\\', '^$', '{1000}', '|', '(?:a+)+', '\\p{L}'), { maxLength: 400 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.integer({ min: 1_000, max: 100_000 }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  fc.array(fc.constantFrom('[공지](http://x.example)', '||', '```', '**', '# ', '> ', '@everyone', '<@123>', '\u200B', '\u202E', ' '), { maxLength: 200 }).map((parts) => parts.join('')),
);

const logger = createLogger({ write: () => undefined });

/** A stand-in for a discord.js interaction: options as given, replies recorded. */
function fakeInteraction(values: Record<string, string | boolean>, customId = '') {
  const sent: unknown[] = [];
  const interaction = {
    locale: 'ko',
    customId,
    message: { embeds: [{ author: { name: `질문: ${String(values.question ?? '')}` } }] },
    guildId: '555555555555555501',
    inGuild: () => true,
    memberPermissions: { has: () => true },
    targetMessage: { content: String(values.message ?? ''), embeds: [] },
    options: {
      getAttachment: () => null,
      getString(name: string, required?: boolean) {
        const value = values[name];
        if (typeof value !== 'string') {
          if (required) throw new Error(`option ${name} missing`);
          return null;
        }
        return value;
      },
      getBoolean: (name: string) => (typeof values[name] === 'boolean' ? values[name] : null),
      getFocused: () => String(values.focused ?? values.speaker ?? ''),
    },
    deferReply: async () => undefined,
    reply: async (payload: unknown) => void sent.push(payload),
    update: async (payload: unknown) => void sent.push(payload),
    editReply: async (payload: unknown) => void sent.push(payload),
    respond: async (choices: unknown) => void sent.push(choices),
  };
  return { interaction: interaction as never, sent };
}

/** Every command handler the bot has, run on one input. */
function handlers(input: string): [string, (context: CommandContext) => Promise<unknown[]>][] {
  const byName = new Map(commandModules.map((command) => [command.data.name, command]));
  const run = (name: string, kind: 'execute' | 'executeMessage' | 'autocomplete' | 'button', values: Record<string, string | boolean>, customId = '') =>
    async (context: CommandContext) => {
      const { interaction, sent } = fakeInteraction(values, customId);
      const handler = (byName.get(name) as Record<string, unknown> | undefined)?.[kind] as ((i: never, c: CommandContext) => Promise<void>) | undefined;
      if (!handler) throw new Error(`no ${kind} for ${name}`);
      await handler(interaction, context);
      return sent;
    };
  return [
    ['/ask', run('ask', 'execute', { question: input })],
    ['/ask button', run('ask', 'button', { question: input }, moreSourcesId(input, 1))],
    ['/ask raw custom_id', run('ask', 'button', {}, `ask:more:1:abc:${input}`)],
    ['/quote', run('quote', 'execute', { speaker: input, keyword: input })],
    ['/quote autocomplete', run('quote', 'autocomplete', { speaker: input })],
    ['/facts', run('facts', 'execute', { topic: input, type: 'money' })],
    ['/sources', run('sources', 'execute', {})],
    ['/brief topic', run('brief', 'execute', { topic: input })],
    ['/brief article', run('brief', 'execute', { article: input })],
    ['/brief autocomplete', run('brief', 'autocomplete', { focused: input })],
    ['/brief raw custom_id', run('brief', 'button', {}, `brief:t:1:abc:${input}`)],
    ['/timeline', run('timeline', 'execute', { topic: input })],
    ['/timeline raw custom_id', run('timeline', 'button', {}, `timeline:t:1:abc:${input}`)],
    ['check message', run('Check against the articles', 'executeMessage', { message: input })],
    ['/add url', run('add', 'execute', { url: input })],
    ['/remove', run('remove', 'execute', { article: input })],
    ['/remove autocomplete', run('remove', 'autocomplete', { focused: input })],
  ];
}

/** Every method of `engine`, bound, as a plain object. */
function bound(engine: Engine): Engine {
  return forwardEngine((method, args) => callEngine(engine, method, args));
}

/** The real engine's answers, computed once, returned at once: the handlers' own work is all that is left. */
async function instantEngine(): Promise<Engine> {
  const { engine } = await loadEngine(SEEDS);
  const answer = await engine.answer('K-바이오 랩허브 예산', { top: 40 });
  const speakers = await engine.speakers('');
  const quotes = await engine.quotesBySpeaker(speakers[0] ?? '');
  const facts = await engine.factsByTopic('랩허브');
  const articles = await engine.articles();
  const topicBrief = await engine.brief({ topic: '랩허브' });
  const articleBrief = await engine.brief({ articleId: articles[0]?.id ?? '' });
  const timeline = await engine.timeline('랩허브');
  const check = await engine.checkMessage('K-바이오 랩허브 예산은 2,700억 원이다.');
  const fixed: Partial<Engine> = {
    brief: async (request) => ('topic' in request ? topicBrief : articleBrief),
    timeline: async () => timeline,
    checkMessage: async () => check,
    findArticles: async () => articles,
    topicOf: async () => '랩허브',
    answer: async (question) => ({ ...answer, query: question }),
    quotesBySpeaker: async () => quotes,
    speakers: async () => speakers,
    factsByTopic: async () => facts,
    articles: async () => articles,
  };
  return { ...bound(engine), ...fixed };
}

/** What `/remove`'s autocomplete lists: many added articles with long titles. */
const articlesAdded = Array.from({ length: 2000 }, (_, i) => ({ id: `add-${i}`, title: `기사 ${'제목 '.repeat(100)}${i}`, outlet: null, date: null }));

let thread: EngineThread;
let worker: Engine;
let instant: Engine;
beforeAll(async () => {
  thread = EngineThread.start();
  [{ engine: worker }, instant] = await Promise.all([thread.load(SEEDS), instantEngine()]);
}, 60_000);
afterAll(async () => {
  await thread?.close();
});

describe('every command on hostile input', () => {
  it(`spends under ${MAIN_THREAD_BUDGET_MS} ms of main-thread CPU per input, and always replies`, async () => {
    // `/add` and `/remove` answered at once as well (the live corpus's work is the engine thread's).
    const editor: LiveEditor = {
      addFrom: async () => ({ ok: false, problem: 'unreachable', detail: 'not reached' }),
      remove: async () => null,
      addedIn: async () => articlesAdded,
    };
    const context: CommandContext = { engines: new EngineHolder(instant), logger, live: { corpus: editor, editorRoleIds: [], allowPrivateUrls: false } };
    let worst = { ms: 0, where: '' };
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        for (const [name, handler] of handlers(input)) {
          const before = process.cpuUsage();
          const sent = await handler(context).catch((error: Error) => [error]);
          const spent = process.cpuUsage(before);
          const ms = (spent.user + spent.system) / 1000;
          if (ms > worst.ms) worst = { ms, where: `${name} on ${input.length} chars` };
          expect(ms, `${name} on ${input.length} chars`).toBeLessThan(MAIN_THREAD_BUDGET_MS);
          // A malformed custom_id is an error the dispatcher answers with the apology; all else replies.
          if (!name.includes('raw custom_id')) expect(sent.length, name).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
    expect(worst.ms).toBeLessThan(MAIN_THREAD_BUDGET_MS);
  }, 120_000);

  it('the engine thread answers or refuses every input, each cut to its limit first', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const answer = await worker.answer(input);
        const visible = visibleText(input).replace(/\s+/gu, ' ').trim();
        if (visible.length > INPUT_LIMITS.question) expect(answer.problem?.kind).toBe('too-long');
        expect(answer.query.length).toBeLessThanOrEqual(INPUT_LIMITS.question);
        await expect(worker.quotesBySpeaker(input, input)).resolves.toBeInstanceOf(Array);
        expect((await worker.speakers(input)).length).toBeLessThanOrEqual(25);
        await expect(worker.factsByTopic(input)).resolves.toBeInstanceOf(Array);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('an engine built on the thread from articles answers as the in-process one does', async () => {
    const { articles } = await loadCorpus(SEEDS);
    const { engine: built, unsaved } = await thread.build(articles);
    expect(unsaved).toBeNull();
    const local = await loadEngine(SEEDS);
    for (const question of ['K-바이오 랩허브 예산', '랩허브 완공 시기', '화성 이주 계획']) {
      expect(await built.answer(question)).toEqual(await local.engine.answer(question));
    }
    expect(await built.speakers('')).toEqual(await local.engine.speakers(''));
  }, 60_000);

  it('while the engine thread works on the heaviest question there is, the main thread keeps turning', async () => {
    // A 500-character question of distinct corpus words: the slowest kind (up to ~1.4 s of CPU).
    const words = [...new Set((await loadCorpus(SEEDS)).articles.flatMap((a) => a.sentences.flatMap((s) => s.text.split(' '))))];
    let question = '';
    for (let i = 0; question.length + (words[i]?.length ?? 0) < INPUT_LIMITS.question && i < words.length; i += 7) question += `${words[i]} `;
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const finished: string[] = [];
    const heavy = worker.answer(question).then(() => finished.push('engine'));
    await new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => finished.push('timer'));
    await heavy;
    clearInterval(ticker);
    expect(finished[0]).toBe('timer');
    expect(turns).toBeGreaterThan(0);
  }, 60_000);
});
