/**
 * A span the show gate held back (붙잡아 둔 답): what is known of it, and whether its sentence is
 * still offered as evidence for a slot question (누구/언제/얼마/몇 …) instead of "not in the articles".
 *
 * A slot question whose closed gate leaves only a sentence is answered "not found" unless the
 * sentence is plainly about what the question asks: it restates the question (every content word
 * of the question stands in it) and it holds a span of the asked kind. A near-miss question (a
 * detail no article states: "완공은 언제" over a sentence about the groundbreaking) leaves one of its
 * words out of every sentence, and stays not found.
 */
import type { GateInputs } from './showGate.ts';
import { fitsAsked } from './showGate.ts';
import { restatement } from './restates.ts';

export type HeldSpan = {
  /** The gate's confidence in the span (below its threshold). */
  confidence: number;
  /** Whether the span is of the kind the question word asks (null: it asks no kind). */
  fits: boolean | null;
  /** Share of the question's content words the sentence holds (first two syllables each). */
  cover: number;
  /** How closely the sentence restates the question around the span (./restates.ts). */
  run: number;
  near: number;
  text: string;
};

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What the gate read of the span it held back. */
export function heldSpan(gate: GateInputs, text: string, confidence: number): HeldSpan {
  const sentence = gate.view.sentence.text;
  const compact = letters(sentence);
  const words = gate.question.words.map(letters).filter((word) => word.length > 0);
  const held = words.filter((word) => compact.includes(word.slice(0, 2))).length;
  const restated = restatement(gate.question, sentence, gate.candidate.start, gate.candidate.end);
  return {
    confidence,
    fits: fitsAsked(gate.question.wh, gate.candidate),
    cover: words.length > 0 ? held / words.length : 0,
    run: restated.run,
    near: restated.near,
    text,
  };
}
