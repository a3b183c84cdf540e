/**
 * Guards against wrong short answers (issue 15: "at most 5% wrong"). Each guard is one general cause
 * of a confidently wrong span, in its own module; a span any guard refuses is not shown as the answer
 * (compose.ts then tries the figure rule's reading, else lists the closest sentences as related).
 */
import type { Library } from '../library.ts';
import type { QuestionAnalysis } from '../question.ts';
import type { Answer } from '../types.ts';
import { notOrganizationName } from './organizationShape.ts';
import { partForWhole } from './partForWhole.ts';
import { vagueTimeElsewhere } from './vagueDate.ts';

/** Whether a shown span answer is refused by a guard. */
export function refusedSpan(library: Library, q: QuestionAnalysis, shown: Answer): boolean {
  const span = shown.answer ?? '';
  if (notOrganizationName(q.question, span, (word) => personNamesOf(library).has(word))) return true;
  const cited = shown.citations[0]?.text ?? '';
  if (vagueTimeElsewhere(q.question, span, cited)) return true;
  return shown.answerStart !== null && shown.answerEnd !== null && partForWhole(q.question, cited, shown.answerStart, shown.answerEnd);
}

/** The names of the people the articles name, gathered once per library. */
const personNames = new WeakMap<Library, ReadonlySet<string>>();

function personNamesOf(library: Library): ReadonlySet<string> {
  let names = personNames.get(library);
  if (!names) {
    names = new Set(library.people.map((person) => person.name));
    personNames.set(library, names);
  }
  return names;
}
