/**
 * Chat acronyms of long names (두문자 약어): "보산진" for 보건산업진흥원, "과기부" for
 * 과학기술정보통신부 — each syllable of the short form opens a part of the long one. A question word
 * the corpus never writes is read as the one corpus word it shortens this way, when exactly one does.
 *
 * Only short forms of three or four syllables are read (two syllables match too many words), the
 * long word must be longer by two syllables at least, and its first syllable must be the short
 * form's: "적응증" shortens no word of an article about a drug deal, so it stays unknown.
 */

/** Syllables a short form has: fewer match too many words, more are seldom acronyms. */
const MIN_SYLLABLES = 3;
const MAX_SYLLABLES = 4;

/**
 * The corpus word a short form abbreviates, or null when none or several do.
 * @example
 * expandAcronym('보산진', ['보건산업진흥원', '보건산업진흥원은', '보스턴']) // '보건산업진흥원'
 * expandAcronym('적응증', ['적극', '대웅제약']) // null
 */
export function expandAcronym(short: string, words: Iterable<string>): string | null {
  if (!/^[가-힣]+$/u.test(short)) return null;
  const syllables = [...short];
  if (syllables.length < MIN_SYLLABLES || syllables.length > MAX_SYLLABLES) return null;
  const first = syllables[0];
  const found: string[] = [];
  for (const word of words) {
    if (word[0] !== first || word.length < syllables.length + 2 || !/^[가-힣]+$/u.test(word)) continue;
    if (opensParts(syllables, word)) found.push(word);
  }
  // A word and the same word with its particle ("보건산업진흥원", "보건산업진흥원은") are one.
  const roots = found.filter((word) => !found.some((other) => other !== word && word.startsWith(other)));
  return roots.length === 1 ? (roots[0] ?? null) : null;
}

/**
 * Whether each syllable of a short form is found in order in a word, the first at its start, the
 * later ones each past the one before with at least one syllable between two of them.
 */
function opensParts(syllables: readonly string[], word: string): boolean {
  let at = 0;
  let gaps = 0;
  for (let i = 1; i < syllables.length; i++) {
    const next = word.indexOf(syllables[i] ?? '', at + 1);
    if (next < 0) return false;
    if (next > at + 1) gaps++;
    at = next;
  }
  // "보산진" in 보건산업진흥원 skips a syllable before 산 and before 진; a word holding the short form
  // whole ("보산진흥") is not its long form.
  return gaps >= syllables.length - 2 && gaps > 0;
}
