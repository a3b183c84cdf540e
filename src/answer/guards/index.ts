/**
 * 답을 내지 않을 때 (guards): checks a short answer must pass before it is read out. Each names why a
 * span shown cannot be the answer; the answer stage then offers the sentence as related instead
 * (compose.ts `holds`). A wrong short answer costs more than none, so each guard refuses only what is
 * plainly not the thing asked.
 */
import type { Answer, QuestionIntent } from '../types.ts';
import type { Library } from '../library.ts';
import { notAName } from './nameAsked.ts';
import { otherFigureBound } from './figureBinding.ts';

/** Intents answered by a figure counted in a unit (dates and durations read relative words the binding does not). */
const FIGURES = new Set<QuestionIntent>(['money', 'count', 'percent', 'area']);

/** What a guard reads of the question. */
export type GuardQuestion = { question: string; intent: QuestionIntent; topic?: string; predicates?: readonly string[] };

/** Why the span an answer shows cannot answer the question, or null when no guard objects. */
export function refusal(q: GuardQuestion, shown: Pick<Answer, 'answer' | 'answerKind' | 'answerStart' | 'answerEnd' | 'citations'>, _library?: Library): string | null {
  if (shown.answerKind !== 'span' || shown.answer === null) return null;
  const sentence = shown.citations[0]?.text ?? '';
  const name = notAName(q.question, shown.answer, sentence, shown.answerStart, shown.answerEnd);
  if (name) return name;
  if (FIGURES.has(q.intent) && otherFigureBound(q.question, sentence, shown.answerStart, shown.answerEnd)) return 'other-figure-bound';
  return null;
}
