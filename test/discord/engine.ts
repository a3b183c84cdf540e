/**
 * The engine the bot tests run against: the real one, over the seed articles. The seam: every bot
 * test gets its engine here, so swapping the corpus (or the engine) is a one-line change.
 */
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';

/** seeds/ at the project root, wherever the tests are started from. */
export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

export async function engineForTests(): Promise<Engine> {
  return (await loadEngine(SEEDS)).engine;
}
