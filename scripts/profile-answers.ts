/**
 * Per-question CPU time and a CPU profile of the answering loop alone, at a size of KorQuAD (the
 * bench's questions and replicated corpus, scripts/bench.ts), for speed work on a shared machine:
 * CPU time, not the wall clock, and a profile that leaves out loading and the warm-up.
 *
 *   node --import tsx scripts/profile-answers.ts [--scale 50] [--queries 300] [--work DIR]
 *        [--profile FILE.cpuprofile] [--answers FILE.jsonl] [--slowest N]
 *
 * The scaled corpus and its snapshot are kept in `--work` (default $TMPDIR/profile-answers) between
 * runs, so only the first run pays the cold build. `--answers` writes every answer (without `took`)
 * for diffing two versions of the code. Needs ../shared/eval/korquad-dev.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, PROJECT_ROOT } from './cli.ts';
import { loadEngine } from '../src/answer/index.ts';

const KORQUAD = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev');

const { values } = parseArgs({
  strict: true,
  options: {
    scale: { type: 'string', default: '50' },
    queries: { type: 'string', default: '300' },
    work: { type: 'string', default: path.join(tmpdir(), 'profile-answers') },
    profile: { type: 'string' },
    answers: { type: 'string' },
    slowest: { type: 'string', default: '0' },
  },
});
const scale = Number(values.scale);
const queryCount = Number(values.queries);
const corpus = path.join(values.work, `corpus-${scale}`);

/** The KorQuAD corpus `scale` times over, ids made unique (as scripts/bench.ts writes it). */
if (!existsSync(corpus)) {
  mkdirSync(corpus, { recursive: true });
  const lines = readFileSync(path.join(KORQUAD, 'corpus.jsonl'), 'utf8').split('\n').filter((line) => line.trim().length > 0);
  for (let r = 0; r < scale; r++) {
    const copy = lines.map((line) => {
      const record = JSON.parse(line) as { id: string };
      return JSON.stringify({ ...record, id: r === 0 ? record.id : `${record.id}~${r}` });
    });
    writeFileSync(path.join(corpus, `part-${String(r).padStart(3, '0')}.jsonl`), `${copy.join('\n')}\n`);
  }
}
// The bench's questions: every step-th of the dev set.
const all = readFileSync(path.join(KORQUAD, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { question: string }).question);
const step = Math.max(1, Math.floor(all.length / queryCount));
const questions = all.filter((_, i) => i % step === 0).slice(0, queryCount);

const loaded = performance.now();
const { engine, origin, prepare } = await loadEngine(corpus, { snapshotDir: path.join(values.work, `cache-${scale}`) });
console.error(`engine from ${origin.from} in ${((performance.now() - loaded) / 1000).toFixed(1)} s`);
await engine.answer(questions[0] ?? '', { top: 5 });
await prepare();

const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const times: { cpuMs: number; question: string }[] = [];
const answers: string[] = [];
const before = process.cpuUsage();
for (const question of questions) {
  const cpu = process.cpuUsage();
  const answer = await engine.answer(question, { top: 5 });
  const spent = process.cpuUsage(cpu);
  times.push({ cpuMs: (spent.user + spent.system) / 1000, question });
  if (values.answers) answers.push(JSON.stringify({ ...answer, took: undefined }));
}
const spent = process.cpuUsage(before);
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
}
if (values.answers) writeFileSync(values.answers, `${answers.join('\n')}\n`);
const sorted = times.map((t) => t.cpuMs).sort((a, b) => a - b);
const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
console.log(JSON.stringify({ questions: sorted.length, cpuMs: Math.round((spent.user + spent.system) / 1000), p50: Number(at(0.5)), p90: Number(at(0.9)), p99: Number(at(0.99)) }));
for (const { cpuMs, question } of [...times].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, Number(values.slowest))) {
  console.log(`${cpuMs.toFixed(1)} ms  ${question}`);
}
