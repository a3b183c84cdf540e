/**
 * Answer-level evaluation: the seed question set scored exactly as ../shared/eval/README.md says,
 * and KorQuAD questions answered through the same `answer()` the CLI and the bot use.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer, Engine } from '../src/answer/index.ts';
import { characterF1, exactMatch } from './korquad-metrics.ts';

export const SeedQuestion = z.object({
  id: z.string(),
  query: z.string(),
  kind: z.string(),
  found: z.boolean(),
  answer_any: z.array(z.string()).optional(),
  cite_any: z.array(z.string()).optional(),
  articles: z.array(z.string()).optional(),
});
export type SeedQuestion = z.infer<typeof SeedQuestion>;

export const KorquadQuestion = z.object({
  id: z.string(),
  question: z.string(),
  answers: z.array(z.string()),
  context_id: z.string(),
});
export type KorquadQuestion = z.infer<typeof KorquadQuestion>;

/** Reads a JSONL file of `schema` records (a bad line is an error: eval data must be clean). */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The README's comparison: whitespace and commas ignored, case-insensitive. */
export function comparable(text: string): string {
  return text.replace(/[\s,]+/gu, '').toLowerCase();
}

function containsAny(text: string | null, needles: readonly string[]): boolean {
  if (text === null) return false;
  const haystack = comparable(text);
  return needles.some((needle) => haystack.includes(comparable(needle)));
}

export type SeedScore = { id: string; kind: string; query: string; pass: boolean; failures: string[] };

/** Scores one answer against one seed question; every check the question carries must hold. */
export function scoreSeedAnswer(question: SeedQuestion, answer: Answer): SeedScore {
  const failures: string[] = [];
  const top3 = answer.citations.slice(0, 3);
  if (answer.found !== question.found) failures.push(`found=${answer.found}, expected ${question.found}`);
  if (question.answer_any && !containsAny(answer.answer, question.answer_any)) {
    failures.push(`answer ${JSON.stringify(answer.answer)} lacks any of ${JSON.stringify(question.answer_any)}`);
  }
  if (question.cite_any && !top3.some((citation) => containsAny(citation.text, question.cite_any ?? []))) {
    failures.push(`no top-3 citation contains any of ${JSON.stringify(question.cite_any)}`);
  }
  if (question.articles && !top3.some((citation) => question.articles?.includes(citation.articleId))) {
    failures.push(`no top-3 citation from ${question.articles.join(', ')}`);
  }
  return { id: question.id, kind: question.kind, query: question.query, pass: failures.length === 0, failures };
}

export async function evalSeedAnswers(engine: Engine, questions: readonly SeedQuestion[]): Promise<SeedScore[]> {
  const scores: SeedScore[] = [];
  for (const question of questions) scores.push(scoreSeedAnswer(question, await engine.answer(question.query, { top: 3 })));
  return scores;
}

export type KorquadAnswerReport = {
  questions: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  /** Share of questions whose short answer contains a gold answer text. */
  answerContainsGold: number;
  /** Share of questions whose top-5 citations contain a gold answer text. */
  citationsContainGold: number;
  /** KorQuAD 1.0 exact match and character F1 of the direct answer (a sentence answer counts as its text). */
  exactMatch: number;
  f1: number;
  /** Share of questions answered with a span, and the exact match among those. */
  spanShare: number;
  spanExactMatch: number;
  /** Of the answers given at confidence ≥ 0.8, the share exactly right (calibration check). */
  confidentShare: number;
  confidentExactMatch: number;
};

/** Passage rank of the gold paragraph among an answer's citations (1-based; 0 when absent). */
function goldRank(answer: Answer, contextId: string): number {
  const order: string[] = [];
  for (const citation of answer.citations) if (!order.includes(citation.articleId)) order.push(citation.articleId);
  return order.indexOf(contextId) + 1;
}

/** Scores answers (from the engine or from the CLI's JSON lines) against KorQuAD questions. */
export function scoreKorquadAnswers(
  questions: readonly KorquadQuestion[],
  answers: readonly Answer[],
): KorquadAnswerReport {
  let r1 = 0;
  let r5 = 0;
  let rr = 0;
  let inAnswer = 0;
  let inCitations = 0;
  let em = 0;
  let f1 = 0;
  let spans = 0;
  let spanEm = 0;
  let confident = 0;
  let confidentEm = 0;
  questions.forEach((question, i) => {
    const answer = answers[i];
    if (!answer) return;
    const rank = goldRank(answer, question.context_id);
    if (rank === 1) r1++;
    if (rank >= 1 && rank <= 5) r5++;
    if (rank >= 1) rr += 1 / rank;
    if (containsAny(answer.answer, question.answers)) inAnswer++;
    if (answer.citations.slice(0, 5).some((citation) => containsAny(citation.text, question.answers))) inCitations++;
    const right = exactMatch(answer.answer, question.answers);
    em += right;
    f1 += characterF1(answer.answer, question.answers);
    if (answer.answerKind === 'span') {
      spans++;
      spanEm += right;
    }
    if (answer.answer !== null && answer.confidence >= 0.8) {
      confident++;
      confidentEm += right;
    }
  });
  const n = questions.length || 1;
  return {
    questions: questions.length,
    recallAt1: r1 / n,
    recallAt5: r5 / n,
    mrr: rr / n,
    answerContainsGold: inAnswer / n,
    citationsContainGold: inCitations / n,
    exactMatch: em / n,
    f1: f1 / n,
    spanShare: spans / n,
    spanExactMatch: spans > 0 ? spanEm / spans : 0,
    confidentShare: confident / n,
    confidentExactMatch: confident > 0 ? confidentEm / confident : 0,
  };
}
