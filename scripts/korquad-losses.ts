/**
 * `npx tsx scripts/korquad-losses.ts --dump DUMP --answers ANSWERS [--list BUCKET] [--limit N]`: where
 * the KorQuAD validation half's exact matches are lost, one bucket per question.
 *
 * DUMP is `npm run train -- --dump FILE` (the span scorer alone over the validation half, in question
 * order); ANSWERS is `ask --json --top 5 --corpus …/corpus.jsonl` over every dev question (in order).
 * Buckets, first that applies:
 * - exact: the answer shown through `ask` is exactly right;
 * - gate: the scorer's best span is exactly right, but `ask` showed something else (a sentence, "not
 *   found", another reader's span);
 * - ranking: a gold span is among the candidates, the scorer ranked another first;
 * - boundary: no candidate equals a gold answer, one of the gold paragraph overlaps it (a wider or
 *   narrower span);
 * - candidate: the gold paragraph had candidates, none overlapping a gold answer;
 * - retrieval: no candidate from the gold paragraph (search or the evidence check lost it).
 * `--list BUCKET` prints that bucket's questions (local error analysis only: KorQuAD text is never committed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/index.ts';
import { parseArgs, PROJECT_ROOT } from './cli.ts';
import { KorquadQuestion, readJsonl } from './eval-answers.ts';
import { characterF1, exactMatch, splitHalf } from './korquad-metrics.ts';

type Dumped = {
  question: string;
  golds: string[];
  predicted: string | null;
  right: number;
  goldRank: number;
  goldText: string | null;
  goldArticle: boolean | null;
  overlapsGold: boolean | null;
  predictedText?: string | null;
  goldSentenceText?: string | null;
  runnersUp?: string[];
  confidence: number;
};

type Answered = { answer: string | null; found: boolean; answerKind?: string; confidence?: number };

const BUCKETS = ['exact', 'gate', 'ranking', 'boundary', 'candidate', 'retrieval'] as const;
type Bucket = (typeof BUCKETS)[number];

function bucketOf(d: Dumped, a: Answered | undefined, golds: string[]): Bucket {
  if (a && exactMatch(a.found ? a.answer : null, golds) === 1) return 'exact';
  if (d.right === 1) return 'gate';
  if (d.goldRank >= 0) return 'ranking';
  if (!d.goldArticle) return 'retrieval';
  return d.overlapsGold ? 'boundary' : 'candidate';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev') },
      dump: { type: 'string' },
      answers: { type: 'string' },
      list: { type: 'string' },
      limit: { type: 'string', default: '40' },
    },
  });
  if (!values.dump || !values.answers) throw new Error('--dump and --answers are required');
  const { articles } = await loadCorpus(path.join(values.data, 'corpus.jsonl'));
  const titleOf = new Map(articles.map((article) => [article.id, article.title]));
  const questions = readJsonl(path.join(values.data, 'questions.jsonl'), KorquadQuestion);
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim().length > 0);
  const dumped = lines(values.dump).map((line) => JSON.parse(line) as Dumped);
  const answered = lines(values.answers).map((line) => JSON.parse(line) as Answered);
  const validation = questions.map((q, i) => ({ q, a: answered[i] })).filter(({ q }) => splitHalf(titleOf.get(q.context_id) ?? '') === 'validation');
  if (validation.length !== dumped.length) throw new Error(`the dump has ${dumped.length} questions, the validation half ${validation.length}`);
  const counts = new Map<Bucket, number>(BUCKETS.map((b) => [b, 0]));
  let f1 = 0;
  let listed = 0;
  validation.forEach(({ q, a }, i) => {
    const d = dumped[i] as Dumped;
    if (d.question !== q.question) throw new Error(`question ${i} differs between the dump and the questions`);
    const bucket = bucketOf(d, a, q.answers);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    f1 += characterF1(a?.found ? a.answer : null, q.answers);
    if (values.list === bucket && listed < Number(values.limit)) {
      listed++;
      console.log(`Q: ${q.question}\n  gold: ${q.answers.join(' | ')} (rank ${d.goldRank})  picked: ${d.predicted} (${d.confidence})  ask: ${a?.answerKind ?? ''} ${a?.found ? (a.answer ?? '').slice(0, 60) : '—'}`);
      console.log(`  top: ${(d.runnersUp ?? []).join(' · ')}`);
      if (d.predictedText) console.log(`  picked in: ${d.predictedText}`);
      if (d.goldSentenceText && d.goldSentenceText !== d.predictedText) console.log(`  gold in:   ${d.goldSentenceText}`);
    }
  });
  console.log(`validation half ${validation.length} questions, F1 through ask ${(f1 / validation.length).toFixed(3)}: ` + BUCKETS.map((b) => `${b} ${counts.get(b)}`).join(', '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
