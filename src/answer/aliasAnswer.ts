/**
 * 다른 이름 묻기 (naming questions): "MIT 기사에 한글로 뭐라고 나와?", "미주 한인 상공 회의소 총
 * 연합회 약칭이 뭐야", "중기부 정식 명칭" — the answer is the other name the articles define for the
 * name asked about ("매사추세츠공대(MIT)", "…총연합회(미주한상총연)", "…(이하 중기부)"), read from
 * the defining sentence, which is cited.
 *
 * Which name: 한글로 → the Hangul one, 영문/영어로 → the Latin one, 약칭/줄임말/줄여서 → the
 * shortest, 정식 명칭/풀네임 → the longest.
 */
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import { namingWanted, type Wanted } from './naming.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { withoutSpaces } from '../korean/normalize.ts';
import { escapeRegExp } from '../escapeRegExp.ts';

/** Words of a naming question that are not the name asked about. */
const NOT_NAME = /^(기사|본문|한글|한국어|우리말|영문|영어|알파벳|약칭|줄임말|줄여서|약어|준말|정식|명칭|이름|풀네임|전체|원래|본래|표기|뭐|무엇|어떻게|나와|나오|돼|써|썼|했|있)/u;

/** The other name the articles define for the name asked about, from its defining sentence. */
export function answerAlias(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const wanted = namingWanted(q.question);
  // "산불방지과장 ㅇㅁㅅ 풀네임": a person's name asked by their title, not another name of a name.
  if (wanted === null || q.intent === 'person') return null;
  for (const phrase of namePhrases(q.question)) {
    // A definition in a sentence: "NAME(ALIAS)" or "ALIAS(NAME)", as written there.
    const besidePhrase = definedBeside(phrase);
    for (const sentence of ranked) {
      for (const alias of besidePhrase(sentence.text)) {
        if (fits(alias, wanted, phrase)) return { answer: alias, facts: sentence.facts, primary: [sentence], alias: true };
      }
    }
    // One the corpus defines elsewhere ("이하 중기부"), read where both names stand.
    for (const alias of library.definedAliases(phrase)) {
      if (!fits(alias, wanted, phrase)) continue;
      for (const sentence of ranked) {
        const written = writtenAs(sentence.text, alias);
        if (written && squash(sentence.text).includes(squash(phrase))) return { answer: written, facts: sentence.facts, primary: [sentence], alias: true };
      }
    }
  }
  return null;
}

/** The phrase spelled with any spacing, as a pattern source. */
function spaced(phrase: string): string {
  return [...squash(phrase)].map((char) => escapeRegExp(char)).join('\\s*');
}

/**
 * Names a sentence gives right beside the phrase in brackets: "매사추세츠공대(MIT)" both ways. The
 * phrase's patterns are compiled once and tried on each sentence (only one with a bracket can match).
 */
function definedBeside(phrase: string): (sentence: string) => string[] {
  const name = spaced(phrase);
  const afterPattern = new RegExp(`(?<![\\p{L}\\p{N}])${name}\\s*\\(([^()]{2,40})\\)`, 'iu');
  // As many words before the brackets as the name has ("유엘 솔루션즈(UL Solutions)"), at most three.
  const words = Math.min(3, phrase.trim().split(/\s+/u).length);
  const beforePattern = new RegExp(`([\\p{L}\\p{N}&.\\-]+(?:\\s[\\p{L}\\p{N}&.\\-]+){0,${words - 1}})\\s*\\(\\s*${name}\\s*\\)`, 'iu');
  return (sentence) => {
    if (!sentence.includes('(')) return [];
    const found: string[] = [];
    const after = afterPattern.exec(sentence)?.[1];
    if (after) found.push(after.trim());
    const before = beforePattern.exec(sentence)?.[1];
    if (before) found.push(before.trim());
    return found.filter((alias) => squash(alias) !== squash(phrase) && !/[,:]|이하|\d/u.test(alias));
  };
}

/** The alias as the sentence writes it (case as written), or null. */
function writtenAs(sentence: string, alias: string): string | null {
  const match = new RegExp(spaced(alias), 'iu').exec(sentence);
  return match ? match[0] : null;
}

function fits(alias: string, wanted: Wanted, phrase: string): boolean {
  if (wanted === 'hangul') return /[가-힣]/u.test(alias) && !/[A-Za-z]/u.test(alias);
  if (wanted === 'latin') return /^[A-Za-z0-9&.\-\s]+$/u.test(alias);
  if (wanted === 'short') return squash(alias).length < squash(phrase).length;
  return squash(alias).length > squash(phrase).length;
}

/**
 * Candidate names in the question, longest first: its Latin runs ("UL Solutions") and runs of
 * its Hangul words, particles left on the last ("미주 한인 … 연합회" of "… 연합회 약칭이 뭐야").
 */
function namePhrases(question: string): string[] {
  const phrases: string[] = [];
  for (const match of question.matchAll(/[A-Za-z][A-Za-z0-9&.\-]*(?:\s+[A-Za-z][A-Za-z0-9&.\-]*)*/gu)) phrases.push(match[0]);
  const words = question.replace(/[?？!.,]/gu, ' ').split(/\s+/u).filter((word) => word.length > 0 && !NOT_NAME.test(word));
  for (let length = Math.min(8, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) phrases.push(words.slice(start, start + length).join(' '));
  }
  return [...new Set(phrases)].sort((a, b) => squash(b).length - squash(a).length);
}

function squash(text: string): string {
  return withoutSpaces(text, { lower: true });
}
