/**
 * What the command-line scripts share: the project's paths and a tiny argument parser.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root (this file lives in scripts/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The corpus used when none is given: the seed articles. */
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'seeds');
/**
 * Where search index snapshots are kept between runs: `$CACHE_DIR/index`, by default `.cache/index`
 * in the project (git-ignored). A cache that cannot be written is a warning, never a failure.
 */
export const SNAPSHOT_DIR = path.join(
  process.env.CACHE_DIR?.trim() ? path.resolve(process.env.CACHE_DIR) : path.join(PROJECT_ROOT, '.cache'),
  'index',
);

export { parseArgs };

/** Reads standard input to the end (empty when it is a terminal). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
