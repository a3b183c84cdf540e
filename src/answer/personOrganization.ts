/**
 * 소속 묻기 (a person's organization): "ㄱㅈㅅ 대표 소속 회사", "요하네스 프로이하우프 어디 대표야?",
 * "… 커진다고 한 연구원 어디 소속이야?" — the organization the article writes with the person's
 * name and title ("제노스코사 고종성 대표", "김지성 한빛투자증권 연구원"), read by the person
 * extractor. The person is the one the question names (in full, by 초성, with a typo), else the one
 * holding the asked title in the best sentence.
 */
import type { PersonFact } from '../facts/types.ts';
import { readTitle } from '../facts/titles.ts';
import { getChoseong, isChoseongOnly } from '../korean/jamo.ts';
import { stripJosa } from '../korean/josa.ts';
import { isWordPresent } from './evidence.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import { sureSentence, type Finding, type RankedSentence } from './finding.ts';
import { withoutSpaces } from '../korean/normalize.ts';

/** Asking which organization: 소속, 어디/어느 회사 with a title, "어디 대표야". */
const ASKS_ORGANIZATION =
  /소속\s*(?:[이은가]|이야|이에요|회사|기관|단체|기업|대학|어디|어느|뭐|$|[?？])|(어디|어느\s*(회사|기관|곳|단체|기업|대학))\s*(의\s*)?[가-힣]*(대표|사장|회장|원장|연구원|교수|과장|실장|소장|이사|위원|청장|국장|부장)|(어느|무슨|어떤)\s*(회사|기관|단체|기업|대학)|(회사|기관|단체|기업)\s*(어디|이름)/u;

/** Asking the person rather than where they work. */
const ASKS_PERSON = /누구|누가|이름|성함|풀네임/u;

/** A spoken copula on a title ("대표야", "연구원이었지"). */
const SPOKEN_COPULA = /(이었어|였어|이었지|였지|이었나|였나|이에요|예요|이야|이래|래|야|임)$/u;

/** Sentences whose people are read for the title asked. */
const SENTENCES_READ = 4;

/** The organization of the person the question asks about, or null. */
export function answerPersonOrganization(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_ORGANIZATION.test(q.question) || ASKS_PERSON.test(q.question)) return null;
  const words = q.question.split(/[\s?？!.,]+/u).map((word) => stripJosa(word)).filter((word) => word.length > 0);
  // "ㅇㅍ ㅈㅇ 사장": a name's 초성 typed in two words is one name.
  const initials = q.question.match(/[ㄱ-ㅎ]{2,}(?:\s+[ㄱ-ㅎ]{1,})*/gu)?.map((run) => withoutSpaces(run)) ?? [];
  words.push(...initials.filter((run) => !words.includes(run)));
  const titles = words.map((word) => readTitle(word) ?? readTitle(word.replace(SPOKEN_COPULA, ''))).filter((title) => title !== null);
  if (titles.length === 0) return null;
  const named = library.people.filter((person) => person.organization !== null && words.some((word) => namesPerson(word, person)));
  // The person named in the question, in the sentence that ranks best, else anywhere.
  const person =
    named.find((fact) => ranked.some((sentence) => sentence.articleId === fact.articleId && sentence.sentenceIndex === fact.sentenceIndex)) ??
    named[0] ??
    ranked
      .slice(0, SENTENCES_READ)
      .flatMap((sentence) => sentence.facts.filter((fact): fact is PersonFact => fact.type === 'person'))
      .find((fact) => fact.organization !== null && fact.title !== null && titles.some((title) => fact.title?.endsWith(title.title) ?? false));
  if (!person?.organization) return null;
  const organization = person.organization;
  // The question must not name the organization itself ("랩센트럴 대표 어디 소속" is circular).
  if (withoutSpaces(q.question).includes(withoutSpaces(organization))) return null;
  const sentence = ranked.find((candidate) => candidate.articleId === person.articleId && candidate.sentenceIndex === person.sentenceIndex) ?? asRanked(library, person);
  if (!sentence) return null;
  return { answer: organization, facts: [person], primary: [sentence], structural: true };
}

/** Whether a question word names a person: their name, its 초성, or a typo of it (two syllables at least). */
function namesPerson(word: string, person: PersonFact): boolean {
  const name = withoutSpaces(person.name);
  if (isChoseongOnly(word)) return word.length >= 2 && getChoseong(name) === word;
  if (!/^[가-힣]{2,}$/u.test(word) || readTitle(word) !== null) return false;
  return name === word || (name.includes(word) && word.length >= 2) || (word.length >= 4 && isWordPresent(word, name));
}

function asRanked(library: Library, person: PersonFact): RankedSentence | null {
  const sentence = library.sentence(person.articleId, person.sentenceIndex);
  if (!sentence) return null;
  return sureSentence(library, person.articleId, person.sentenceIndex, sentence.text);
}
