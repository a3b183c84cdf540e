/**
 * 명사구 넓히기: a span the model chose is widened leftwards over the bare nouns that modify it in
 * its sentence ("1번지" → "네트워킹 1번지", "전략동맹" → "포괄적 전략동맹", "거점" → "현지 거점").
 *
 * Why: the model scores runs of eojeols and often prefers the head noun alone, which reads as a
 * fragment in a briefing ("1번지") and, said aloud, is not the article's answer. An eojeol joins the
 * span only when it is a bare noun: no particle (조사), no verb or adnominal ending, no punctuation,
 * not an adverb, and not a word the question itself says (an echo adds nothing to the answer).
 */
import { isBareNoun } from './bareNoun.ts';
import { lastEojeol } from './features.ts';

/** Most eojeols added in front of the span. */
const MAX_ADDED_EOJEOLS = 2;
/** Longest widened span, in characters. */
const MAX_WIDENED_CHARS = 30;

/**
 * The span widened over the bare nouns right before it (same sentence, no punctuation between),
 * as new offsets; the span itself when nothing joins. `echoes` is the question without spaces.
 */
export function widenSpan(sentence: string, start: number, end: number, echoes: string): { start: number; end: number } {
  let from = start;
  for (let added = 0; added < MAX_ADDED_EOJEOLS; added++) {
    if (sentence[from - 1] !== ' ') break;
    const word = lastEojeol(sentence.slice(0, from - 1));
    if (!word) break;
    if (!isBareNoun(word) || echoes.includes(word.toLowerCase())) break;
    const next = from - 1 - word.length;
    if (end - next > MAX_WIDENED_CHARS) break;
    from = next;
  }
  return { start: from, end };
}
