/**
 * The warm-up an engine runs after startup (`prepare`: word lists, then a few questions of each
 * kind, src/answer/warmUp.ts) leaves only caches behind: an engine that ran it answers exactly as
 * one that did not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const questions = ['eval/seed-briefing-holdout.jsonl', 'eval/seed-english-holdout.jsonl'].flatMap((file) =>
  readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .slice(0, 15)
    .map((line) => (JSON.parse(line) as { query: string }).query),
);

describe('warm-up', () => {
  it('changes no answer', async () => {
    const cold = await loadEngine(path.join(ROOT, 'seeds'));
    const warm = await loadEngine(path.join(ROOT, 'seeds'));
    await warm.prepare();
    for (const question of questions) {
      expect(await warm.engine.answer(question, { top: 5 }), question).toEqual(await cold.engine.answer(question, { top: 5 }));
    }
  }, 120_000);
});
