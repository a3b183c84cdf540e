/**
 * The warm-up an engine runs after startup (`prepare`: word lists, then a few questions of each
 * kind, src/answer/warmUp.ts) leaves only caches behind: an engine that ran it answers exactly as
 * one that did not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';
import { Library } from '../../src/answer/library.ts';
import { warmUp } from '../../src/answer/warmUp.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { arraySource } from '../../src/corpus/source.ts';
import { answerTypeHints } from '../../src/facts/index.ts';
import { ExtractedFacts } from '../../src/facts/source.ts';
import { SearchIndex } from '../../src/search/index.ts';

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

describe('warm-up stops for a user', () => {
  it('asks its stop signal before each warm-up question and returns as soon as it says so', async () => {
    const articles = (await loadCorpus(path.join(ROOT, 'seeds'))).articles;
    const source = arraySource(articles);
    const index = SearchIndex.build(source, { answerTypes: answerTypeHints() });
    const library = new Library(source, new ExtractedFacts(source), { retriever: index, lexicon: index });
    let asked = 0;
    // "A user asked" on the third look: the warm-up answers one question, then stops.
    await warmUp(library, () => ++asked >= 3);
    expect(asked).toBe(3);
  }, 60_000);
});
