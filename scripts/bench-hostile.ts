/**
 * Hostile load against the local fake Discord (`npm run bench:hostile -- [--engine thread|main]
 * [--bursts 4] [--count 2000] [--rate 200]`): the real client, the real engine over a copy of the seeds.
 *   1. 10k- and 100k-character values in every option of every command (question, speaker, keyword,
 *      topic, article, custom_id, autocomplete values, a checked message): the time to each reply
 *      (floor 1 s) and the longest event-loop delay of the main thread (perf_hooks.monitorEventLoopDelay;
 *      floor 100 ms).
 *   2. `--bursts` bursts of `--count` `/ask` at `--rate` per second: all answered, ack p99 (floor
 *      250 ms), the main thread's longest event-loop delay, the process's RSS after each burst (floor:
 *      growth after the first under 50 MB).
 *   3. `npm start` as a child process, SIGTERM (a) in the middle of a burst of 100k-character inputs,
 *      (b) while the engine thread rebuilds after a large file landed in the corpus folder: time to
 *      exit (floor 5 s).
 * `--engine thread` (default) starts the bot as `npm start` does (`startApp`: the live corpus and every
 * engine on the engine thread); `--engine main` answers on the main thread, for comparison.
 * Wall-clock figures: they belong here, not in `npm test`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { commands } from '../commands/index.ts';
import { EngineHolder, loadEngine } from '../src/answer/index.ts';
import { startApp } from '../src/discord/app.ts';
import { startBot } from '../src/discord/bot.ts';
import { parseConfig } from '../src/discord/config.ts';
import { createLogger } from '../src/discord/logger.ts';
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
} from '../test/discord/fake-discord.ts';
import { DEFAULT_CORPUS, parseArgs, PROJECT_ROOT } from './cli.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'thread' },
    bursts: { type: 'string', default: '4' },
    count: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '200' },
  },
});
const BURSTS = Number(values.bursts);
const COUNT = Number(values.count);
const RATE = Number(values.rate);
const ON_THREAD = values.engine !== 'main';

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

const scratch = await mkdtemp(path.join(tmpdir(), 'bench-hostile-'));
const corpus = path.join(scratch, 'corpus');
await cp(DEFAULT_CORPUS, corpus, { recursive: true });
const fake = await startFakeDiscord({ heartbeatIntervalMs: 5000 });
const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, CORPUS_PATH: corpus });
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const logger = createLogger({ secrets: [FAKE_TOKEN], write: () => undefined });
const defaults = { corpus, cache: path.join(scratch, 'cache'), data: path.join(scratch, 'data') };
const app = ON_THREAD ? await startApp({ config: parsed.config, logger, defaults, commands: commands(), exit: () => undefined }) : null;
const bot =
  app?.bot ??
  (await startBot({
    config: parsed.config,
    engines: new EngineHolder((await loadEngine(corpus)).engine),
    logger,
    commands: commands(),
    exit: () => undefined,
  }));
console.log(`engine on the ${ON_THREAD ? 'engine thread (as npm start)' : 'main thread'}`);

/** Dispatches and waits for the first reply of any kind (callback), then the edit when one follows. */
async function replied(fake: FakeDiscord, interaction: { id: string; token: string }, edited: boolean): Promise<number> {
  const sentAt = fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 30_000);
  if (!edited || callback.body?.type !== 5) return callback.at - sentAt;
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 30_000);
  return edit.at - sentAt;
}

// 1. Long inputs in every option.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const worst: string[] = [];
for (const length of [10_000, 100_000]) {
  const long = `랩허브의 ${'은는이가(.*)[]\\'.repeat(length)}`.slice(0, length);
  const cases: [string, { id: string; token: string }, boolean][] = [
    ['/ask question', chatInput('ask', [{ name: 'question', type: 3, value: long }]), true],
    ['/quote speaker+keyword', chatInput('quote', [{ name: 'speaker', type: 3, value: long }, { name: 'keyword', type: 3, value: long }]), true],
    ['/quote autocomplete', autocomplete('quote', [{ name: 'speaker', type: 3, value: long, focused: true }]), false],
    ['/facts topic', chatInput('facts', [{ name: 'topic', type: 3, value: long }]), true],
    ['/timeline topic', chatInput('timeline', [{ name: 'topic', type: 3, value: long }]), true],
    ['/brief topic', chatInput('brief', [{ name: 'topic', type: 3, value: long }]), true],
    ['/brief article', chatInput('brief', [{ name: 'article', type: 3, value: long }]), true],
    ['/brief autocomplete', autocomplete('brief', [{ name: 'article', type: 3, value: long, focused: true }]), false],
    ['/sources', chatInput('sources'), true],
    ['check message', messageCommand('Check against the articles', long), true],
    ['button custom_id', buttonClick(`ask:more:1:abc:${long}`, { embeds: [] }), true],
  ];
  for (const [name, interaction, edited] of cases) {
    delay.reset();
    const took = await replied(fake, interaction, edited).catch((error: Error) => {
      throw new Error(`${name} ${length / 1000}k: ${error.message}`);
    });
    worst.push(`${name} ${length / 1000}k: reply ${ms(took)}, max event-loop delay ${ms(delay.max / 1e6)}`);
  }
}
delay.disable();
console.log(['1. long inputs (floor: reply < 1 s; goal: event loop < 100 ms)', ...worst.map((line) => `   ${line}`)].join('\n'));

