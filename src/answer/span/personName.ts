/**
 * 이름만: a person asked (누구, "… 인물은", "… 대변인은"), a span answer that shows the person's whole
 * mention — organization and title with the name ("정운찬 국무총리", "한나라당 정두언 의원",
 * "강만수 기획재정부 장관") — is cut to the name. The question asks who; the title stays in the cited
 * sentence. The person extractor (../../facts/person.ts) says where the name is: a span no person
 * fact with a title covers, or a name shorter than two letters ("윤 대통령"), stays as it is.
 *
 * The last step of a found answer: the checks before it (a person asked by title is answered by one
 * holding it) read the title the span shows.
 */
import type { Fact } from '../../facts/types.ts';
import { TITLES } from '../../facts/titles.ts';
import type { Answer } from '../types.ts';
import { readSpanQuestion, type SpanQuestion } from './question.ts';

/** Whether the question asks for a person: 누구, or a title as the noun it asks about ("앵커는?"). */
export function asksPerson(question: SpanQuestion): boolean {
  return question.wh === 'who' || (question.focus !== null && TITLES.has(question.focus));
}

/** The name's offsets when the span is a person's mention with more than the name; the span itself otherwise. */
export function nameOfMention(sentence: string, start: number, end: number, facts: readonly Fact[]): { start: number; end: number } {
  for (const fact of facts) {
    if (fact.type !== 'person' || fact.sentence !== sentence || fact.title === null) continue;
    // The span lies within the mention and holds its name as written.
    if (start < fact.start || end > fact.end) continue;
    const at = sentence.indexOf(fact.name, fact.start);
    if (at < start || at + fact.name.length > end || fact.name.replace(/\s+/gu, '').length < 2) continue;
    if (at === start && at + fact.name.length === end) break;
    return { start: at, end: at + fact.name.length };
  }
  return { start, end };
}

/** A found span answer to a person question, named without its mention's title (see above); any other answer as it is. */
export function nameOnly(answer: Answer, q: { question: string; intent: string }, factsOf: (articleId: string, sentenceIndex: number) => readonly Fact[]): Answer {
  const cited = answer.citations[0];
  const { answerStart: start, answerEnd: end } = answer;
  if (!answer.found || answer.answerKind !== 'span' || !cited || start === null || end === null) return answer;
  if (cited.text.slice(start, end) !== answer.answer || !asksPerson(readSpanQuestion(q.question, q.intent))) return answer;
  const name = nameOfMention(cited.text, start, end, factsOf(cited.articleId, cited.sentenceIndex));
  if (name.start === start && name.end === end) return answer;
  // A name the question writes is not who it asks for: left for the reader to see whole.
  const shown = cited.text.slice(name.start, name.end);
  if (q.question.replace(/\s+/gu, '').includes(shown.replace(/\s+/gu, ''))) return answer;
  return { ...answer, answer: shown, answerStart: name.start, answerEnd: name.end };
}
