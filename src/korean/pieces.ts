/**
 * Pieces of a text as the search tokenizer sees its words: Hangul syllable pairs (바이그램), a
 * one-syllable word whole, and Latin/digit words, lower-cased. Matching by pieces makes spacing and
 * particles ("랩 허브" / "랩허브의") not matter.
 */

/**
 * @example
 * syllablePieces('K-바이오 랩허브') // ['k', '바이', '이오', '랩허', '허브']
 */
export function syllablePieces(text: string): string[] {
  const pieces = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    for (const run of word.match(/[가-힣]+|[^가-힣]+/gu) ?? []) {
      if (!/[가-힣]/u.test(run)) {
        pieces.add(run);
      } else if (run.length === 1) {
        pieces.add(run);
      } else {
        for (let i = 0; i + 2 <= run.length; i++) pieces.add(run.slice(i, i + 2));
      }
    }
  }
  return [...pieces].filter((piece) => piece.length > 0);
}
