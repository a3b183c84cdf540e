/**
 * `npm run bench [-- --scales 1,10,50,100 --queries 500 --baseline yes]`: speed and memory at
 * several sizes of the KorQuAD corpus (replicated with new ids), next to MiniSearch's default
 * tokenizer on the same records and questions in the same run, each in a process of its own:
 *
 * - cold build: process start → first answer with an empty snapshot directory (the snapshot is
 *   written on the way);
 * - first answer from snapshot: process start → first answer, wall clock, the runtime's own start
 *   (tsx) included;
 * - p50/p99 per question: `answer()` (search and answer) for ours, `search()` for MiniSearch, in wall
 *   time and in CPU time (the process's threads; steadier on a shared machine);
 * - peak RSS of the process that starts from the snapshot and answers every question.
 *
 * `--live-add [--scale 50] [--queries 300]` instead measures adding articles while questions run
 * (scripts/bench-live.ts).
 *
 * Needs ../shared/eval/korquad-dev. Each scale's corpus and snapshots live in a temporary
 * directory removed afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, PROJECT_ROOT } from './cli.ts';

const KORQUAD = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev');
const CHILD = path.join(PROJECT_ROOT, 'scripts', 'bench-child.ts');

type Run = {
  wallFirstMs: number;
  from: string;
  firstMs: number;
  /** CPU time of the process up to its first answer (what the wall time would be on an idle machine, roughly). */
  firstCpuMs: number;
  p50: number;
  p99: number;
  /** CPU time per question (all of the process's threads): steadier than the wall clock on a shared machine. */
  cpuP50: number;
  cpuP99: number;
  maxRssMb: number;
  cpuMs: number;
};
type Row = { cold: Run; warm: Run };

/** Runs one measured child; resolves with its figures and the wall time from spawn to "first". */
function measure(engine: string, corpus: string, cache: string, questions: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let wallFirstMs = NaN;
    let out = '';
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, '--engine', engine, '--corpus', corpus, '--cache', cache, '--questions', questions], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (Number.isNaN(wallFirstMs) && out.includes('first\n')) wallFirstMs = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`bench child (${engine}) failed with code ${code}`));
        return;
      }
      resolve({ wallFirstMs, ...(JSON.parse(line) as Omit<Run, 'wallFirstMs'>) });
    });
  });
}

/** The KorQuAD corpus `times` over, one JSONL file per copy, ids made unique. */
function writeScaledCorpus(dir: string, lines: readonly string[], times: number): void {
  mkdirSync(dir, { recursive: true });
  for (let r = 0; r < times; r++) {
    const copy = lines.map((line) => {
      const record = JSON.parse(line) as { id: string };
      return JSON.stringify({ ...record, id: r === 0 ? record.id : `${record.id}~${r}` });
    });
    writeFileSync(path.join(dir, `part-${String(r).padStart(3, '0')}.jsonl`), `${copy.join('\n')}\n`);
  }
}

type Result = { scale: number; ours: Row; peer?: Row };

/**
 * How cost grows with the corpus: per scale, cold build (CPU) and peak RSS per 1,000 passages
 * (close to flat when growth is linear; RSS also holds the runtime's fixed ~110 MB), and per-question
 * p99 from the smallest scale of 10× or more to the largest.
 */
