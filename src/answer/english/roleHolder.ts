/**
 * "Who is the president of Busan Port Authority?", "Who was the presiding judge?": the person the
 * articles give the role asked, read off a related sentence in the ways Korean news writes a title —
 * after the name and its organization ("강준혁 부산항만공사 사장"), glued to the organization
 * ("권현주 질병관리청장"), in brackets ("형사11부(김도현 부장판사)") or before the name ("리더 서유나").
 * Used when the Korean readers found no one; the organization the question names must be in the sentence.
 */
import { stripJosa } from '../../korean/josa.ts';
import { glossary } from './glossary.ts';
import type { Library } from '../library.ts';
import type { RankedSentence } from '../finding.ts';
import type { Answer, Citation } from '../types.ts';

/** Korean role words (직함) a person question may ask by. */
const ROLE_WORD = /(?:장|장관|차관|대표|사장|회장|부회장|이사|위원|위원장|연구위원|판사|부장판사|재판장|리더|총장|청장|처장|원장|소장|단장|감독|교수|의원|시장|지사|군수|총재|의장|본부장|센터장)$/u;

let common: Set<string> | undefined;

/** The glossary's Korean words: news vocabulary (인터뷰, 시장), never a name. */
function commonWords(): ReadonlySet<string> {
  common ??= new Set(glossary().entries.flatMap((entry) => entry.korean.map((spelling) => spelling.replace(/\s+/gu, ''))));
  return common;
}

/** How many ranked sentences are read. */
const READ = 8;

const ROLE_CONFIDENCE = 0.7;

/** People the articles name: with a title, as speakers. */
function peopleOf(library: Library): Set<string> {
  const people = new Set<string>();
  for (const fact of library.people) people.add(fact.value);
  for (const speaker of library.speakerIndex.counts().keys()) people.add(speaker);
  return people;
}

/** Endings of organizations and places, never of a person's name (형사11부, 연구소, 공사 …). */
const NOT_A_NAME = /(?:부|청|처|소|사|회|단|실|국|과|팀|원|관|당|시|군|구|도|원|대|센터|위원회|법원|지법)$/u;

/**
 * A person's name in a word ("서유나는" → 서유나), or null: one the articles name elsewhere, or a
 * three-syllable word standing where Korean news puts a name before its title (the word right before
 * it, or the sentence's first).
 */
function personIn(word: string, people: ReadonlySet<string>, placed: boolean): string | null {
  const bare = stripJosa(word.replace(/^[(\[「『‘“'"]+|[)\]」』’”'",.]+$/gu, ''));
  if (!/^[가-힣]{2,4}$/u.test(bare) || commonWords().has(bare)) return null;
  return people.has(bare) || (placed && /^[가-힣]{3}$/u.test(bare) && !NOT_A_NAME.test(bare)) ? bare : null;
}

/** The holder of `role` in a sentence: the name before the role's word (two words back at most), or right after a bare role. */
function holderIn(text: string, role: string, people: ReadonlySet<string>): { name: string; start: number } | null {
  // Words, brackets and slashes apart ("형사11부(김도현 부장판사)는", "최형석 / 대전지역버스노동조합 위원장").
  const words = [...text.matchAll(/[^\s/()[\]]+/gu)].map((match) => ({ word: match[0], at: match.index ?? 0 }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]?.word ?? '';
    const core = stripJosa(word.replace(/^[(\[]+|[)\],.]+$/gu, ''));
    if (!core.endsWith(role)) continue;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      // A comma or a full stop ends the title's noun phrase: "걸그룹으로, 리더" is no name.
      if (/[,.]$/u.test(words[i - back]?.word ?? '')) break;
      // A name stands right before its title, or before its organization ("최형석 / 대전지역버스노동조합 위원장").
      const between = words[i - 1]?.word ?? '';
      const placed = back === 1 || (back === 2 && (between.length >= 4 || NOT_A_NAME.test(stripJosa(between))));
      const name = personIn(words[i - back]?.word ?? '', people, placed);
      if (name) return { name, start: (words[i - back]?.at ?? 0) + (words[i - back]?.word ?? '').indexOf(name) };
    }
    // "리더 서유나는": a bare title word (no particle on it) before the name.
    if (word === role) {
      const name = personIn(words[i + 1]?.word ?? '', people, true);
      if (name) return { name, start: (words[i + 1]?.at ?? 0) + (words[i + 1]?.word ?? '').indexOf(name) };
    }
  }
  return null;
}

/**
 * @name answerRoleHolder
 * @description
 * 직함으로 사람을 묻는 영어 질문에, 한국어 읽기가 못 찾았을 때 관련 문장에서 그 직함을 가진 사람.
 * @example
 * // "강준혁 부산항만공사 사장은 …" (Who is the president of Busan Port Authority?) → 강준혁
 */
export function answerRoleHolder(library: Library, answer: Answer, ranked: readonly RankedSentence[], korean: string, roles: readonly (readonly string[])[], names: readonly string[]): Answer | null {
  if (answer.found && answer.answerKind === 'span') return null;
  // The roles the question asks by (its role words, else its Korean words that end as titles do).
  // A one-syllable title (장) ends too many words to be read alone.
  const asked = new Set<string>((roles.length > 0 ? roles.flat() : korean.split(/\s+/u).filter((word) => ROLE_WORD.test(word))).filter((word) => /^[가-힣]{2,}$/u.test(word)));
  if (asked.size === 0) return null;
  const people = peopleOf(library);
  const squash = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
  const says = (text: string, name: string) => squash(text).includes(squash(name)) || library.aliasesOf(name).some((alias) => squash(text).includes(squash(alias)));
  // The sentences ranked for the question (its citations first), read in order; one holder of the role
  // among them answers, several (two 연구위원 quoted) leave it open.
  const read = [...answer.citations.map((citation) => ({ articleId: citation.articleId, sentenceIndex: citation.sentenceIndex, text: citation.text })), ...ranked.map((sentence) => ({ articleId: sentence.articleId, sentenceIndex: sentence.sentenceIndex, text: sentence.text }))].slice(0, READ);
  const found: { name: string; start: number; text: string; articleId: string; sentenceIndex: number }[] = [];
  for (const sentence of read) {
    if (!names.every((name) => says(sentence.text, name))) continue;
    for (const role of asked) {
      const holder = holderIn(sentence.text, role, people);
      // A person the question names ("with Minister Lee Young") is not the one it asks for.
      if (holder && !names.some((name) => name.includes(holder.name) || holder.name.includes(name))) found.push({ ...holder, ...sentence });
    }
  }
  // The holder whose sentence says most of the question's other words ("시장" of "quoted on the market outlook").
  const others = korean.split(/\s+/u).filter((word) => /^[가-힣]{2,}$/u.test(word) && !asked.has(word) && word !== '누구');
  const scoreOf = (text: string) => others.filter((word) => text.includes(word)).length;
  const best = Math.max(-1, ...found.map((entry) => scoreOf(entry.text)));
  const top = found.filter((entry) => scoreOf(entry.text) === best);
  const holders = new Set(top.map((entry) => entry.name));
  const [first] = top;
  if (holders.size !== 1 || !first) return null;
  const cited = library.cite(first.articleId, first.sentenceIndex, 1);
  if (!cited) return null;
  const citations: Citation[] = [cited, ...answer.citations.filter((citation) => citation.text !== first.text)];
  return { ...answer, found: true, answer: first.name, answerKind: 'span', intent: 'person', confidence: ROLE_CONFIDENCE, answerStart: first.start, answerEnd: first.start + first.name.length, citations, facts: [] };
  return null;
}
