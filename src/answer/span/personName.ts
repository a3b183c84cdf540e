/**
 * 이름만: a person asked (누구, "… 인물은", "… 대변인은"), a span that shows the person's whole
 * mention — organization and title with the name ("정운찬 국무총리", "한나라당 정두언 의원",
 * "강만수 기획재정부 장관") — is cut to the name. The question asks who; the title is in the cited
 * sentence. The person extractor (../../facts/person.ts) says where the name is: a span no person
 * fact covers, or a name shorter than two letters ("윤 대통령"), stays as it is.
 */
import type { Fact } from '../../facts/types.ts';
import { TITLES } from '../../facts/titles.ts';
import type { SpanQuestion } from './question.ts';

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
