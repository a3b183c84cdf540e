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
import { fork, spawn } from 'node:child_process';
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
import { APP_ID, autocomplete, buttonClick, chatInput, FAKE_TOKEN, messageCommand } from '../test/discord/fake-discord.ts';
import type { BurstResult, DriverRequest } from './bench-driver.ts';
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

// The fake Discord and the load run in their own process: what is measured here is the bot's alone.
const TSX_LOADER = pathToFileURL(path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const driverProcess = fork(path.join(PROJECT_ROOT, 'scripts', 'bench-driver.ts'), [], { execArgv: ['--import', TSX_LOADER] });
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextSeq = 0;
const apiBase = await new Promise<string>((resolve) => {
  driverProcess.on('message', (message: { ready?: string; seq?: number; value?: unknown; error?: string }) => {
    if (message.ready) return resolve(message.ready);
    const pending = waiting.get(message.seq ?? -1);
    waiting.delete(message.seq ?? -1);
    if (message.error) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
  });
});
type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
const driver = (request: WithoutSeq<DriverRequest>): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const seq = nextSeq++;
    waiting.set(seq, { resolve, reject });
    driverProcess.send({ ...request, seq });
  });
const fake = { apiBase };
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
const replied = (interaction: { id: string; token: string }, edited: boolean) => driver({ kind: 'reply', interaction, edited }) as Promise<number>;

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
    const took = await replied(interaction, edited).catch((error: Error) => {
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
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const utilization = performance.eventLoopUtilization();
  const { answered, acks, elapsedMs } = (await driver({ kind: 'burst', count: COUNT, rate: RATE, questions: QUESTIONS })) as BurstResult;
  loop.disable();
  // The main thread's busy time (its event loop's active time), per /ask: what the bot's Discord side costs.
  const mainBusyMs = performance.eventLoopUtilization(utilization).active;
  (globalThis as { gc?: () => void }).gc?.();
  rss.push(process.memoryUsage().rss / 1e6);
  console.log(
    `2. burst ${burst + 1}: ${answered}/${COUNT} answered in ${ms(elapsedMs)}; ack p50 ${ms(percentile(acks, 0.5))}, ` +
      `p99 ${ms(percentile(acks, 0.99))}; main-thread event loop p99 ${ms(loop.percentile(99) / 1e6)}, max ${ms(loop.max / 1e6)}, busy ${(mainBusyMs / COUNT).toFixed(2)} ms per /ask; RSS ${rss.at(-1)?.toFixed(0)} MB`,
  );
}
if (rss.length > 1) console.log(`   RSS growth after the first burst: ${((rss.at(-1) ?? 0) - (rss[0] ?? 0)).toFixed(1)} MB (floor < 50 MB)`);
await bot.client.destroy();
await app?.thread.close();

// 3. SIGTERM, `npm start` as a child process: (a) amid 100k-character inputs, (b) during a rebuild.
const KORQUAD = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev', 'corpus.jsonl');
async function sigterm(label: string, load: (childCorpus: string) => Promise<void>): Promise<void> {
  const childCorpus = path.join(scratch, `corpus-${label}`);
  await cp(DEFAULT_CORPUS, childCorpus, { recursive: true });
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(PROJECT_ROOT, 'index.ts')], {
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
  const identified = () => driver({ kind: 'identified' }) as Promise<number>;
  const identifiedBefore = await identified();
  for (let i = 0; i < 600 && (await identified()) === identifiedBefore; i++) await sleep(100);
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
    await driver({ kind: 'dispatch', interaction: chatInput(i % 2 ? 'quote' : 'ask', [{ name: i % 2 ? 'speaker' : 'question', type: 3, value: hundredK }]) });
  }
});
if (existsSync(KORQUAD)) {
  await sigterm('while the folder is rebuilt (961 KorQuAD passages landed)', async (childCorpus) => {
    await cp(KORQUAD, path.join(childCorpus, 'korquad.jsonl'));
    await sleep(1500); // past the watcher's debounce: the thread is reading and indexing
    for (let i = 0; i < 20; i++) await driver({ kind: 'dispatch', interaction: chatInput('ask', [{ name: 'question', type: 3, value: 'K-바이오 랩허브 예산' }]) });
  });
} else {
  console.log('3. SIGTERM during a rebuild: skipped (../shared/eval/korquad-dev not present)');
}
await driver({ kind: 'close' }).catch(() => undefined);
await rm(scratch, { recursive: true, force: true });
process.exit(0);
