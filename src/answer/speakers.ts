/**
 * 발언자 (speaker) matching: "조주현 차관 발언" or `/quote speaker:조주연` finds 조주현's quotes.
 * Names are compared whole and by jamo edit distance, so one typo still finds the speaker.
 */
import type { QuoteFact } from '../facts/types.ts';
import { disassemble, getChoseong, isChoseongOnly, jamoDistance } from '../korean/jamo.ts';
import { josaSource } from '../korean/josa.ts';
import { normalize } from '../korean/normalize.ts';

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
  if (title === null || !/^[가-힣]{2,4}$/u.test(name)) return 0;
  const words = normalize(query).split(/\s+/u);
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
 * How well a query (a question topic or an autocomplete prefix) names a person.
 * @example
 * nameMatch('조주현 차관', '조주현') // 1
 * nameMatch('헨리포드', '헨리 포드') // 1
 * nameMatch('조주연', '조주현') // 0.8 (one jamo off)
 * nameMatch('ㅈㅈㅎ', '조주현') // 0.9 (초성)
 */
export function nameMatch(query: string, name: string): number {
  const compactName = normalize(name).replace(/\s+/gu, '');
  const compactQuery = normalize(query).replace(/\s+/gu, '');
  if (compactName.length === 0 || compactQuery.length === 0) return 0;
  if (compactQuery.includes(compactName)) return 1;
  const words = normalize(query).split(/\s+/u).filter((word) => word.length > 0);
  let best = 0;
  for (const word of words.length > 1 ? [...words, compactQuery] : words) {
    if (isChoseongOnly(word) && getChoseong(compactName).startsWith(word)) best = Math.max(best, 0.9);
    if (word.length >= 2 && compactName.startsWith(word)) best = Math.max(best, 0.85);
    const jamoLength = disassemble(compactName).length;
    if (word.length >= 2 && jamoLength >= 4) {
      const distance = jamoDistance(word, compactName);
      const allowed = jamoLength >= 8 ? 2 : 1;
      if (distance <= allowed) best = Math.max(best, 0.9 - 0.1 * distance);
    }
  }
  return best;
}
