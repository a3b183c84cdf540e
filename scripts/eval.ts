/**
 * `npm run eval [-- --corpus PATH --questions PATH] [--cli]`: quality figures.
 *
 * - Seed questions (../shared/eval/seed-dev.jsonl, when present): every question scored as the eval
 *   README says (found, answer_any, cite_any, articles), with the failures listed; then our own
 *   broader set in eval/seed-extra.jsonl, scored the same way.
 * - KorQuAD dev (../shared/eval/korquad-dev/, when present): passage recall@1/@5 and MRR of the
 *   search layer, and the same figures through `answer()` — the path the CLI and the bot take —
 *   plus how often the short answer contains the gold answer. With --cli, the answers come from
 *   `npm run ask -- --json --top 5` itself, to show the CLI path loses nothing.
 * - Any corpus + question set given on the command line (seed-style or KorQuAD-style lines).
 */
import { answerTypeHints } from '../src/facts/index.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/index.ts';
import { createEngine, type Answer } from '../src/answer/index.ts';
import { SearchIndex } from '../src/search/index.ts';
import { progressReporter } from '../src/progress.ts';
import { DEFAULT_CORPUS, parseArgs, PROJECT_ROOT } from './cli.ts';

/** Progress of the long loops on stderr (a bar on a terminal, a line every few seconds otherwise). */
const progress = progressReporter();
import {
  evalSeedAnswers,
  KorquadQuestion,
  readJsonl,
  scoreKorquadAnswers,
  SeedQuestion,
  type KorquadAnswerReport,
  type SeedScore,
} from './eval-answers.ts';
import { evalKorquad, formatRetrievalReport } from './eval-retrieval.ts';
import { splitHalf } from './korquad-metrics.ts';

const SHARED_EVAL = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      questions: { type: 'string' },
      cli: { type: 'boolean', default: false },
      'skip-korquad': { type: 'boolean', default: false },
    },
  });
  let failed = false;

  const seedFile = path.join(SHARED_EVAL, 'seed-dev.jsonl');
  if (existsSync(seedFile)) {
    failed = !(await runSeedEval(DEFAULT_CORPUS, seedFile)) || failed;
  } else {
    console.log(`(no ${seedFile}: seed questions skipped)`);
  }

  // Our own broader question set over the seeds: reported, not held against the run.
  const extraFile = path.join(PROJECT_ROOT, 'eval', 'seed-extra.jsonl');
  if (existsSync(extraFile)) await runSeedEval(DEFAULT_CORPUS, extraFile);

  const korquadDir = path.join(SHARED_EVAL, 'korquad-dev');
  if (!values['skip-korquad'] && existsSync(korquadDir)) {
    await runKorquadEval(path.join(korquadDir, 'corpus.jsonl'), path.join(korquadDir, 'questions.jsonl'), values.cli);
  }

  if (values.corpus && values.questions) {
    if (isKorquadStyle(values.questions)) await runKorquadEval(values.corpus, values.questions, values.cli);
    else failed = !(await runSeedEval(values.corpus, values.questions)) || failed;
  } else if (values.corpus || values.questions) {
    console.error('--corpus and --questions go together');
    return 2;
  }
  return failed ? 1 : 0;
}

/** KorQuAD-style question files carry `context_id`; seed-style ones carry `found`. */
function isKorquadStyle(questionsFile: string): boolean {
  const firstLine = readFileSync(questionsFile, 'utf8').split('\n', 1)[0] ?? '{}';
  return 'context_id' in (JSON.parse(firstLine) as object);
}

async function runSeedEval(corpusPath: string, questionsFile: string): Promise<boolean> {
  const { articles } = await loadCorpus(corpusPath);
  const engine = await createEngine(articles);
  const scores = await evalSeedAnswers(engine, readJsonl(questionsFile, SeedQuestion));
  printSeedScores(questionsFile, scores);
  return scores.every((score) => score.pass);
}

