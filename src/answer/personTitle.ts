/**
 * A person's title (직함) as the articles give it: "임인택 직함이 뭐야?", "웨이팡 조우 직책은?" and, through
 * english/identify.ts, "What is Lim In-taek's position?". The answer is the title with its
 * organization as the article writes it, the name left out ("임인택 보건의료정책실장" → 보건의료정책실장),
 * cited from the sentence that says it.
 */
import type { PersonFact } from '../facts/types.ts';
import { readTitle } from '../facts/titles.ts';
import { contentWords, topicSupport } from './evidence.ts';
import type { Library } from './library.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion } from './question.ts';
import { answerFromSentence } from './sentenceAnswer.ts';
import type { Answer } from './types.ts';
import { withoutSpaces } from '../korean/normalize.ts';

/** Confidence of a title read from a person mention: the extractor read name and title together. */
const TITLE_CONFIDENCE = 0.85;

/**
 * A question asking for someone's title: 직함, 직책, 직위, 직급, 무슨 자리 — as words of their own
 * ("조직위원직" holds 직위 but asks nothing).
 */
const ASKS_TITLE = /(?<![가-힣])(?:직함|직책|직위|직급)|(?:무슨|어떤|어느)\s*자리/u;
/** The same words, every one of them, to take out of the question's topic. */
const TITLE_CUES = new RegExp(ASKS_TITLE.source, 'gu');

/**
 * The mention of `name` that carries the fullest title (with its organization first). Words the
 * question adds ("평창 올림픽에서 활동하던 직함") pick the mention whose sentence holds them; none
 * when no mention's does (the title asked is one the articles do not give).
 */
function titledMention(library: Library, name: string, context: readonly string[]): PersonFact | null {
  const mentions = library.people
    .filter((fact) => fact.value === name && fact.title !== null)
    .map((fact) => ({ fact, support: context.length > 0 ? topicSupport(context, library.sentence(fact.articleId, fact.sentenceIndex)?.text ?? '') : 0 }));
  if (context.length > 0 && !mentions.some(({ support }) => support > 0)) return null;
  return (
    mentions.sort(
      (a, b) =>
        b.support - a.support ||
        Number(b.fact.organization !== null) - Number(a.fact.organization !== null) ||
        (b.fact.organization?.length ?? 0) - (a.fact.organization?.length ?? 0),
    )[0]?.fact ?? null
  );
}

/**
 * The title the articles give `name`, as an answer to `query`; null when no mention has one (or
 * none in a sentence holding the `context` words the question adds).
 */
export function titleOfPerson(library: Library, name: string, query: string, top: number, context: readonly string[] = []): Answer | null {
  const fact = titledMention(library, name, context);
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
  const asked = withoutSpaces(question);
  const names = new Set(library.people.map((fact) => fact.value).filter((name) => name.length >= 2 && asked.includes(withoutSpaces(name))));
  // A name inside a longer named one ("조우" in "웨이팡 조우") is the same person.
  const people = [...names].filter((name) => ![...names].some((other) => other !== name && withoutSpaces(other).includes(withoutSpaces(name))));
  if (people.length !== 1) return null;
  const name = people[0] ?? '';
  return titleOfPerson(library, name, question, top, contextWords(question, name));
}

/** The question's words besides the person, their titles and the title cue ("평창", "동계올림픽"). */
function contextWords(question: string, name: string): string[] {
  const analyzed = analyzeQuestion(prepareQuestion(question.replace(TITLE_CUES, ' ')));
  if (!analyzed.ok) return [];
  const squashedName = withoutSpaces(name);
  return contentWords(analyzed.value.topic).filter(
    (word) => !squashedName.includes(word) && !word.includes(squashedName) && readTitle(word) === null,
  );
}
