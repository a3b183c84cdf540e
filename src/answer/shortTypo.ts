/**
 * One-jamo typos in two-syllable topic words (두 음절 낱말의 오타): "수쥬" for 수주, "게약" for 계약.
 * Search's own typo rewrites leave words this short alone (too many words lie one jamo from them);
 * a question word the corpus never writes is read as the one corpus word one jamo away that begins
 * with the same syllable, and only when the question's own search hits write that word.
 */
import { jamoDistance } from '../korean/jamo.ts';

/**
 * The corpus word a two-syllable typo stands for, or null when none or several fit.
 * @param words the corpus's words (어절 and stems); a longer word offers its first two syllables
 * @param written whether the question's search hits write a word
 * @example
 * fixShortTypo('수쥬', ['수주', '수출', '수주했다'], () => true) // '수주'
 * fixShortTypo('실제', ['실적'], () => true) // null (two jamo apart)
 */
export function fixShortTypo(word: string, words: Iterable<string>, written: (word: string) => boolean): string | null {
  if (!/^[가-힣]{2}$/u.test(word)) return null;
  // Two-syllable words first; else the two syllables opening longer ones ("수주했다" → 수주): the
  // vocabulary holds eojeols, and a verb noun may stand only with its ending.
  const whole = nearWords(word, words, (corpusWord) => (corpusWord.length === 2 ? corpusWord : null));
  const near = whole.size > 0 ? whole : nearWords(word, words, (corpusWord) => corpusWord.slice(0, 2));
  if (near.size !== 1) return null;
  const [only] = near;
  return only !== undefined && written(only) ? only : null;
}

/** The candidates (as `candidateOf` reads a corpus word) one jamo from a word; stops past two. */
function nearWords(word: string, words: Iterable<string>, candidateOf: (corpusWord: string) => string | null): Set<string> {
  const near = new Set<string>();
  for (const corpusWord of words) {
    const candidate = candidateOf(corpusWord);
    if (candidate === null || candidate.length !== 2 || candidate[0] !== word[0] || candidate === word || near.has(candidate)) continue;
    if (jamoDistance(candidate, word) === 1) near.add(candidate);
    if (near.size > 1) break;
  }
  return near;
}
