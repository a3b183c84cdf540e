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

describe('warm-up and user questions', () => {
  async function seedLibrary(): Promise<Library> {
    const articles = (await loadCorpus(path.join(ROOT, 'seeds'))).articles;
    const source = arraySource(articles);
    const index = SearchIndex.build(source, { answerTypes: answerTypeHints() });
    return new Library(source, new ExtractedFacts(source), { retriever: index, lexicon: index });
  }

  it('starts no question while a user question is being answered, and goes on after it', async () => {
    const library = await seedLibrary();
    let looks = 0;
    // "A user's question is being answered" on looks 2 to 4 only: the warm-up waits, then goes on.
    const answered: number[] = [];
    await warmUp(library, () => {
      looks++;
      const busy = looks >= 2 && looks <= 4;
      if (!busy) answered.push(looks);
      return busy;
    }, 600_000);
    // Before each question the warm-up looks twice (how to yield, then whether to start); busy on
    // looks 2–4, it waits until looks 5 and 6 say no one is being answered, then goes on.
    expect(answered.slice(0, 3)).toEqual([1, 5, 6]);
    expect(answered.length).toBeGreaterThan(10);
  }, 120_000);

  it('ends at its budget even while users keep asking', async () => {
    const library = await seedLibrary();
    let looks = 0;
    await warmUp(library, () => {
      looks++;
      return true;
    }, 30);
    expect(looks).toBeGreaterThan(0);
  }, 60_000);
});
