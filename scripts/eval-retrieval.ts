/**
 * Retrieval evaluation of the search layer: recall@1, recall@5 and MRR, on the whole question
 * set and on its even and odd halves (a held-out view: tuning on one half shows on the other),
 * plus the failures. `scripts/eval.ts` calls these; run this file alone for the search figures:
 *   npx tsx scripts/eval-retrieval.ts [korquadDir] [seedQuestions.jsonl] [seedCorpusDir]
 */
import { answerTypeHints } from '../src/facts/index.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/index.ts';
import type { SearchIndex } from '../src/search/index.ts';

/** Recall and MRR over a set of questions. */
export type RetrievalFigures = { total: number; recallAt1: number; recallAt5: number; mrr: number };

export type RetrievalFailure = {
  id: string;
  query: string;
  /** What should have been found (a passage id, or the cite_any strings). */
  expected: string;
  /** 1-based rank of the first relevant result, or null when not in the examined list. */
  rank: number | null;
  /** What came first instead. */
  top: string[];
};

export type RetrievalReport = RetrievalFigures & {
  name: string;
  /** Figures on questions 0, 2, 4, … and 1, 3, 5, …. */
  halves: { even: RetrievalFigures; odd: RetrievalFigures };
  /** Questions whose relevant result is not at rank 1 (KorQuAD) / not in the top 3 (seed). */
  failures: RetrievalFailure[];
  /** Questions that passed the set's own criterion (top 1 for KorQuAD, top 3 for seed). */
  passed: number;
};

export type KorquadRetrievalQuestion = { id?: string; question: string; context_id: string };
export type SeedRetrievalQuestion = { id: string; query: string; found: boolean; cite_any?: readonly string[] };

/** How deep each question's ranking is examined (MRR counts ranks up to this). */
const DEPTH = 10;

function figures(ranks: readonly (number | null)[]): RetrievalFigures {
  const total = ranks.length;
  const share = (k: number) => (total === 0 ? 0 : ranks.filter((r) => r !== null && r <= k).length / total);
  const mrr = total === 0 ? 0 : ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / total;
  return { total, recallAt1: share(1), recallAt5: share(5), mrr };
}

function report(name: string, ranks: (number | null)[], failures: RetrievalFailure[], passed: number): RetrievalReport {
  return {
    name,
    ...figures(ranks),
    halves: { even: figures(ranks.filter((_, i) => i % 2 === 0)), odd: figures(ranks.filter((_, i) => i % 2 === 1)) },
    failures,
    passed,
  };
}

/**
 * KorQuAD passage retrieval: the relevant article is the question's `context_id`.
 * @example
 * evalKorquad(SearchIndex.build(articles, { answerTypes: answerTypeHints() }), questions).recallAt1 // 0.93…
 */
export function evalKorquad(
  index: SearchIndex,
  questions: readonly KorquadRetrievalQuestion[],
  onProgress?: (done: number, total: number) => void,
): RetrievalReport {
  const ranks: (number | null)[] = [];
  const failures: RetrievalFailure[] = [];
  questions.forEach((q, i) => {
    if (i % 50 === 0) onProgress?.(i, questions.length);
    const hits = index.searchArticles(q.question, { limit: DEPTH });
    const at = hits.findIndex((h) => h.articleId === q.context_id);
    const rank = at < 0 ? null : at + 1;
    ranks.push(rank);
    if (rank !== 1) {
      failures.push({ id: q.id ?? String(i), query: q.question, expected: q.context_id, rank, top: hits.slice(0, 3).map((h) => h.articleId) });
    }
  });
  return report('korquad', ranks, failures, ranks.filter((r) => r === 1).length);
}

/** Seed comparison: whitespace and commas ignored, case-insensitive. */
export function squash(text: string): string {
  return text.replace(/[\s,]/g, '').toLowerCase();
}

/**
 * Seed-style questions: for each answerable one, a sentence containing one of `cite_any`
 * must be among the top 3 of `search`. Unanswerable (`found: false`) questions are skipped.
 */
export function evalSeed(index: SearchIndex, questions: readonly SeedRetrievalQuestion[]): RetrievalReport {
  const ranks: (number | null)[] = [];
  const failures: RetrievalFailure[] = [];
  for (const q of questions) {
    if (!q.found || !q.cite_any || q.cite_any.length === 0) continue;
    const wanted = q.cite_any.map(squash);
    const hits = index.search(q.query, { limit: DEPTH });
    const at = hits.findIndex((h) => wanted.some((w) => squash(h.sentence.text).includes(w)));
    const rank = at < 0 ? null : at + 1;
    ranks.push(rank);
    if (rank === null || rank > 3) {
      failures.push({ id: q.id, query: q.query, expected: q.cite_any.join(' | '), rank, top: hits.slice(0, 3).map((h) => h.sentence.text.slice(0, 80)) });
    }
  }
  return report('seed', ranks, failures, ranks.filter((r) => r !== null && r <= 3).length);
}

const pct = (x: number) => x.toFixed(3);

function line(label: string, f: RetrievalFigures): string {
  return `${label.padEnd(6)} n=${String(f.total).padStart(4)}  R@1 ${pct(f.recallAt1)}  R@5 ${pct(f.recallAt5)}  MRR ${pct(f.mrr)}`;
}

/** A plain-text report: overall and per-half figures, then up to `maxFailures` failures. */
export function formatRetrievalReport(r: RetrievalReport, maxFailures = 15): string {
  const out = [
    line('all', r),
    line('even', r.halves.even),
    line('odd', r.halves.odd),
    `passed ${r.passed}/${r.total}; failures ${r.failures.length}${r.failures.length > maxFailures ? ` (first ${maxFailures})` : ''}:`,
  ];
  for (const f of r.failures.slice(0, maxFailures)) {
    out.push(`  ${f.id} [rank ${f.rank ?? '-'}] ${f.query}  → want ${f.expected}; got ${f.top.join(' / ')}`);
  }
  return out.join('\n');
}

export function readJsonlFile<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

async function main(): Promise<void> {
  const { SearchIndex } = await import('../src/search/index.ts');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const korquadDir = process.argv[2] ?? path.resolve(root, '..', 'shared', 'eval', 'korquad-dev');
  const seedFile = process.argv[3] ?? path.resolve(root, '..', 'shared', 'eval', 'seed-dev.jsonl');
  const seedCorpus = process.argv[4] ?? path.join(root, 'seeds');
  if (existsSync(path.join(korquadDir, 'corpus.jsonl'))) {
    const { articles } = await loadCorpus(path.join(korquadDir, 'corpus.jsonl'));
    const started = performance.now();
    const index = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
    console.log(`== KorQuAD: ${articles.length} articles, ${index.passageCount} passages, built in ${(performance.now() - started).toFixed(0)} ms`);
    console.log(formatRetrievalReport(evalKorquad(index, readJsonlFile<KorquadRetrievalQuestion>(path.join(korquadDir, 'questions.jsonl')))));
  }
  if (existsSync(seedFile)) {
    const { articles } = await loadCorpus(seedCorpus);
    const index = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
    console.log(`\n== Seed questions over ${articles.length} articles (cite_any in top 3 sentences)`);
    console.log(formatRetrievalReport(evalSeed(index, readJsonlFile<SeedRetrievalQuestion>(seedFile))));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
