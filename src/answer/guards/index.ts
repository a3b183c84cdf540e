/**
 * 답을 내지 않을 때 (guards): checks a short answer must pass before it is read out (issue 15: "at
 * most 5% wrong"). Each guard is one general cause of a confidently wrong span, in its own module, and
 * names why the span shown cannot be the answer; the answer stage then tries the figure rule's
 * reading, else offers the closest sentences as related (compose.ts `holds`). A wrong short answer
 * costs more than none, so each guard refuses only what is plainly not the thing asked.
 */
import type { Answer, QuestionIntent } from '../types.ts';
import type { Library } from '../library.ts';
import { notAName } from './nameAsked.ts';
import { otherFigureBound } from './figureBinding.ts';
import { notOrganizationName } from './organizationShape.ts';
import { partForWhole } from './partForWhole.ts';
import { vagueTimeElsewhere } from './vagueDate.ts';
import { baselineForChange } from './changeBaseline.ts';
import { otherPersonItem } from './otherPersonItem.ts';
import { comparedClauseFigure } from './comparedClause.ts';
import { namesPerson } from '../personNames.ts';
import { nameUnsaid, namedOnlyElsewhere } from './namedElsewhereOnly.ts';
import { futureForPast, pastForNext } from './tense.ts';
import { otherSideFigure } from './oppositeSide.ts';
import { asOfDate } from './asOfDate.ts';
import { rankNotStated } from './rankStated.ts';
import { otherMeasure } from './otherMeasure.ts';
import { wholeForPart } from './wholeForPart.ts';
import { otherRound } from './otherRound.ts';

/** Intents answered by a figure counted in a unit (dates and durations read relative words the binding does not). */
const FIGURES = new Set<QuestionIntent>(['money', 'count', 'percent', 'area']);

/** What a guard reads of the question. */
export type GuardQuestion = { question: string; intent: QuestionIntent; topic?: string; focus?: string | null; predicates?: readonly string[]; translated?: boolean };

/** Why the span an answer shows cannot answer the question, or null when no guard objects. */
export function refusal(q: GuardQuestion, shown: Pick<Answer, 'answer' | 'answerKind' | 'answerStart' | 'answerEnd' | 'citations'>, library?: Library): string | null {
  if (shown.answerKind !== 'span' || shown.answer === null) return null;
  const sentence = shown.citations[0]?.text ?? '';
  const name = notAName(q.question, shown.answer, sentence, shown.answerStart, shown.answerEnd);
  if (name) return name;
  if (FIGURES.has(q.intent) && otherFigureBound(q.question, sentence, shown.answerStart, shown.answerEnd)) return 'other-figure-bound';
  if (library !== undefined && notOrganizationName(q.question, shown.answer, (word) => namesPerson(library, word))) return 'not-an-organization';
  if (FIGURES.has(q.intent) && otherSideFigure(q.question, sentence)) return 'other-side';
  if (q.intent === 'money' && otherMeasure(q.question, sentence)) return 'other-measure';
  if (FIGURES.has(q.intent) && otherRound(q.question, sentence)) return 'other-round';
  // (A name asked by its rank; a figure's sentence may leave the rank to the one before it.)
  if ((q.intent === 'open' || q.intent === 'person' || q.intent === 'place') && rankNotStated(q.question, sentence)) return 'rank-not-stated';
  if (q.intent === 'date' && asOfDate(q.question, shown.answer, sentence, shown.answerEnd)) return 'as-of-date';
  if (q.intent === 'date' && futureForPast(q.question, shown.answer)) return 'future-for-past';
  if ((q.intent === 'date' || q.intent === 'place') && pastForNext(q.question, sentence)) return 'past-for-next';
  if (vagueTimeElsewhere(q.question, shown.answer, sentence)) return 'vague-time-elsewhere';
  if (FIGURES.has(q.intent) && shown.answerStart !== null && wholeForPart(q.question, sentence, shown.answerStart)) return 'whole-for-part';
  if (shown.answerStart !== null && shown.answerEnd !== null && partForWhole(q.question, sentence, shown.answerStart, shown.answerEnd)) return 'part-for-whole';
  // (An English question reads the listed name's own figure itself: english/clause.ts ownFigure.)
  if (FIGURES.has(q.intent) && !q.translated && library !== undefined && shown.answerStart !== null && shown.answerEnd !== null && otherPersonItem(q.question, sentence, shown.answerStart, shown.answerEnd, (word) => namesPerson(library, word))) return 'other-person-item';
  if (FIGURES.has(q.intent) && shown.answerEnd !== null && comparedClauseFigure(q.question, sentence, shown.answerEnd)) return 'compared-clause';
  // (An English question's words are the glossary's guesses, not the asker's: left to english/.)
  if (FIGURES.has(q.intent) && !q.translated && library !== undefined && shown.citations[0] && namedOnlyElsewhere(library, q, shown.citations[0].articleId) !== null) return 'named-only-elsewhere';
  const cited = shown.citations[0];
  if (FIGURES.has(q.intent) && !q.translated && library !== undefined && cited && cited.sentenceIndex !== undefined && nameUnsaid(library, q, cited.articleId, cited.sentenceIndex) !== null) return 'name-unsaid';
  if (shown.answerStart !== null && shown.answerEnd !== null && baselineForChange(q.question, sentence, shown.answerStart, shown.answerEnd)) return 'baseline-for-change';
  return null;
}
