/**
 * A person's title (직함) as the articles give it: "임인택 직함이 뭐야?", "웨이팡 조우 직책은?" and, through
 * english/identify.ts, "What is Lim In-taek's position?". The answer is the title with its
 * organization as the article writes it, the name left out ("임인택 보건의료정책실장" → 보건의료정책실장),
 * cited from the sentence that says it.
 */
import type { PersonFact } from '../facts/types.ts';
import type { Library } from './library.ts';
import { answerFromSentence } from './sentenceAnswer.ts';
import type { Answer } from './types.ts';

/** Confidence of a title read from a person mention: the extractor read name and title together. */
const TITLE_CONFIDENCE = 0.85;

/** A question asking for someone's title: 직함, 직책, 직위, 직급, 무슨 자리. */
const ASKS_TITLE = /직함|직책|직위|직급|(?:무슨|어떤|어느)\s*자리/u;

/** The mention of `name` that carries the fullest title (with its organization first). */
function titledMention(library: Library, name: string): PersonFact | null {
  const mentions = library.people.filter((fact) => fact.value === name && fact.title !== null);
  return (
    [...mentions].sort(
      (a, b) => Number(b.organization !== null) - Number(a.organization !== null) || (b.organization?.length ?? 0) - (a.organization?.length ?? 0),
    )[0] ?? null
  );
}

/** The title the articles give `name`, as an answer to `query`; null when no mention has one. */
export function titleOfPerson(library: Library, name: string, query: string, top: number): Answer | null {
  const fact = titledMention(library, name);
  if (!fact || !fact.title) return null;
  const sentence = library.sentence(fact.articleId, fact.sentenceIndex);
  if (!sentence) return null;
  const title = fact.text.replace(fact.name, ' ').replace(/\s+/gu, ' ').trim() || fact.title;
  // Marked in the sentence: the title as written, else the whole mention holding it.
  const shown = sentence.text.includes(title) ? title : fact.text;
  return answerFromSentence(
    library,
    { articleId: fact.articleId, sentenceIndex: fact.sentenceIndex, text: sentence.text, answer: title, start: sentence.text.indexOf(shown), length: shown.length, confidence: TITLE_CONFIDENCE, intent: 'person', facts: [fact] },
    query,
    top,
  );
}

/**
 * "X 직함 뭐야": the title of the one person the question names (spacing aside). Null when the
 * question does not ask a title, names no person the articles know, or names several.
 */
export function answerTitleQuestion(library: Library, question: string, top: number): Answer | null {
  if (!ASKS_TITLE.test(question)) return null;
  const asked = question.replace(/\s+/gu, '');
  const names = new Set(library.people.map((fact) => fact.value).filter((name) => name.length >= 2 && asked.includes(name.replace(/\s+/gu, ''))));
  // A name inside a longer named one ("조우" in "웨이팡 조우") is the same person.
  const people = [...names].filter((name) => ![...names].some((other) => other !== name && other.replace(/\s+/gu, '').includes(name.replace(/\s+/gu, ''))));
  if (people.length !== 1) return null;
  return titleOfPerson(library, people[0] ?? '', question, top);
}
