/**
 * Per-question time of English questions (translation included) over a corpus:
 * `npx tsx scripts/bench-english.ts [--corpus seeds] [--questions eval/seed-english.jsonl] [--rounds 5]`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/answer/index.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'seeds' },
    questions: { type: 'string', default: 'eval/seed-english.jsonl' },
    rounds: { type: 'string', default: '5' },
  },
});
const questions = readFileSync(values.questions, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { query: string }).query);
const { engine, prepare } = await loadEngine(values.corpus);
// What the engine otherwise reads on first use (vocabulary, speakers, English word indexes) is read
// before the first question, as `ask` and a running bot do.
await prepare();
const times: number[] = [];
const first: number[] = [];
// CPU time (user + system) of this process per question: on a shared machine wall time mostly
// measures the other processes.
for (let round = 0; round < Number(values.rounds); round++) {
  for (const question of questions) {
    const start = process.cpuUsage();
    await engine.answer(question);
    const used = process.cpuUsage(start);
    (round === 0 ? first : times).push((used.user + used.system) / 1000);
  }
}
const pct = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))] ?? 0;
const all = [...first, ...times];
console.log(
  `${questions.length} questions × ${values.rounds}, CPU ms per question: p50 ${pct(all, 0.5).toFixed(2)} ms, p99 ${pct(all, 0.99).toFixed(2)} ms, ` +
    `max ${Math.max(...all).toFixed(2)} ms; after the first round p50 ${pct(times, 0.5).toFixed(2)} ms, p99 ${pct(times, 0.99).toFixed(2)} ms ` +
    `(first question ${(first[0] ?? 0).toFixed(1)} ms)`,
);
