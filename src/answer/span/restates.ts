/**
 * How closely a sentence restates a question around a span (질문 재진술): a question written from
 * its sentence ("… 해명 인터뷰를 한 곳은?" over "… CBS라디오에서 해명 인터뷰를 했다") holds long
 * runs of the sentence's own letters, and its words stand right beside the answer; a chat question
 * ("나경원 인터뷰 어디서 했어") names the topic in a few words that stand anywhere. The show gate
 * (./showGate.ts) weighs these: a span pinned by a restating question is more often exactly right.
 */
import type { SpanQuestion } from './question.ts';

export type Restatement = {
  /** The longest run of the question's letters (question word and ending aside) written in the sentence outside the span, over the question's length (0–1). */
  run: number;
  /** The share of the question's words (first two syllables) written within `NEAR` characters of the span (0–1). */
  near: number;
  /** How far the nearest question word stands from the span, in characters over `FAR` (1: none within `FAR`). */
  distance: number;
};

/** Characters either side of a span in which a question word is "beside" it. */
const NEAR = 16;
/** Distances are capped here. */
const FAR = 60;

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Longest common substring length of `a` in `b` (dynamic programming over one row). */
function longestRun(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let best = 0;
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const next = new Uint16Array(b.length + 1);
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      if (ai === b.charCodeAt(j - 1)) {
        const run = (row[j - 1] ?? 0) + 1;
        next[j] = run;
        if (run > best) best = run;
      }
    }
    row = next;
  }
  return best;
}

export function restatement(question: SpanQuestion, sentence: string, start: number, end: number): Restatement {
  const outside = letters(sentence.slice(0, start)) + '\u0000' + letters(sentence.slice(end));
  const asked = question.words.map(letters).filter((word) => word.length > 0);
  const joined = asked.join('');
  const run = joined.length > 0 ? Math.min(1, longestRun(joined, outside) / joined.length) : 0;
  const left = letters(sentence.slice(Math.max(0, start - NEAR), start));
  const right = letters(sentence.slice(end, end + NEAR));
  let near = 0;
  let distance = FAR;
  for (const word of asked) {
    const key = word.slice(0, 2);
    if (left.includes(key) || right.includes(key)) near++;
    const before = sentence.lastIndexOf(key, start);
    if (before >= 0 && before + key.length <= start) distance = Math.min(distance, start - before - key.length);
    const after = sentence.indexOf(key, end);
    if (after >= 0) distance = Math.min(distance, after - end);
  }
  return { run, near: asked.length > 0 ? near / asked.length : 0, distance: Math.min(FAR, Math.max(0, distance)) / FAR };
}
