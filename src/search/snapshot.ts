/**
 * The built index on disk: MiniSearch's `toJSON` form plus the word and alias tables, keyed by a
 * hash of the corpus and `INDEX_VERSION`. Anything stale or unreadable is reported, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { Article } from '../corpus/types.ts';
import { INDEX_VERSION } from './options.ts';
import type { PassageRef } from './passages.ts';

export type SnapshotData = {
  version: number;
  corpusHash: string;
  passages: PassageRef[];
  documentFrequency: [string, number][];
  words: [string, number][];
  aliases: [string, string[]][];
  index: AsPlainObject;
};

const snapshotSchema = z.object({
  version: z.literal(INDEX_VERSION),
  corpusHash: z.string(),
  passages: z.array(z.tuple([z.number(), z.number()])),
  documentFrequency: z.array(z.tuple([z.string(), z.number()])),
  words: z.array(z.tuple([z.string(), z.number()])),
  aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
  index: z.looseObject({
    documentCount: z.number(),
    serializationVersion: z.number(),
    index: z.array(z.unknown()),
  }),
});

/** Why a snapshot was not used. */
export type SnapshotMiss = { kind: 'missing' | 'corrupt' | 'stale'; message: string };

const PREFIX = 'search-index-';

/** Hash of everything the index is built from (ids, titles, paragraphs) and of `INDEX_VERSION`. */
export function hashCorpus(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  hash.update(`v${INDEX_VERSION}\u0001${articles.length}`);
  for (const a of articles) {
    hash.update(`\u0002${a.id}\u0001${a.title}`);
    for (const p of a.paragraphs) hash.update(`\u0003${p}`);
    if (a.paragraphs.length === 0) for (const s of a.sentences) hash.update(`\u0004${s.paragraphIndex}:${s.text}`);
  }
  return hash.digest('hex');
}

export function snapshotPath(snapshotDir: string, corpusHash: string): string {
  return join(snapshotDir, `${PREFIX}${corpusHash.slice(0, 20)}.json`);
}

/** Reads the snapshot for this corpus hash; a missing, corrupt or stale file is a miss, not an error. */
export function readSnapshot(
  snapshotDir: string,
  corpusHash: string,
): { ok: true; value: SnapshotData } | { ok: false; error: SnapshotMiss } {
  let raw: string;
  try {
    raw = readFileSync(snapshotPath(snapshotDir, corpusHash), 'utf8');
  } catch {
    return { ok: false, error: { kind: 'missing', message: 'no snapshot for this corpus' } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: { kind: 'corrupt', message: `unreadable JSON: ${String(e)}` } };
  }
  const checked = snapshotSchema.safeParse(parsed);
  if (!checked.success) {
    const stale = (parsed as { version?: unknown } | null)?.version !== INDEX_VERSION;
    return { ok: false, error: { kind: stale ? 'stale' : 'corrupt', message: checked.error.message.slice(0, 300) } };
  }
  if (checked.data.corpusHash !== corpusHash) {
    return { ok: false, error: { kind: 'stale', message: 'snapshot was built from another corpus' } };
  }
  return { ok: true, value: parsed as SnapshotData };
}

/** Writes atomically (temp file + rename) and removes this directory's older index snapshots. */
export function writeSnapshot(snapshotDir: string, data: SnapshotData): string {
  mkdirSync(snapshotDir, { recursive: true });
  const path = snapshotPath(snapshotDir, data.corpusHash);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, path);
  for (const name of readdirSync(snapshotDir)) {
    const other = join(snapshotDir, name);
    if (name.startsWith(PREFIX) && name.endsWith('.json') && other !== path) rmSync(other, { force: true });
  }
  return path;
}
