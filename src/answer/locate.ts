/**
 * Where a question's topic shows up inside a sentence, so that the fact nearest to it can be
 * preferred ("15개 사가 참여해 … 38개 VC를 대상으로": a question about VC wants 38개).
 *
 * Works on the topic's syllable pieces (`syllablePieces`), as the search tokenizer does, so spacing
 * and particles ("랩 허브" / "랩허브의") do not matter.
 */

import { BoundedMap } from '../boundedMap.ts';

/** A topic piece found in a sentence: its character offset and the piece. */
export type TopicHit = { offset: number; piece: string };

/**
 * Every occurrence of the topic's pieces in a sentence. Hangul bigrams also match across a single
 * space ("랩 허브" has 랩허).
 */
export function locateTopic(sentence: string, pieces: readonly string[]): TopicHit[] {
  const { compact, compactOffsets } = compactOf(sentence);
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

/** A sentence lower-cased without its spaces, and where each of its characters stands in the lower-cased sentence. */
type Compact = { compact: string; compactOffsets: Int32Array };

/** Compact forms of the sentences last located in (a sentence is located in again by every question that cites it). */
const compactForms = new BoundedMap<string, Compact>(2_048);

function compactOf(sentence: string): Compact {
  let made = compactForms.get(sentence);
  if (made) return made;
  const lower = sentence.toLowerCase();
  // Offsets into the sentence of each non-space character, so bigrams can match across spaces.
  const compactOffsets = new Int32Array(lower.length);
  let count = 0;
  let compact = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) === 0x20) {
      if (i > from) compact += lower.slice(from, i);
      from = i + 1;
    } else {
      compactOffsets[count++] = i;
    }
  }
  if (lower.length > from) compact += lower.slice(from);
  made = { compact, compactOffsets: compactOffsets.subarray(0, count) };
  compactForms.set(sentence, made);
  return made;
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
