/**
 * A question with a mistyped name gets the answer of the question spelled right: search finds the
 * sentence through the corpus's spelling, and the span reader reads the question with it too.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../src/answer/index.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await loadEngine(root('seeds')));
});

/** [as typed, as the corpus spells it]: one jamo off in a name of three syllables or more. */
const PAIRS: [string, string][] = [
  ['랩센트롤 대표 이름 뭐였지?', '랩센트럴 대표 이름 뭐였지?'],
  ['대웅재약 기술수출 규모 얼마였지?', '대웅제약 기술수출 규모 얼마였지?'],
  ['위즈바이오솔루선 어디 입주했어?', '위즈바이오솔루션 어디 입주했어?'],
];

describe('mistyped names', () => {
  it.each(PAIRS)('%s answers as %s', async (typed, spelled) => {
    const right = await engine.answer(spelled);
    expect(right.found).toBe(true);
    const answer = await engine.answer(typed);
    expect({ found: answer.found, answer: answer.answer, kind: answer.answerKind }).toEqual({
      found: right.found,
      answer: right.answer,
      kind: right.answerKind,
    });
  });
});