function printSeedScores(file: string, scores: readonly SeedScore[]): void {
  const passed = scores.filter((score) => score.pass).length;
  console.log(`\n== ${path.basename(file)}: ${passed}/${scores.length} pass`);
  const kinds = [...new Set(scores.map((score) => score.kind))];
  console.log(
    '   by kind: ' +
      kinds
        .map((kind) => {
          const ofKind = scores.filter((score) => score.kind === kind);
          return `${kind} ${ofKind.filter((score) => score.pass).length}/${ofKind.length}`;
        })
        .join(', '),
  );
  for (const score of scores.filter((s) => !s.pass)) {
    console.log(`   ✗ ${score.id} [${score.kind}] ${score.query}\n     ${score.failures.join('\n     ')}`);
  }
}

async function runKorquadEval(corpusFile: string, questionsFile: string, viaCli: boolean): Promise<void> {
  const { articles } = await loadCorpus(corpusFile);
  const questions = readJsonl(questionsFile, KorquadQuestion);
  const index = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
  console.log(`\n== KorQuAD retrieval (search layer), ${questions.length} questions over ${articles.length} passages`);
  const searching = progress.step('KorQuAD search', questions.length, 'questions');
  const retrieval = evalKorquad(index, questions, (done) => searching.update(done));
  searching.end();
  console.log(formatRetrievalReport(retrieval));

  const engine = await createEngine(articles);
  const times: number[] = [];
  const answers: Answer[] = [];
  const answering = progress.step('KorQuAD answers', questions.length, 'questions');
  for (const question of questions) {
    const started = performance.now();
    answers.push(await engine.answer(question.question, { top: 5 }));
    times.push(performance.now() - started);
    if (answers.length % 20 === 0) answering.update(answers.length);
  }
  answering.end();
  printKorquadAnswers('answer() --top 5', scoreKorquadAnswers(questions, answers));
  // The halves `npm run train` splits by (Wikipedia article title): validation was not fitted on.
  const titleOf = new Map(articles.map((article) => [article.id, article.title]));
  for (const half of ['validation', 'train'] as const) {
    const picked = questions.map((question, i) => ({ question, answer: answers[i] })).filter(({ question }) => splitHalf(titleOf.get(question.context_id) ?? '') === half);
    printKorquadAnswers(
      `answer() --top 5, ${half} half (${picked.length})`,
      scoreKorquadAnswers(picked.map(({ question }) => question), picked.flatMap(({ answer }) => (answer ? [answer] : []))),
    );
  }
  times.sort((a, b) => a - b);
  const percentile = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  console.log(`== answer() latency over ${times.length} questions: p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms`);
  if (viaCli) {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'ask.ts'), '--json', '--top', '5', '--corpus', corpusFile],
      { input: questions.map((question) => question.question.replace(/\s+/gu, ' ')).join('\n') + '\n', maxBuffer: 1 << 30 },
    ).toString('utf8');
    const cliAnswers = output.trim().split('\n').map((line) => JSON.parse(line) as Answer);
    printKorquadAnswers('ask --json --top 5 (CLI)', scoreKorquadAnswers(questions, cliAnswers));
  }
}

function printKorquadAnswers(label: string, report: KorquadAnswerReport): void {
  const f = (x: number) => x.toFixed(3);
  console.log(
    `== KorQuAD through ${label}: R@1 ${f(report.recallAt1)}  R@5 ${f(report.recallAt5)}  MRR ${f(report.mrr)}` +
      `  answer⊇gold ${f(report.answerContainsGold)}  citations⊇gold ${f(report.citationsContainGold)}\n` +
      `   EM ${f(report.exactMatch)}  F1 ${f(report.f1)}  spans ${f(report.spanShare)} (EM ${f(report.spanExactMatch)})` +
      `  confidence≥0.8 ${f(report.confidentShare)} (EM ${f(report.confidentExactMatch)})`,
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
