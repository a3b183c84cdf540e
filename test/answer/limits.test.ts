/**
 * Bounded inputs: one limit per input, shared by the engine and the slash-command definitions; every
 * input cut (or, for a question, refused) before matching; invisible characters never change a query.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { commandModules } from '../../commands/index.ts';
import { boundInput, INPUT_LIMITS, type Engine, type InputKind } from '../../src/answer/index.ts';
import { engineForTests } from '../discord/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await engineForTests();
});

/** Which engine limit each string option of each command is held to. */
const OPTION_LIMITS: Record<string, Record<string, InputKind>> = {
  ask: { question: 'question' },
  facts: { topic: 'topic' },
  quote: { speaker: 'speaker', keyword: 'keyword' },
  add: { url: 'url' },
  brief: { article: 'articleQuery', topic: 'topic' },
  timeline: { topic: 'topic' },
  remove: { article: 'article' },
};

describe('INPUT_LIMITS and the command definitions', () => {
  it("every free-text option's max_length is the engine's limit for it", () => {
    const seen: string[] = [];
    for (const command of commandModules) {
      for (const option of ('options' in command.data ? command.data.options : undefined) ?? []) {
        if (option.type !== 3 || 'choices' in option) continue; // String options typed freely
        const kind = OPTION_LIMITS[command.data.name]?.[option.name];
        expect(kind, `${command.data.name}.${option.name} has no limit`).toBeDefined();
        expect('max_length' in option ? option.max_length : undefined, `${command.data.name}.${option.name}`).toBe(
          INPUT_LIMITS[kind as InputKind],
        );
        seen.push(`${command.data.name}.${option.name}`);
      }
    }
    expect(seen.sort()).toEqual([
      'add.url', 'ask.question', 'brief.article', 'brief.topic', 'facts.topic', 'quote.keyword', 'quote.speaker', 'remove.article', 'timeline.topic',
    ]);
    expect(INPUT_LIMITS.question).toBe(500);
  });
});

describe('boundInput', () => {
  it('cuts to the limit without splitting a surrogate pair, removes format characters, repairs lone surrogates', () => {
    expect(boundInput('speaker', '가'.repeat(100_000))).toHaveLength(INPUT_LIMITS.speaker);
    expect(boundInput('speaker', `${'가'.repeat(99)}😀`)).toBe('가'.repeat(99));
    expect(boundInput('speaker', '조\u200B주\u2060현\uFEFF\u202E')).toBe('조주현');
    expect(boundInput('keyword', 'a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
    const once = boundInput('topic', `랩\u200D허브 ${'x'.repeat(500)}`);
    expect(boundInput('topic', once)).toBe(once);
  });
});

describe('the engine takes bounded, visible input', () => {
  it('a zero-width character inside a word does not change the question', async () => {
    const plain = await engine.answer('K-바이오 랩허브 예산');
    const hidden = await engine.answer('K-바이오 랩\u200B허\u2060브\uFEFF 예산');
    expect(hidden.found).toBe(true);
    expect(hidden.answer).toBe(plain.answer);
    expect(hidden.query).toBe('K-바이오 랩허브 예산');
  });

  it('a question over the limit is refused, echoing only its first characters', async () => {
    const answer = await engine.answer('랩허브 '.repeat(20_000));
    expect(answer.problem?.kind).toBe('too-long');
    expect(answer.query.length).toBeLessThanOrEqual(INPUT_LIMITS.question);
  });

  it('100k-character speakers, prefixes, keywords and topics are cut, and still match what they start with', async () => {
    const speaker = (await engine.speakers(''))[0] ?? '';
    expect(speaker).not.toBe('');
    const long = `${speaker} ${'가나다'.repeat(33_000)}`;
    expect((await engine.quotesBySpeaker(long)).length).toBeGreaterThan(0);
    expect(await engine.speakers(long)).toContain(speaker);
    await expect(engine.quotesBySpeaker(speaker, '은'.repeat(100_000))).resolves.toBeInstanceOf(Array);
    await expect(engine.factsByTopic(`랩허브 ${'(['.repeat(50_000)}`)).resolves.toBeInstanceOf(Array);
  });
});