function printGrowth(results: readonly Result[], passagesPerScale: number): void {
  console.log('growth (ours; per 1,000 passages): scale  build cpu s  cold peak MB  warm peak MB  | minisearch build cpu s, warm peak MB');
  for (const { scale, ours, peer } of results) {
    const k = (passagesPerScale * scale) / 1000;
    const per = (x: number, digits = 2) => (x / k).toFixed(digits).padStart(12);
    const theirs = peer ? `  | ${(peer.cold.firstCpuMs / 1000 / k).toFixed(2)}, ${(peer.warm.maxRssMb / k).toFixed(2)}` : '';
    console.log(`  ${`${scale}×`.padStart(5)} ${per(ours.cold.firstCpuMs / 1000)} ${per(ours.cold.maxRssMb)} ${per(ours.warm.maxRssMb)}${theirs}`);
  }
  const from = results.find((r) => r.scale >= 10) ?? results[0];
  const to = results.at(-1);
  if (!from || !to || to.scale <= from.scale) return;
  const g = (a: number, b: number) => (b / a).toFixed(2);
  const peer = from.peer && to.peer ? `; minisearch p99 ${g(from.peer.warm.p99, to.peer.warm.p99)}×` : '';
  console.log(
    `growth ${from.scale}×→${to.scale}× (corpus ${to.scale / from.scale}×): cold build cpu ${g(from.ours.cold.firstCpuMs, to.ours.cold.firstCpuMs)}×, cold peak RSS ${g(from.ours.cold.maxRssMb, to.ours.cold.maxRssMb)}×, warm peak RSS ${g(from.ours.warm.maxRssMb, to.ours.warm.maxRssMb)}×, first answer ${g(from.ours.warm.wallFirstMs, to.ours.warm.wallFirstMs)}×, p99 ${g(from.ours.warm.p99, to.ours.warm.p99)}× (cpu p99 ${g(from.ours.warm.cpuP99, to.ours.warm.cpuP99)}×)${peer}`,
  );
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const ms = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  if (process.argv.includes('--live-add')) return (await import('./bench-live.ts')).benchLiveAdd();
  const { values } = parseArgs({
    strict: false,
    options: {
      scales: { type: 'string', default: '1,10,50,100' },
      queries: { type: 'string', default: '500' },
      baseline: { type: 'string', default: 'yes' },
    },
  });
  const scales = String(values.scales ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const queryCount = Number(values.queries ?? 500);
  const baseline = values.baseline !== 'no';
  const lines = readFileSync(path.join(KORQUAD, 'corpus.jsonl'), 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const all = readFileSync(path.join(KORQUAD, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const step = Math.max(1, Math.floor(all.length / queryCount));
  const questions = all.filter((_, i) => i % step === 0).slice(0, queryCount);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const questionFile = path.join(work, 'questions.txt');
  writeFileSync(questionFile, `${questions.join('\n')}\n`);
  console.log(`${questions.length} KorQuAD questions; ${lines.length} passages × scale; times in s (build, first answer) and ms (per question)`);
  console.log('scale  passages  engine      cold build (wall/cpu)  first answer (wall/cpu)  p50 ms  p99 ms  cpu p50/p99 ms  peak RSS MB (warm / cold)');
  const results: Result[] = [];
  try {
    for (const scale of scales) {
      const corpus = path.join(work, `corpus-${scale}`);
      writeScaledCorpus(corpus, lines, scale);
      const run = async (engine: string): Promise<Row> => {
        const cache = path.join(work, `cache-${engine}-${scale}`);
        const cold = await measure(engine, corpus, cache, questionFile);
        const warm = await measure(engine, corpus, cache, questionFile);
        if (warm.from !== 'snapshot') throw new Error(`${engine} did not start from its snapshot`);
        return { cold, warm };
      };
      const ours = await run('korean');
      const peer = baseline ? await run('minisearch') : undefined;
      results.push({ scale, ours, ...(peer ? { peer } : {}) });
      const row = (name: string, r: Row) =>
        `${`${scale}×`.padEnd(6)} ${String(lines.length * scale).padStart(8)}  ${name.padEnd(10)} ${`${s(r.cold.wallFirstMs)} / ${s(r.cold.firstCpuMs)}`.padStart(21)} ${`${s(r.warm.wallFirstMs)} / ${s(r.warm.firstCpuMs)}`.padStart(24)} ${ms(r.warm.p50).padStart(7)} ${ms(r.warm.p99).padStart(7)} ${`${ms(r.warm.cpuP50)} / ${ms(r.warm.cpuP99)}`.padStart(15)}  ${r.warm.maxRssMb.toFixed(0)} / ${r.cold.maxRssMb.toFixed(0)}`;
      console.log(row('korean', ours));
      if (peer) {
        console.log(row('minisearch', peer));
        console.log(
          `       korean/minisearch: cold build ${(ours.cold.wallFirstMs / peer.cold.wallFirstMs).toFixed(2)}×, first answer ${(ours.warm.wallFirstMs / peer.warm.wallFirstMs).toFixed(2)}×, p50 ${(ours.warm.p50 / peer.warm.p50).toFixed(2)}×, p99 ${(ours.warm.p99 / peer.warm.p99).toFixed(2)}×, cpu p50 ${(ours.warm.cpuP50 / peer.warm.cpuP50).toFixed(2)}×, cpu p99 ${(ours.warm.cpuP99 / peer.warm.cpuP99).toFixed(2)}×, peak RSS ${(ours.warm.maxRssMb / peer.warm.maxRssMb).toFixed(2)}×`,
        );
      }
      rmSync(corpus, { recursive: true, force: true });
    }
    if (results.length > 1) printGrowth(results, lines.length);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
