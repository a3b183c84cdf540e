/**
 * Where a question's topic shows up inside a sentence, so that the fact nearest to it can be
 * preferred ("15개 사가 참여해 … 38개 VC를 대상으로": a question about VC wants 38개).
 *
 * Works on the topic's syllable pieces (`syllablePieces`), as the search tokenizer does, so spacing
 * and particles ("랩 허브" / "랩허브의") do not matter.
 */

/** A topic piece found in a sentence: its character offset and the piece. */
export type TopicHit = { offset: number; piece: string };

/**
 * Every occurrence of the topic's pieces in a sentence. Hangul bigrams also match across a single
 * space ("랩 허브" has 랩허).
 */
export function locateTopic(sentence: string, pieces: readonly string[]): TopicHit[] {
  const lower = sentence.toLowerCase();
  // Offsets into the sentence of each non-space character, so bigrams can match across spaces.
  const compactOffsets: number[] = [];
  let compact = '';
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i] ?? '';
    if (char !== ' ') {
      compact += char;
      compactOffsets.push(i);
    }
  }
  const hits: TopicHit[] = [];
  for (const piece of pieces) {
    let from = 0;
    for (let guard = 0; guard < 1000; guard++) {
      const at = compact.indexOf(piece, from);
      if (at < 0) break;
      hits.push({ offset: compactOffsets[at] ?? 0, piece });
      from = at + 1;
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** Distance in characters from a span to the nearest topic hit (Infinity when none). */
export function distanceToTopic(start: number, end: number, hits: readonly TopicHit[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    const distance = hit.offset < start ? start - hit.offset : Math.max(0, hit.offset - end);
    if (distance < best) best = distance;
  }
  return best;
}

/**
 * How close a span is to the topic, the rarer topic words counting more (0..1): a fact next to
 * "최고혁신상" is closer to the question than one next to "기업".
 */
export function weightedProximity(
  start: number,
  end: number,
  hits: readonly TopicHit[],
  weightOf: (piece: string) => number,
  scale: number,
): number {
  let maxWeight = 0;
  for (const hit of hits) maxWeight = Math.max(maxWeight, weightOf(hit.piece));
  if (maxWeight <= 0) return 0;
  let best = 0;
  for (const hit of hits) {
    const distance = hit.offset < start ? start - hit.offset : Math.max(0, hit.offset - end);
    best = Math.max(best, weightOf(hit.piece) / maxWeight / (1 + distance / scale));
  }
  return best;
}
