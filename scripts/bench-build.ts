/**
 * `npx tsx scripts/bench-build.ts [--copies 5] [--runs 3]`: the CPU time of a cold build's work,
 * in this one thread, on KorQuAD replicated `--copies` times (new ids), phase by phase: reading and
 * cleaning the corpus, reading facts, encoding article records, normalizing passages, alias links,
 * postings (with word counts), and the whole shard as the cold build runs it (`buildShard`).
 *
 * CPU time, not wall time: on a shared machine the wall clock counts other processes' turns. Each
 * figure is the median of `--runs` runs. Needs ../shared/eval/korquad-dev.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../src/corpus/types.ts';
import { loadCorpusFile } from '../src/corpus/loadCorpus.ts';
import { extractFacts } from '../src/facts/index.ts';
import type { Fact } from '../src/facts/index.ts';
import { normalize, tokenizeNormalized } from '../src/korean/index.ts';
import { aliasLinksOf } from '../src/search/aliases.ts';
import { passageText } from '../src/search/passages.ts';
import { PostingsBuilder } from '../src/search/postings.ts';
import { WordCounter } from '../src/search/vocabulary.ts';
import { encodeArticle, Shapes } from '../src/snapshot/engineData.ts';
import { buildShard } from '../src/snapshot/shard.ts';
import { parseArgs, PROJECT_ROOT } from './cli.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } } });
const copies = Math.max(1, Number(values.copies) || 5);
const runs = Math.max(1, Number(values.runs) || 3);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The corpus `copies` times over, one JSONL file per copy, ids made unique (as `npm run bench` does). */
function writeCorpus(dir: string): string[] {
  const lines = readFileSync(path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev', 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);
  return Array.from({ length: copies }, (_, r) => {
    const file = path.join(dir, `part-${String(r).padStart(3, '0')}.jsonl`);
    const copy = lines.map((line) => {
      const record = JSON.parse(line) as { id: string };
      return JSON.stringify({ ...record, id: r === 0 ? record.id : `${record.id}~${r}` });
    });
    writeFileSync(file, `${copy.join('\n')}\n`);
    return file;
  });
}

/** CPU ms of each phase in one run, the phases one after another over the whole corpus. */
async function phases(files: readonly string[]): Promise<Record<string, number>> {
  const spent: Record<string, number> = {};
  const time = async (name: string, work: () => unknown) => {
    const started = cpuMs();
    await work();
    spent[name] = cpuMs() - started;
  };
  const articles: Article[] = [];
  await time('read+clean', async () => {
    for (const file of files) for (const { article } of (await loadCorpusFile(file)).articles) articles.push(article);
  });
  let facts: Fact[][] = [];
  await time('facts', () => (facts = articles.map((article) => extractFacts(article))));
  const shapes = new Shapes();
  await time('encode', () => articles.forEach((article, i) => encodeArticle(article, facts[i] ?? [], shapes)));
  const passages: { body: string; title: string[] }[] = [];
  await time('normalize', () => {
    for (const article of articles) {
      const title = tokenizeNormalized(normalize(article.title));
      article.paragraphs.forEach((paragraph, i) => {
        if (paragraph.trim().length > 0) passages.push({ body: normalize(passageText(article, i)), title });
      });
    }
  });
  await time('aliases', () => passages.forEach(({ body }) => aliasLinksOf(body)));
  const postings = new PostingsBuilder(2);
  const words = new WordCounter();
  await time('postings', () => {
    for (const { body, title } of passages) postings.addPassage([body, title], (text, start, end) => words.addRun(text, start, end));
    postings.finishLogs();
    words.countList();
  });
  await time('whole shard', () => buildShard(files));
  return spent;
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
try {
  const files = writeCorpus(dir);
  const all: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, ms] of Object.entries(await phases(files))) (all[name] ??= []).push(ms);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  console.log(`KorQuAD ×${copies}, one thread, CPU ms (median of ${runs}; runs: …)`);
  for (const [name, list] of Object.entries(all)) {
    console.log(`${name.padEnd(12)} ${median(list).toFixed(0).padStart(7)}   (${list.map((ms) => ms.toFixed(0)).join(', ')})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
