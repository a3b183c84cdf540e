/**
 * Shards of a cold build (`shard.ts`) merged, in file order, into a snapshot's sections: the same
 * terms in the same order, the same postings, word counts and aliases as one shard over every file.
 */
import type { LoadWarning } from '../corpus/types.ts';
import { linkAliases, type Aliases } from '../search/aliases.ts';
import { rowsFromLogs } from '../search/postings.ts';
import { ByteChunks, textSection } from './container.ts';
import type { FileBytes, SectionData } from './container.ts';
import type { ShardOutput } from './shard.ts';
import { dropGathered, openSpilledLogs, piecesOf } from './spill.ts';
import type { Gathered } from './spill.ts';

export type MergedShards = { sections: Map<string, SectionData>; articles: number; fieldCount: number };

const json = (value: unknown) => textSection(JSON.stringify(value));
/** A JSON array from the inner texts of several (commas between the non-empty ones). */
function jsonArray(parts: readonly Gathered[]): ByteChunks {
  const pieces: (Uint8Array | FileBytes)[] = [textSection('[')];
  for (const part of parts) {
    if (part.file ? part.file.length === 0 : part.pieces.every((p) => p.length === 0)) {
      dropGathered(part);
      continue;
    }
    if (pieces.length > 1) pieces.push(textSection(','));
    pieces.push(...piecesOf(part));
  }
  pieces.push(textSection(']'));
  return new ByteChunks(pieces);
}
const lengthOf = (gathered: Gathered) => (gathered.file ? gathered.file.length : gathered.pieces.reduce((n, piece) => n + piece.length, 0));

/** Ids found in more than one shard (the sequential load would keep only the first). */
export function crossShardDuplicates(shards: readonly ShardOutput[]): boolean {
  const seen = new Set<string>();
  for (const shard of shards) {
    for (const id of shard.ids) if (seen.has(id)) return true;
    for (const id of shard.ids) seen.add(id);
  }
  return false;
}

/**
 * The snapshot sections of shards read in file order. `listing` holds the warnings of listing the
 * corpus folder (before any file's).
 */
export function mergeShards(shards: readonly ShardOutput[], listing: readonly LoadWarning[]): MergedShards {
  const ids = shards.flatMap((s) => s.ids);
  const articleOffsets = new Uint32Array(ids.length + 1);
  const positionBases: number[] = [];
  const passageBases: number[] = [];
  let articles = 0;
  let bytes = 0;
  let passages = 0;
  for (const shard of shards) {
    positionBases.push(articles);
    passageBases.push(passages);
    for (let i = 1; i < shard.offsets.length; i++) articleOffsets[articles + i] = bytes + (shard.offsets[i] ?? 0);
    articles += shard.ids.length;
    bytes += lengthOf(shard.records);
    passages += shard.refs.length / 2;
  }
  // Fact shapes: each shard's list after the one before, found by the article's shard.
  const shapes = shards.flatMap((s) => s.shapes);
  const shapeRanges: number[] = [];
  let shapeBase = 0;
  shards.forEach((shard, s) => {
    shapeRanges.push(positionBases[s] ?? 0, shapeBase);
    shapeBase += shard.shapes.length;
  });
  const quotes = shards.flatMap((shard, s) => shard.quotes.map(([p, ...rest]) => [p + (positionBases[s] ?? 0), ...rest]));

  // Terms numbered as one pass over every passage would number them: in order of first use.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const globalIds = shards.map((shard) =>
    Uint32Array.from(shard.terms, (term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      return id;
    }),
  );
  const documentFrequency = new Uint32Array(terms.length);
  shards.forEach((shard, s) => {
    const map = globalIds[s] ?? new Uint32Array(0);
    shard.documentFrequency.forEach((df, t) => {
      const g = map[t] ?? 0;
      documentFrequency[g] = (documentFrequency[g] ?? 0) + df;
    });
  });
  const fieldCount = shards[0]?.logs.length ?? 2;
  // Each shard's log portions in order: those spilled to its file (read as they are walked), then the last.
  const spilled = shards.map((shard) => (shard.spilledLogs ? openSpilledLogs(shard.spilledLogs) : null));
  const portions = shards.map((shard, s) => [...(spilled[s]?.portions ?? []), { passageStart: shard.logsStart, logs: shard.logs }]);
  let fields;
  try {
    fields = Array.from({ length: fieldCount }, (_, f) =>
      rowsFromLogs(
        terms.length,
        shards.flatMap((_shard, s) =>
          (portions[s] ?? []).flatMap(({ passageStart, logs }) => {
            const log = logs[f];
            return log ? [{ log, termIds: globalIds[s] ?? null, passageBase: (passageBases[s] ?? 0) + passageStart }] : [];
          }),
        ),
      ),
    );
  } finally {
    for (const file of spilled) file?.close();
  }
  const fieldLengths = new Uint32Array(passages * fieldCount);
  const refs = new Uint32Array(passages * 2);
  shards.forEach((shard, s) => {
    fieldLengths.set(shard.fieldLengths, (passageBases[s] ?? 0) * fieldCount);
    const base = positionBases[s] ?? 0;
    const at = (passageBases[s] ?? 0) * 2;
    for (let i = 0; i < shard.refs.length; i += 2) {
      refs[at + i] = (shard.refs[i] ?? 0) + base;
      refs[at + i + 1] = shard.refs[i + 1] ?? 0;
    }
  });

  const words = new Map<string, number>();
  for (const shard of shards) shard.words.forEach((word, i) => words.set(word, (words.get(word) ?? 0) + (shard.wordCounts[i] ?? 0)));
  const aliases: Aliases = new Map();
  for (const shard of shards) for (const [from, to] of shard.aliasLinks) linkAliases(aliases, from, to);

  const sections = new Map<string, SectionData>([
    ['ids', json(ids)],
    ['articleOffsets', articleOffsets],
    ['articles', new ByteChunks(shards.flatMap((s) => piecesOf(s.records)))],
    ['shapes', json(shapes)],
    ['shapeRanges', Uint32Array.from(shapeRanges)],
    ['meta', jsonArray(shards.map((s) => s.metas))],
    ['quotes', json(quotes)],
    ['people', jsonArray(shards.map((s) => s.people))],
    ['warnings', json([...listing, ...shards.flatMap((s) => s.warnings)])],
    ['terms', json(terms)],
    ['words', json([...words])],
    ['aliases', json([...aliases])],
    ['refs', refs],
    ['documentFrequency', documentFrequency],
    ['fieldLengths', fieldLengths],
  ]);
  fields.forEach((field, f) => {
    sections.set(`offsets${f}`, field.offsets);
    sections.set(`passages${f}`, field.passages);
    sections.set(`frequencies${f}`, field.frequencies);
  });
  return { sections, articles: ids.length, fieldCount };
}
