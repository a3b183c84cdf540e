/**
 * Compound splitting (복합어 분해): Korean writes compounds with or without spaces, so a question's
 * "산불대책" may be an article's "산불 … 대책", and "수출계약식" its "수출 계약 체결식". A word the
 * corpus never writes whole is split into words it does write.
 */
import { stripJosa } from './josa.ts';

/** Fewest syllables of a part: one-syllable parts match almost anything. */
const MIN_PART = 2;
/** One-syllable endings that name a kind of the thing before them (계약식, 사업비, 매출액, 성장률). */
const KIND_SUFFIX = /^[식비액금량률율건]$/u;
/** Most parts a word is split into. */
const MAX_PARTS = 3;

/**
 * The parts of a compound the corpus writes apart, longest first part first, or null when the word
 * is not such a compound. A last single syllable that names a kind (식, 비, 액: "계약식", "사업비")
 * may be left over: the parts alone carry the topic.
 * @example
 * splitCompound('산불대책의', (w) => ['산불', '대책'].includes(w)) // ['산불', '대책']
 * splitCompound('수출계약식', (w) => ['수출', '계약'].includes(w)) // ['수출', '계약']
 */
export function splitCompound(word: string, isWord: (word: string) => boolean): string[] | null {
  const stem = stripJosa(word);
  if (!/^[가-힣]+$/u.test(stem) || stem.length < MIN_PART * 2 || isWord(stem)) return null;
  return splitFrom(stem, isWord, MAX_PARTS);
}

function splitFrom(rest: string, isWord: (word: string) => boolean, partsLeft: number): string[] | null {
  for (let length = rest.length - 1; length >= MIN_PART; length--) {
    const head = rest.slice(0, length);
    if (!isWord(head)) continue;
    const tail = rest.slice(length);
    if (tail.length === 1) {
      if (KIND_SUFFIX.test(tail)) return [head];
      continue;
    }
    if (isWord(tail)) return [head, tail];
    if (partsLeft > 2) {
      const split = splitFrom(tail, isWord, partsLeft - 1);
      if (split) return [head, ...split];
    }
  }
  return null;
}
