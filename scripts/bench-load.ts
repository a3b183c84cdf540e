/**
 * Loading speed, measured outside the test suite (wall-clock figures do not belong in `npm test`):
 * parsing the KorQuAD corpus (961 records, when ../shared/eval is present) and reading the facts of
 * about 1,000 paragraphs of the seed articles.
 *   npx tsx scripts/bench-load.ts [--runs 5]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/index.ts';
import { extractFacts } from '../src/facts/index.ts';
import { DEFAULT_CORPUS, parseArgs, PROJECT_ROOT } from './cli.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs) || 5);

/** Median of `runs` timings of `work`, in ms. */
async function median(work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const korquad = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev', 'corpus.jsonl');
if (existsSync(korquad)) {
  const { articles, warnings } = await loadCorpus(korquad);
  const ms = await median(() => loadCorpus(korquad));
  console.log(`load KorQuAD corpus: ${articles.length} articles, ${warnings.length} warnings, median ${ms.toFixed(0)} ms (budget 1500 ms)`);
} else {
  console.log('load KorQuAD corpus: skipped (../shared/eval/korquad-dev not present)');
}

const seeds = (await loadCorpus(DEFAULT_CORPUS)).articles;
const perCopy = seeds.reduce((n, a) => n + a.paragraphs.length, 0);
const copies = Array.from({ length: Math.ceil(1000 / Math.max(1, perCopy)) }, () => seeds).flat();
let facts = 0;
const factsMs = await median(() => {
  facts = 0;
  for (const article of copies) facts += extractFacts(article).length;
});
console.log(
  `extract facts: ${copies.reduce((n, a) => n + a.paragraphs.length, 0)} paragraphs, ${facts} facts, median ${factsMs.toFixed(0)} ms (budget 1000 ms)`,
);