// 2. Bursts of /ask.
const QUESTIONS = ['K-바이오 랩허브 예산', '랩허브 완공 시기', '윤석열 대통령 보스턴 발언', '바이오 MOU 몇 건', '화성 이주 계획', '대웅제약 수출 계약 규모'];
const rss: number[] = [];
for (let burst = 0; burst < BURSTS; burst++) {
  const acks: number[] = [];
  const waits: Promise<void>[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const interaction = chatInput('ask', [{ name: 'question', type: 3, value: QUESTIONS[i % QUESTIONS.length] ?? '' }]);
    const sentAt = fake.dispatch(interaction);
    waits.push(
      (async () => {
        const ack = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 60_000);
        acks.push(ack.at - sentAt);
        await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 60_000);
      })(),
    );
    const due = started + ((i + 1) * 1000) / RATE;
    if (due > performance.now()) await sleep(due - performance.now());
  }
  const settled = await Promise.allSettled(waits);
  loop.disable();
  (globalThis as { gc?: () => void }).gc?.();
  rss.push(process.memoryUsage().rss / 1e6);
  const answered = settled.filter((s) => s.status === 'fulfilled').length;
  console.log(
    `2. burst ${burst + 1}: ${answered}/${COUNT} answered in ${ms(performance.now() - started)}; ack p50 ${ms(percentile(acks, 0.5))}, ` +
      `p99 ${ms(percentile(acks, 0.99))}; event loop max ${ms(loop.max / 1e6)}; RSS ${rss.at(-1)?.toFixed(0)} MB`,
  );
  fake.requests.length = 0; // the recorder is the fake's memory, not the bot's
}
if (rss.length > 1) console.log(`   RSS growth after the first burst: ${((rss.at(-1) ?? 0) - (rss[0] ?? 0)).toFixed(1)} MB (floor < 50 MB)`);
await bot.client.destroy();
await app?.thread.close();

// 3. SIGTERM, `npm start` as a child process: (a) amid 100k-character inputs, (b) during a rebuild.
const KORQUAD = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev', 'corpus.jsonl');
async function sigterm(label: string, load: (childCorpus: string) => Promise<void>): Promise<void> {
  const childCorpus = path.join(scratch, `corpus-${label}`);
  await cp(DEFAULT_CORPUS, childCorpus, { recursive: true });
  const child = spawn(process.execPath, ['--import', pathToFileURL(path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, path.join(PROJECT_ROOT, 'index.ts')], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_PATH: childCorpus,
      CACHE_DIR: path.join(scratch, `cache-${label}`),
      DATA_DIR: path.join(scratch, `data-${label}`),
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = once(child, 'exit');
  const identifiedBefore = fake.gatewayOps.filter((op) => op === 2).length;
  for (let i = 0; i < 600 && fake.gatewayOps.filter((op) => op === 2).length === identifiedBefore; i++) await sleep(100);
  await sleep(500);
  await load(childCorpus);
  const signalled = performance.now();
  child.kill('SIGTERM');
  const [code] = await exited;
  console.log(`3. npm start, SIGTERM ${label}: exit ${code} after ${ms(performance.now() - signalled)} (floor 5 s)`);
}
await sigterm('amid 50 100k-character inputs', async () => {
  const hundredK = '랩허브 '.repeat(25_000);
  for (let i = 0; i < 50; i++) {
    fake.dispatch(chatInput(i % 2 ? 'quote' : 'ask', [{ name: i % 2 ? 'speaker' : 'question', type: 3, value: hundredK }]));
  }
});
if (existsSync(KORQUAD)) {
  await sigterm('while the folder is rebuilt (961 KorQuAD passages landed)', async (childCorpus) => {
    await cp(KORQUAD, path.join(childCorpus, 'korquad.jsonl'));
    await sleep(1500); // past the watcher's debounce: the thread is reading and indexing
    for (let i = 0; i < 20; i++) fake.dispatch(chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]));
  });
} else {
  console.log('3. SIGTERM during a rebuild: skipped (../shared/eval/korquad-dev not present)');
}
await fake.close();
await rm(scratch, { recursive: true, force: true });
process.exit(0);
