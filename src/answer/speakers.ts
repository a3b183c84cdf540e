/**
 * 발언자 (speaker) matching: "조주현 차관 발언" or `/quote speaker:조주연` finds 조주현's quotes.
 * Names are compared whole and by jamo edit distance, so one typo still finds the speaker.
 */
import type { QuoteFact } from '../facts/types.ts';
import { disassemble, editDistance, getChoseong, isChoseongOnly, withinEdits } from '../korean/jamo.ts';
import { josaSource } from '../korean/josa.ts';
import { normalize, withoutSpaces } from '../korean/normalize.ts';

/** A particle after a title word in a question ("윤 대통령의", "조 차관은"). */
const TITLE_PARTICLE = new RegExp(`${josaSource(['marker', 'genitive'])}$`, 'u');

/** How well a query names a quote's speaker: 0 (not at all) to 1 (the exact name). */
export function speakerMatch(query: string, quote: QuoteFact): number {
  if (quote.speaker === null) return 0;
  return Math.max(nameMatch(query, quote.speaker), shortReferenceMatch(query, quote.speaker, quote.speakerTitle));
}

/**
 * A surname with a title ("윤 대통령", "이 장관") names the speaker whose name starts with that
 * surname and whose title ends with that title, as articles themselves refer to people.
 * @example
 * shortReferenceMatch('윤 대통령 윈윈 발언', '윤석열', '대통령') // 0.9
 */
export function shortReferenceMatch(query: string, name: string, title: string | null): number {
  return shortReferenceOf(nameQuery(query), name, title);
}

/** `shortReferenceMatch` of a query prepared by `nameQuery`. */
export function shortReferenceOf(query: NameQuery, name: string, title: string | null): number {
  if (title === null || !/^[가-힣]{2,4}$/u.test(name)) return 0;
  const words = query.spaced;
  for (let i = 0; i + 1 < words.length; i++) {
    const surname = words[i] ?? '';
    const titleWord = (words[i + 1] ?? '').replace(TITLE_PARTICLE, '');
    if (surname.length === 1 && name.startsWith(surname) && titleWord.length >= 2 && title.endsWith(titleWord)) {
      return 0.9;
    }
  }
  return 0;
}

/**
 * A query as the name matches read it, worked out once for every name it is matched with (a
 * question is matched against every speaker of the corpus).
 */
export type NameQuery = {
  /** Normalized, without spaces. */
  compact: string;
  /** The normalized query split at spaces, as written (`shortReferenceOf`). */
  spaced: readonly string[];
  /** Its words (and, for several, the whole query without spaces), with their jamo and whether they are 초성 only. */
  words: readonly string[];
  jamo: readonly string[];
  choseongOnly: readonly boolean[];
};

export function nameQuery(query: string): NameQuery {
  const normalized = normalize(query);
  const compact = withoutSpaces(normalized);
  const spaced = normalized.split(/\s+/u);
  const split = spaced.filter((word) => word.length > 0);
  const words = split.length > 1 ? [...split, compact] : split;
  return { compact, spaced, words, jamo: words.map(disassemble), choseongOnly: words.map(isChoseongOnly) };
}

/** A name as `nameMatch` reads it: normalized without spaces, its 초성 and its jamo. */
export type NameForm = { compact: string; choseong: string; jamo: string };

export function nameForm(name: string): NameForm {
  const compact = withoutSpaces(normalize(name));
  return { compact, choseong: getChoseong(compact), jamo: disassemble(compact) };
}

/**
 * How well a query (a question topic or an autocomplete prefix) names a person.
 * @example
 * nameMatch('조주현 차관', '조주현') // 1
 * nameMatch('헨리포드', '헨리 포드') // 1
 * nameMatch('조주연', '조주현') // 0.8 (one jamo off)
 * nameMatch('ㅈㅈㅎ', '조주현') // 0.9 (초성)
 */
export function nameMatch(query: string, name: string): number {
  return matchName(nameQuery(query), nameForm(name));
}

/** `nameMatch` of a prepared query and name. */
export function matchName(query: NameQuery, name: NameForm): number {
  if (name.compact.length === 0 || query.compact.length === 0) return 0;
  if (query.compact.includes(name.compact)) return 1;
  const jamoLength = name.jamo.length;
  const allowed = jamoLength >= 8 ? 2 : 1;
  let best = 0;
  for (let i = 0; i < query.words.length; i++) {
    const word = query.words[i] ?? '';
    if (query.choseongOnly[i] && name.choseong.startsWith(word)) best = Math.max(best, 0.9);
    if (word.length >= 2 && name.compact.startsWith(word)) best = Math.max(best, 0.85);
    // The jamo edit distance, worked out only for a word within the allowed edits.
    const jamo = query.jamo[i] ?? '';
    if (word.length >= 2 && jamoLength >= 4 && withinEdits(jamo, name.jamo, allowed)) {
      best = Math.max(best, 0.9 - 0.1 * editDistance(jamo, name.jamo));
    }
  }
  return best;
}
