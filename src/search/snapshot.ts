/**
 * The built index on disk, keyed by a hash of the corpus and `INDEX_VERSION`: a JSON header
 * (terms, vocabulary, aliases, section table, checksum) then the postings' typed arrays as raw
 * bytes, so that loading is a file read plus filling MiniSearch's maps. Anything stale,
 * truncated or altered is reported as a miss, never trusted.
 *
 * Why not MiniSearch's `toJSON`: at 50× KorQuAD (14M term–passage pairs) its JSON is ~140 MB
 * and `loadJSON` takes ~10 s; these arrays take ~85 MB and read and check in ~0.5 s.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../corpus/types.ts';
import type { Aliases } from './aliases.ts';
import { INDEX_VERSION } from './options.ts';
import type { PassageRef } from './passages.ts';
import { checkPostings } from './postings.ts';
import type { FieldPostings, Postings } from './postings.ts';

export type SnapshotData = {
  corpusHash: string;
  passages: readonly PassageRef[];
  postings: Postings;
  words: ReadonlyMap<string, number>;
  aliases: Aliases;
};

/** Why a snapshot was not used. */
export type SnapshotMiss = { kind: 'missing' | 'corrupt' | 'stale'; message: string };

const PREFIX = 'search-index-';
const SUFFIX = '.bin';
/** File signature: "KSIX" then the header's byte length. */
const MAGIC = 0x5849534b;
const LITTLE_ENDIAN = endianness() === 'LE';

type SectionKind = 'u32' | 'u16';

const headerSchema = z.object({
  version: z.number(),
  corpusHash: z.string(),
  littleEndian: z.boolean(),
  passageCount: z.number().int().nonnegative(),
  fieldCount: z.number().int().positive(),
  terms: z.array(z.string()),
  words: z.array(z.tuple([z.string(), z.number()])),
  aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
  sections: z.array(z.object({ kind: z.enum(['u32', 'u16']), length: z.number().int().nonnegative() })),
  checksum: z.string(),
});
type Header = z.infer<typeof headerSchema>;

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
  return join(snapshotDir, `${PREFIX}${corpusHash.slice(0, 20)}${SUFFIX}`);
}

/** The typed arrays of a snapshot, in file order. */
function sectionsOf(data: SnapshotData): (Uint32Array | Uint16Array)[] {
  const refs = new Uint32Array(data.passages.length * 2);
  data.passages.forEach(([position, paragraph], i) => {
    refs[2 * i] = position;
    refs[2 * i + 1] = paragraph;
  });
  const { documentFrequency, fieldLengths, fields } = data.postings;
  return [refs, documentFrequency, fieldLengths, ...fields.flatMap((f) => [f.offsets, f.passages, f.frequencies])];
}

const padded = (n: number) => (n + 3) & ~3;

