/**
 * The snapshot file: a JSON header then named sections of raw bytes (typed arrays, UTF-8 text),
 * each aligned to 8 bytes and checked by a CRC-32. Written to a temporary file and renamed, so a
 * reader sees a whole file or none; read with one `readFile`, the sections viewed in place.
 *
 * Layout: "KQSN" · header length (u32 LE) · header JSON · padding · sections.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';
import { z } from 'zod';

const MAGIC = 0x4e53514b; // "KQSN"
const ALIGN = 8;
const LITTLE_ENDIAN = endianness() === 'LE';

/** Bytes held in pieces (a cold build's article records, shard by shard): written one after another, read back as one section. */
export class ByteChunks {
  constructor(readonly chunks: readonly Uint8Array[]) {}
  get length(): number {
    return this.chunks.reduce((n, chunk) => n + chunk.length, 0);
  }
}

export type SectionData = Uint8Array | Uint16Array | Uint32Array | ByteChunks;
type Kind = 'u8' | 'u16' | 'u32';

const sectionSchema = z.object({
  name: z.string(),
  kind: z.enum(['u8', 'u16', 'u32']),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  crc: z.number().int().nonnegative(),
});
const containerSchema = z.object({
  littleEndian: z.boolean(),
  sections: z.array(sectionSchema),
  meta: z.unknown(),
});

/** Why a snapshot was not used. */
export type SnapshotMiss = { kind: 'missing' | 'corrupt' | 'stale'; message: string };

export type Container = {
  /** What the writer put in the header besides the section table. */
  meta: unknown;
  sections: Map<string, SectionData>;
};

const kindOf = (data: SectionData): Kind => (data instanceof Uint32Array ? 'u32' : data instanceof Uint16Array ? 'u16' : 'u8');
const piecesOf = (data: SectionData): Uint8Array[] =>
  data instanceof ByteChunks ? [...data.chunks] : [new Uint8Array(data.buffer, data.byteOffset, data.byteLength)];
const crcOf = (pieces: readonly Uint8Array[]) => pieces.reduce((crc, piece) => crc32(piece, crc), 0);
const byteLengthOf = (pieces: readonly Uint8Array[]) => pieces.reduce((n, piece) => n + piece.length, 0);
const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** UTF-8 bytes of a string, as a section. */
export const textSection = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/**
 * Writes `sections` and `meta` to `path` atomically (temporary file, then rename).
 * Throws on I/O errors (the caller decides what a failed write means).
 */
export function writeContainer(path: string, meta: unknown, sections: ReadonlyMap<string, SectionData>): number {
  const table: z.infer<typeof sectionSchema>[] = [];
  let offset = 0;
  for (const [name, data] of sections) {
    const pieces = piecesOf(data);
    table.push({ name, kind: kindOf(data), offset, length: data.length, crc: crcOf(pieces) });
    offset = padded(offset + byteLengthOf(pieces));
  }
  const header = Buffer.from(JSON.stringify({ littleEndian: LITTLE_ENDIAN, sections: table, meta }), 'utf8');
  const preamble = Buffer.alloc(8);
  preamble.writeUInt32LE(MAGIC, 0);
  preamble.writeUInt32LE(header.length, 4);
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  let written = 0;
  try {
    const zeros = new Uint8Array(ALIGN);
    const write = (pieces: readonly Uint8Array[]) => {
      for (const piece of pieces) writeSync(fd, piece);
      const length = byteLengthOf(pieces);
      const pad = padded(length) - length;
      if (pad > 0) writeSync(fd, zeros, 0, pad);
      written += padded(length);
    };
    write([Buffer.concat([preamble, header])]);
    for (const data of sections.values()) write(piecesOf(data));
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  return written;
}

export type ContainerRead = { ok: true; value: Container; bytes: number } | { ok: false; error: SnapshotMiss };

const corrupt = (message: string): ContainerRead => ({ ok: false, error: { kind: 'corrupt', message } });

/** Reads and checks a container; anything missing, truncated or altered is a miss, never an error. */
export async function readContainer(path: string): Promise<ContainerRead> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return { ok: false, error: { kind: 'missing', message: 'no snapshot' } };
  }
  try {
    return parseContainer(file);
  } catch (e) {
    return corrupt(`unreadable snapshot: ${String(e).slice(0, 200)}`);
  }
}

function parseContainer(file: Buffer): ContainerRead {
  if (file.length < 8 || file.readUInt32LE(0) !== MAGIC) return corrupt('not a snapshot');
  const headerLength = file.readUInt32LE(4);
  if (8 + headerLength > file.length) return corrupt('truncated header');
  let raw: unknown;
  try {
    raw = JSON.parse(file.subarray(8, 8 + headerLength).toString('utf8'));
  } catch {
    return corrupt('unreadable header');
  }
  const checked = containerSchema.safeParse(raw);
  if (!checked.success) return corrupt('malformed header');
  const header = checked.data;
  if (header.littleEndian !== LITTLE_ENDIAN) return { ok: false, error: { kind: 'stale', message: 'snapshot from another byte order' } };
  // Typed arrays need aligned memory: copy once if the file's buffer is not 8-byte aligned.
  const bytes = file.byteOffset % ALIGN === 0 ? file : Buffer.from(Uint8Array.prototype.slice.call(file));
  const base = padded(8 + headerLength);
  const sections = new Map<string, SectionData>();
  for (const { name, kind, offset, length, crc } of header.sections) {
    const width = kind === 'u32' ? 4 : kind === 'u16' ? 2 : 1;
    const start = base + offset;
    if (start + length * width > bytes.length) return corrupt(`truncated section ${name}`);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + start, length * width);
    if (crc32(view) !== crc) return corrupt(`checksum mismatch in ${name}`);
    const at = bytes.byteOffset + start;
    sections.set(
      name,
      kind === 'u32' ? new Uint32Array(bytes.buffer, at, length) : kind === 'u16' ? new Uint16Array(bytes.buffer, at, length) : view,
    );
  }
  return { ok: true, value: { meta: header.meta, sections }, bytes: file.length };
}
