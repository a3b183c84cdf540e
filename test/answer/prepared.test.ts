/**
 * The question is prepared once at the entrance: NFD, full-width, zero-width and extra-space
 * variants of the project's own questions (eval/*.jsonl) get exactly the answer of the plain one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, prepareQuestion, type Engine } from '../../src/answer/index.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const QUESTIONS = ['eval/seed-extra.jsonl', 'eval/seed-holdout.jsonl', 'eval/seed-holdout2.jsonl'].flatMap((file) =>
  readFileSync(root(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { query: string }).query),
);

/** Full-width forms of ASCII letters, digits and signs, and the ideographic space. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /gu, '\u3000');
/** Zero-width spaces, joiners and a BOM between characters. */
const zeroWidth = (text: string, marks: readonly string[]) =>
  [...text].map((char, i) => char + (marks[i % marks.length] ?? '')).join('');
/** Spaces doubled, tabs, no-break spaces, and blank margins. */
const extraSpaces = (text: string) => `  \t${text.replace(/ /gu, ' \u00A0  ')}\n `;

type Variant = (text: string) => string;
const VARIANTS: Record<string, Variant> = {
  nfd: (text) => text.normalize('NFD'),
  fullWidth,
  zeroWidth: (text) => zeroWidth(text, ['\u200B', '', '\u200D', '\uFEFF', '']),
  extraSpaces,
};

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await loadEngine(root('seeds')));
});

describe('prepareQuestion', () => {
  it('undoes every variant', () => {
    const question = 'K-바이오 랩허브 예산은 얼마?';
    for (const [name, variant] of Object.entries(VARIANTS)) expect(prepareQuestion(variant(question)), name).toBe(question);
  });
});

describe('answer: a question prepared once', () => {
  it('the NFD form of "K-바이오 랩허브 예산" is answered like the plain one', async () => {
    const plain = await engine.answer('K-바이오 랩허브 예산');
    expect(plain.answer).toContain('2,700억');
    expect(await engine.answer('K-바이오 랩허브 예산'.normalize('NFD'))).toEqual(plain);
  });

  it('NFD, full-width, zero-width and extra-space variants of eval/ questions answer as the plain ones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...QUESTIONS),
        fc.subarray(Object.keys(VARIANTS), { minLength: 1 }),
        async (question, names) => {
          const variant = names.reduce((text, name) => (VARIANTS[name] ?? ((t: string) => t))(text), question);
          expect(await engine.answer(variant)).toEqual(await engine.answer(question));
        },
      ),
      { numRuns: 120 },
    );
  });
});