function checksum(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** Writes atomically (temp file + rename) and removes this directory's other index snapshots. */
export function writeSnapshot(snapshotDir: string, data: SnapshotData): string {
  mkdirSync(snapshotDir, { recursive: true });
  const arrays = sectionsOf(data);
  const bodies = arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const header: Header = {
    version: INDEX_VERSION,
    corpusHash: data.corpusHash,
    littleEndian: LITTLE_ENDIAN,
    passageCount: data.postings.passageCount,
    fieldCount: data.postings.fields.length,
    terms: [...data.postings.terms],
    words: [...data.words],
    aliases: [...data.aliases],
    sections: arrays.map((a) => ({ kind: (a instanceof Uint16Array ? 'u16' : 'u32') as SectionKind, length: a.length })),
    checksum: checksum(bodies),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const preamble = Buffer.alloc(8);
  preamble.writeUInt32LE(MAGIC, 0);
  preamble.writeUInt32LE(headerBytes.length, 4);
  const path = snapshotPath(snapshotDir, data.corpusHash);
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  let open = true;
  try {
    const zeros = new Uint8Array(4);
    const write = (bytes: Uint8Array) => {
      writeSync(fd, bytes);
      const pad = padded(bytes.length) - bytes.length;
      if (pad > 0) writeSync(fd, zeros, 0, pad);
    };
    writeSync(fd, preamble);
    write(headerBytes);
    for (const body of bodies) write(body);
    open = false;
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    // A full disk must not leave a half-written temp file behind at every start.
    if (open) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  for (const name of readdirSync(snapshotDir)) {
    const other = join(snapshotDir, name);
    const ours = name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith('.json'));
    if (ours && other !== path) rmSync(other, { force: true });
  }
  return path;
}

type Read = { ok: true; value: SnapshotData } | { ok: false; error: SnapshotMiss };
const corrupt = (message: string): Read => ({ ok: false, error: { kind: 'corrupt', message } });

/** Reads the snapshot for this corpus hash; a missing, corrupt or stale file is a miss, not an error. */
export async function readSnapshot(snapshotDir: string, corpusHash: string): Promise<Read> {
  let file: Buffer;
  try {
    file = await readFile(snapshotPath(snapshotDir, corpusHash));
  } catch {
    return { ok: false, error: { kind: 'missing', message: 'no snapshot for this corpus' } };
  }
  try {
    return parseSnapshot(file, corpusHash);
  } catch (e) {
    return corrupt(`unreadable snapshot: ${String(e).slice(0, 200)}`);
  }
}

function parseSnapshot(file: Buffer, corpusHash: string): Read {
  if (file.length < 8 || file.readUInt32LE(0) !== MAGIC) return corrupt('not an index snapshot');
  const headerLength = file.readUInt32LE(4);
  if (8 + headerLength > file.length) return corrupt('truncated header');
  let raw: unknown;
  try {
    raw = JSON.parse(file.subarray(8, 8 + headerLength).toString('utf8'));
  } catch (e) {
    return corrupt(`unreadable header: ${String(e).slice(0, 200)}`);
  }
  if ((raw as { version?: unknown } | null)?.version !== INDEX_VERSION) {
    return { ok: false, error: { kind: 'stale', message: 'snapshot from another index version' } };
  }
  const checked = headerSchema.safeParse(raw);
  if (!checked.success) return corrupt(checked.error.message.slice(0, 300));
  const header = checked.data;
  if (header.corpusHash !== corpusHash) return { ok: false, error: { kind: 'stale', message: 'snapshot was built from another corpus' } };
  if (header.littleEndian !== LITTLE_ENDIAN) return { ok: false, error: { kind: 'stale', message: 'snapshot from another byte order' } };
  if (header.sections.length !== 3 + 3 * header.fieldCount) return corrupt('wrong number of sections');
  // Typed arrays need 4-byte alignment: copy the file once if its buffer is not aligned.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(Uint8Array.prototype.slice.call(file));
  let at = 8 + padded(headerLength);
  const bodies: Uint8Array[] = [];
  const arrays: (Uint32Array | Uint16Array)[] = [];
  for (const { kind, length } of header.sections) {
    const byteLength = length * (kind === 'u32' ? 4 : 2);
    if (at + byteLength > bytes.length) return corrupt('truncated sections');
    const start = bytes.byteOffset + at;
    arrays.push(kind === 'u32' ? new Uint32Array(bytes.buffer, start, length) : new Uint16Array(bytes.buffer, start, length));
    bodies.push(bytes.subarray(at, at + byteLength));
    at += padded(byteLength);
  }
  if (checksum(bodies) !== header.checksum) return corrupt('checksum mismatch');
  const [refs, documentFrequency, fieldLengths, ...rest] = arrays;
  if (!(refs instanceof Uint32Array) || !(documentFrequency instanceof Uint32Array) || !(fieldLengths instanceof Uint32Array)) {
    return corrupt('wrong section kinds');
  }
  const fields: FieldPostings[] = [];
  for (let f = 0; f < header.fieldCount; f++) {
    const [offsets, passages, frequencies] = rest.slice(3 * f, 3 * f + 3);
    if (!(offsets instanceof Uint32Array) || !(passages instanceof Uint32Array) || !(frequencies instanceof Uint16Array)) {
      return corrupt('wrong section kinds');
    }
    fields.push({ offsets, passages, frequencies });
  }
  if (refs.length !== 2 * header.passageCount) return corrupt('passage table does not match');
  const postings: Postings = { passageCount: header.passageCount, terms: header.terms, documentFrequency, fields, fieldLengths };
  const problem = checkPostings(postings);
  if (problem) return corrupt(problem);
  const passages: PassageRef[] = [];
  for (let i = 0; i < header.passageCount; i++) passages.push([refs[2 * i] ?? 0, refs[2 * i + 1] ?? 0]);
  return {
    ok: true,
    value: { corpusHash, passages, postings, words: new Map(header.words), aliases: new Map(header.aliases) },
  };
}
