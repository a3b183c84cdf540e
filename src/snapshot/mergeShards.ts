/**
 * Shards of a cold build (`shard.ts`) merged, in file order, into a snapshot's sections: the same
 * terms in the same order, the same postings, word counts and aliases as one shard over every file.
 */
import type { LoadWarning } from '../corpus/types.ts';
import { linkAliases, type Aliases } from '../search/aliases.ts';
import type { FieldPostings } from '../search/postings.ts';
import { textSection } from './container.ts';
import type { SectionData } from './container.ts';
import type { ShardOutput } from './shard.ts';

export type MergedShards = { sections: Map<string, SectionData>; articles: number; fieldCount: number };

const json = (value: unknown) => textSection(JSON.stringify(value));
const jsonArray = (parts: readonly string[]) => textSection(`[${parts.filter((p) => p.length > 0).join(',')}]`);

/** Ids found in more than one shard (the sequential load would keep only the first). */
export function crossShardDuplicates(shards: readonly ShardOutput[]): boolean {
  const seen = new Set<string>();
  for (const shard of shards) {
    for (const id of shard.ids) if (seen.has(id)) return true;
    for (const id of shard.ids) seen.add(id);
  }
  return false;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One field's postings of every shard, rows of a term in shard order (passages stay ascending). */
function mergeField(shards: readonly ShardOutput[], f: number, globalIds: readonly Uint32Array[], termCount: number, passageBases: readonly number[]): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  shards.forEach((shard, s) => {
    const local = shard.fields[f];
    const ids = globalIds[s];
    if (!local || !ids) return;
    for (let t = 0; t < ids.length; t++) {
      const g = (ids[t] ?? 0) + 1;
      offsets[g] = (offsets[g] ?? 0) + (local.offsets[t + 1] ?? 0) - (local.offsets[t] ?? 0);
    }
  });
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const total = offsets[termCount] ?? 0;
  const passages = new Uint32Array(total);
  const frequencies = new Uint16Array(total);
  const cursor = offsets.slice(0, termCount);
  shards.forEach((shard, s) => {
    const local = shard.fields[f];
    const ids = globalIds[s];
    const base = passageBases[s] ?? 0;
    if (!local || !ids) return;
    for (let t = 0; t < ids.length; t++) {
      const g = ids[t] ?? 0;
      let at = cursor[g] ?? 0;
      const end = local.offsets[t + 1] ?? 0;
      for (let i = local.offsets[t] ?? 0; i < end; i++) {
        passages[at] = (local.passages[i] ?? 0) + base;
        frequencies[at] = local.frequencies[i] ?? 0;
        at++;
      }
      cursor[g] = at;
    }
  });
  return { offsets, passages, frequencies };
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
    bytes += shard.records.length;
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
  const fieldCount = shards[0]?.fields.length ?? 2;
  const fields = Array.from({ length: fieldCount }, (_, f) => mergeField(shards, f, globalIds, terms.length, passageBases));
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
    ['articles', shards.length === 1 ? (shards[0]?.records ?? new Uint8Array(0)) : concatBytes(shards.map((s) => s.records))],
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
    sections.set(`frequencies${f}`, field.frequencies.every((n) => n <= 0xff) ? Uint8Array.from(field.frequencies) : field.frequencies);
  });
  return { sections, articles: ids.length, fieldCount };
}
