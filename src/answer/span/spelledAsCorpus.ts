import { stripJosa } from '../../korean/index.ts';
import type { Library } from '../library.ts';

/**
 * 오타 교정: the question with each mistyped word written as the corpus writes it ("랩센트롤 대표 이름
 * 뭐였지" → "랩센트럴 대표 이름 뭐였지"), so the span reader compares the sentence with the word the
 * user meant. Search already finds the sentence through the same spellings; without this the reader
 * sees a question word no sentence repeats and doubts every span near it.
 *
 * Only whole Hangul words of three syllables or more that the corpus never writes are respelled, and
 * only to a spelling search gives for them (a word within a jamo edit or two). 초성 words ("ㄷㅇㅈㅇ")
 * stay: the reader treats initials as a name the question singles out.
 */

/** Shorter words are too near too many others ("인구" / "연구") to be respelled safely. */
const MIN_SYLLABLES = 3;

export function spelledAsCorpus(library: Library, question: string): string {
  const words = library.words;
  if (words.size === 0) return question;
  return question.replace(/[가-힣]+/gu, (word) => {
    const stem = stripJosa(word);
    if ([...stem].length < MIN_SYLLABLES || words.has(stem) || words.has(word)) return word;
    const spelling = library.spellingsOf(stem).find((candidate) => /^[가-힣]+$/u.test(candidate) && candidate !== stem);
    return spelling === undefined ? word : spelling + word.slice(stem.length);
  });
}
