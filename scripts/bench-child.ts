/**
 * One measured process of `npm run bench` (not meant to be run by hand): makes an engine over a
 * corpus, prints "first" the moment its first answer is ready, answers every question, then prints
 * one JSON line of figures. `--engine korean` is this project (snapshot in `--cache`);
 * `--engine minisearch` is MiniSearch with its default tokenizer over the same records (its
 * snapshot: `toJSON` / `loadJSON` in `--cache`).
 *   node --import tsx scripts/bench-child.ts --engine korean --corpus DIR --cache DIR --questions FILE
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'korean' },
    corpus: { type: 'string' },
    cache: { type: 'string' },
    questions: { type: 'string' },
  },
});
const corpus = values.corpus ?? '';
const cache = values.cache ?? '';
const questions = readFileSync(values.questions ?? '', 'utf8').split('\n').filter((q) => q.length > 0);

type Ask = (question: string) => unknown;

async function korean(): Promise<{ ask: Ask; from: string; timings: unknown; prepare: () => Promise<void> }> {
  const { loadEngine } = await import('../src/answer/index.ts');
  const { engine, origin, prepare } = await loadEngine(corpus, { snapshotDir: cache });
  return { ask: (q) => engine.answer(q, { top: 5 }), from: origin.from, timings: origin.timings, prepare };
}

async function minisearch(): Promise<{ ask: Ask; from: string; timings: unknown; prepare?: () => Promise<void> }> {
  const { default: MiniSearch } = await import('minisearch');
  const options = { fields: ['title', 'text'] };
  const saved = path.join(cache, 'minisearch.json');
  if (existsSync(saved)) {
    const mini = MiniSearch.loadJSON(readFileSync(saved, 'utf8'), options);
    return { ask: (q) => mini.search(q), from: 'snapshot', timings: {} };
  }
  const mini = new MiniSearch(options);
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.jsonl')).sort()) {
    const records = readFileSync(path.join(corpus, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
    mini.addAll(records.map(({ id, title, text }) => ({ id, title, text })));
  }
  mkdirSync(cache, { recursive: true });
  writeFileSync(saved, JSON.stringify(mini));
  return { ask: (q) => mini.search(q), from: 'build', timings: {} };
}

const made = values.engine === 'minisearch' ? await minisearch() : await korean();
await made.ask(questions[0] ?? '');
const firstMs = performance.now();
const firstCpu = process.cpuUsage();
process.stdout.write('first\n');
// Per-question times are the steady state: what the engine reads on first use is read first (the
// bot does the same right after startup).
await made.prepare?.();
const times: number[] = [];
// CPU time per question too: on a shared machine the wall clock also counts the time other
// processes held the cores, the CPU time (this process's threads) does not.
const cpuTimes: number[] = [];
for (const question of questions) {
  // The CPU clock is read outside the wall-clock window (reading it is a system call, not the engine's time).
  const cpu = process.cpuUsage();
  const started = performance.now();
  await made.ask(question);
  const wall = performance.now() - started;
  const spent = process.cpuUsage(cpu);
  times.push(wall);
  cpuTimes.push((spent.user + spent.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const quantile = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
const at = (q: number) => quantile(times, q);
process.stdout.write(
  `${JSON.stringify({
    from: made.from,
    firstMs,
    firstCpuMs: (firstCpu.user + firstCpu.system) / 1000,
    p50: at(0.5),
    p99: at(0.99),
    cpuP50: quantile(cpuTimes, 0.5),
    cpuP99: quantile(cpuTimes, 0.99),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    timings: made.timings,
  })}\n`,
);
