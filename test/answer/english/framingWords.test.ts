/**
 * English that frames a question without naming what it is about: "what's the figure", "this year's
 * batch", "a Seoul-based firm" (the place, not a base), and a game's points (31점) told from
 * percentage points. Through translateQuestion over a stub lexicon.
 */
import { describe, expect, it } from 'vitest';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { stubLexicon } from './lexicon.ts';

const lexicon = stubLexicon({ words: ['서울', '기업', '유니콘', '입주', '선수', '득점', '지지율'] });

describe('framing words', () => {
  it('drops "figure", "tally" and "batch", which no article says', async () => {
    const figure = await translateQuestion("Korea's unicorns — what's the figure?", lexicon);
    expect(figure?.korean).not.toMatch(/figure/iu);
    const batch = await translateQuestion("How many firms are in this year's batch of tenants?", lexicon);
    expect(batch?.korean).not.toMatch(/batch/iu);
    expect(batch?.unknown).toEqual([]);
  });

  it('reads "Seoul-based" as the place', async () => {
    const based = await translateQuestion('How many Seoul-based firms joined?', lexicon);
    expect(based?.korean).toContain('서울');
    expect(based?.korean).not.toContain('기지');
  });
});

describe('points', () => {
  it("counts a player's points, and asks percentage points only for a change or a gap", () => {
    expect(englishIntent('How many points did the guard score?')).toBe('count');
    expect(englishIntent('By how many points did the approval rating fall?')).toBe('percent');
    expect(englishIntent('How many percentage points separate the two candidates?')).toBe('percent');
  });

  it('asks a game\'s points in 점', async () => {
    const points = await translateQuestion('How many points did the guard score?', lexicon);
    expect(points?.korean).toMatch(/몇 점$/u);
  });
});
