/**
 * The project's own question sets over the seeds (eval/*.jsonl), answered in-process through the
 * engine and scored as `npm run eval` scores them: the suite fails when a set passes fewer questions
 * than the README's figures table states, so a regression cannot land silently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../src/answer/index.ts';
import { evalSeedAnswers, readJsonl, SeedQuestion } from '../../scripts/eval-answers.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SETS = ['seed-extra', 'seed-holdout', 'seed-holdout2'] as const;

/** "seed-extra 86/89" and the like, read from the README's figures table. */
function readmeFloor(set: string): { passed: number; total: number } {
  const match = new RegExp(`${set} (\\d+)/(\\d+)`, 'u').exec(readFileSync(root('README.md'), 'utf8'));
  if (!match) throw new Error(`README.md states no figure for ${set}`);
  return { passed: Number(match[1]), total: Number(match[2]) };
}

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await loadEngine(root('seeds')));
});

describe('eval/ question sets (the README figures are floors)', () => {
  it.each(SETS)('%s passes at least as many questions as the README states', async (set) => {
    const questions = readJsonl(root(`eval/${set}.jsonl`), SeedQuestion);
    const floor = readmeFloor(set);
    expect(questions).toHaveLength(floor.total);
    const scores = await evalSeedAnswers(engine, questions);
    const failed = scores.filter((score) => !score.pass).map((score) => `${score.id} ${score.query}: ${score.failures.join('; ')}`);
    expect(scores.length - failed.length, failed.join('\n')).toBeGreaterThanOrEqual(floor.passed);
  });
});
