/**
 * The engine holder: readers see the engine in place now; replacements and updates take effect at
 * once, updates run in order, and a failed update leaves the engine as it was.
 */
import { describe, expect, it } from 'vitest';
import { EngineHolder } from '../../src/answer/holder.ts';
import type { Answer, Engine } from '../../src/answer/types.ts';

/** An engine that only tells its name (in `answer`'s query); enough to see which engine answered. */
function named(name: string): Engine {
  const answer: Answer = {
    query: name, found: false, answer: null, answerKind: null, confidence: 0, answerStart: null, answerEnd: null,
    intent: 'open', facts: [], citations: [], problem: null,
  };
  return {
    answer: async () => answer,
    quotesBySpeaker: async () => [],
    speakers: async () => [name],
    factsByTopic: async () => [],
    articles: async () => [],
    checkMessage: async () => ({ claims: [] }),
    findArticles: async () => [],
    brief: async () => null,
    timeline: async (topic) => ({ topic, events: [] }),
    topicOf: async () => null,
    followUp: async (question) => ({ answer: { ...answer, query: question }, topic: '', inherited: false }),
  };
}

const nameOf = async (engine: Engine) => (await engine.answer('')).query;

describe('EngineHolder', () => {
  it('replace puts the new engine in place at once and returns the old one', async () => {
    const first = named('a');
    const holder = new EngineHolder(first);
    expect(holder.generation()).toBe(0);
    expect(holder.replace(named('b'))).toBe(first);
    expect(await nameOf(holder.current())).toBe('b');
    expect(holder.generation()).toBe(1);
  });

  it('updates run one after another, each from the engine the one before left', async () => {
    const holder = new EngineHolder(named('a'));
    const slow = holder.update(async (current) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return named(`${await nameOf(current)}b`);
    });
    const fast = holder.update(async (current) => named(`${await nameOf(current)}c`));
    await Promise.all([slow, fast]);
    expect(await nameOf(holder.current())).toBe('abc');
    expect(holder.generation()).toBe(2);
  });

  it('a failing update rejects and keeps the engine; later updates still run', async () => {
    const first = named('a');
    const holder = new EngineHolder(first);
    await expect(holder.update(() => Promise.reject(new Error('corpus unreadable')))).rejects.toThrow('corpus unreadable');
    expect(holder.current()).toBe(first);
    await holder.update(() => named('b'));
    expect(await nameOf(holder.current())).toBe('b');
  });
});
