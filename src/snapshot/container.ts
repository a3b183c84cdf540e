/**
 * The snapshot file: a JSON header then named sections of raw bytes (typed arrays, UTF-8 text),
 * each aligned to 8 bytes and checked by a CRC-32. Written to a temporary file and renamed, so a
 * reader sees a whole file or none; read with one `readFile`, the sections viewed in place.
 *
 * Layout: "KQSN" · header length (u32 LE) · header JSON · padding · sections.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';
import { z } from 'zod';

const MAGIC = 0x4e53514b; // "KQSN"
const ALIGN = 8;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Bytes held in pieces, in memory or in files (a cold build's article records, shard by shard):
 * written one after another, read back as one section.
 */
export class ByteChunks {
  constructor(readonly chunks: readonly (Uint8Array | FileBytes)[]) {}
  get length(): number {
    return this.chunks.reduce((n, chunk) => n + chunk.length, 0);
  }
}

/**
 * A section left in the file and read a range at a time (article records: a question reads a few
 * dozen of tens of thousands, so holding them all would be most of the process's memory). The file
 * stays open while any of its sections is reachable; a snapshot is replaced by rename and pruned by
 * unlink, so the open file keeps the bytes it was checked with.
 */
export class FileBytes {
  constructor(
    private readonly file: { fd: number },
    /** Where the section starts in the file. */
    private readonly offset: number,
    /** Its length in bytes. */
    readonly length: number,
  ) {}

  /** Bytes `start`..`end` of the section. */
  read(start: number, end: number): Uint8Array {
    if (start < 0 || end > this.length || end < start) throw new RangeError(`bytes ${start}..${end} outside a section of ${this.length}`);
    const bytes = Buffer.allocUnsafeSlow(end - start);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(this.file.fd, bytes, done, bytes.length - done, this.offset + start + done);
      if (n === 0) throw new Error('snapshot file ended early');
      done += n;
    }
    return bytes;
  }
}

/** Closes a snapshot file once nothing reads from it any more. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

export type SectionData = Uint8Array | Uint16Array | Uint32Array | ByteChunks | FileBytes;
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
const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Bytes of a file section handed on at a time while writing (a section in a file is never read whole). */
const COPY_CHUNK = 4 << 20;

/** A section's bytes in order, a piece at a time (a file's a few MB at a time). */
function eachPiece(data: SectionData, use: (bytes: Uint8Array) => void): void {
  const parts = data instanceof ByteChunks ? data.chunks : [data];
  for (const part of parts) {
    if (part instanceof FileBytes) {
      for (let at = 0; at < part.length; at += COPY_CHUNK) use(part.read(at, Math.min(part.length, at + COPY_CHUNK)));
    } else {
      use(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
    }
  }
}

function crcAndLength(data: SectionData): { crc: number; bytes: number } {
  let crc = 0;
  let bytes = 0;
  eachPiece(data, (piece) => {
    crc = crc32(piece, crc);
    bytes += piece.length;
  });
  return { crc, bytes };
}

/**
 * A whole file as a section read a range at a time (a cold build's spilled bytes, `spill.ts`). The
 * file is removed at once: the open descriptor keeps its bytes for as long as they are reachable.
 */
export function fileSection(path: string, length: number): FileBytes {
  const fd = openSync(path, 'r');
  const file = { fd };
  openFiles.register(file, fd);
  try {
    rmSync(path, { force: true });
  } catch {
    // left for `prune` (temporary files older than an hour)
  }
  return new FileBytes(file, 0, length);
}

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
    const { crc, bytes } = crcAndLength(data);
    table.push({ name, kind: kindOf(data), offset, length: data.length, crc });
    offset = padded(offset + bytes);
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
    const write = (data: SectionData) => {
      let length = 0;
      eachPiece(data, (piece) => {
        for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done, piece.length - done);
        length += piece.length;
      });
      const pad = padded(length) - length;
      if (pad > 0) writeSync(fd, zeros, 0, pad);
      written += padded(length);
    };
    write(Buffer.concat([preamble, header]));
    for (const data of sections.values()) write(data);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return written;
}

export type ContainerRead = { ok: true; value: Container; bytes: number } | { ok: false; error: SnapshotMiss };

const corrupt = (message: string): ContainerRead => ({ ok: false, error: { kind: 'corrupt', message } });

/** Bytes read while checking a section left on disk. */
const CHECK_CHUNK = 4 << 20;

/**
 * Reads and checks a container; anything missing, truncated or altered is a miss, never an error.
 * Sections named in `onDisk` are checked (CRC-32, read in pieces) but left in the file as
 * `FileBytes`; the others are read into memory, each run of them with one read.
 */
export async function readContainer(path: string, options: { onDisk?: ReadonlySet<string> } = {}): Promise<ContainerRead> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { ok: false, error: { kind: 'missing', message: 'no snapshot' } };
  }
  const file = { fd };
  let keepOpen = false;
  try {
    const read = parseContainer(file, options.onDisk ?? new Set());
    keepOpen = read.ok && [...read.value.sections.values()].some((data) => data instanceof FileBytes);
    if (keepOpen) openFiles.register(file, fd);
    return read;
  } catch (e) {
    return corrupt(`unreadable snapshot: ${String(e).slice(0, 200)}`);
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/**
 * The named sections of a container this process has just written, as `FileBytes` (not read, not
 * checked again): what a cold build hands over to the file instead of keeping in memory.
 */
export function sectionsOnDisk(path: string, names: ReadonlySet<string>): Map<string, FileBytes> {
  const fd = openSync(path, 'r');
  const file = { fd };
  try {
    const preamble = readAt(fd, 0, 8);
    if (preamble.length < 8 || preamble.readUInt32LE(0) !== MAGIC) throw new Error('not a snapshot');
    const headerLength = preamble.readUInt32LE(4);
    const header = containerSchema.parse(JSON.parse(readAt(fd, 8, headerLength).toString('utf8')));
    const base = padded(8 + headerLength);
    const found = new Map<string, FileBytes>();
    for (const { name, kind, offset, length } of header.sections) {
      if (names.has(name)) found.set(name, new FileBytes(file, base + offset, length * (kind === 'u32' ? 4 : kind === 'u16' ? 2 : 1)));
    }
    if (found.size > 0) openFiles.register(file, fd);
    else closeSync(fd);
    return found;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** `length` bytes of the file from `position`, in memory aligned to 8 bytes (typed arrays are viewed on it). */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.from(new ArrayBuffer(length));
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

function parseContainer(file: { fd: number }, onDisk: ReadonlySet<string>): ContainerRead {
  const size = fstatSync(file.fd).size;
  const preamble = readAt(file.fd, 0, Math.min(8, size));
  if (preamble.length < 8 || preamble.readUInt32LE(0) !== MAGIC) return corrupt('not a snapshot');
  const headerLength = preamble.readUInt32LE(4);
  if (8 + headerLength > size) return corrupt('truncated header');
  let raw: unknown;
  try {
    raw = JSON.parse(readAt(file.fd, 8, headerLength).toString('utf8'));
  } catch {
    return corrupt('unreadable header');
  }
  const checked = containerSchema.safeParse(raw);
  if (!checked.success) return corrupt('malformed header');
  const header = checked.data;
  if (header.littleEndian !== LITTLE_ENDIAN) return { ok: false, error: { kind: 'stale', message: 'snapshot from another byte order' } };
  const base = padded(8 + headerLength);
  const table = header.sections.map((s) => ({ ...s, byteLength: s.length * (s.kind === 'u32' ? 4 : s.kind === 'u16' ? 2 : 1) }));
  for (const { name, offset, byteLength } of table) {
    if (base + offset + byteLength > size) return corrupt(`truncated section ${name}`);
  }
  const sections = new Map<string, SectionData>();
  // Consecutive sections kept in memory are read together; a section left on disk ends a run.
  let i = 0;
  while (i < table.length) {
    const first = table[i];
    if (!first) break;
    if (onDisk.has(first.name)) {
      const at = base + first.offset;
      let crc = 0;
      const scratch = Buffer.allocUnsafeSlow(Math.min(CHECK_CHUNK, first.byteLength));
      for (let done = 0; done < first.byteLength; ) {
        const n = readSync(file.fd, scratch, 0, Math.min(scratch.length, first.byteLength - done), at + done);
        if (n === 0) return corrupt(`truncated section ${first.name}`);
        crc = crc32(scratch.subarray(0, n), crc);
        done += n;
      }
      if (crc !== first.crc) return corrupt(`checksum mismatch in ${first.name}`);
      sections.set(first.name, new FileBytes(file, at, first.byteLength));
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < table.length && !onDisk.has(table[j + 1]?.name ?? '')) j++;
    const last = table[j] ?? first;
    const runStart = base + first.offset;
    const bytes = readAt(file.fd, runStart, last.offset + last.byteLength - first.offset);
    for (let k = i; k <= j; k++) {
      const entry = table[k];
      if (!entry) continue;
      const { name, kind, offset, length, crc, byteLength } = entry;
      const at = bytes.byteOffset + offset - first.offset;
      const view = new Uint8Array(bytes.buffer, at, byteLength);
      if (crc32(view) !== crc) return corrupt(`checksum mismatch in ${name}`);
      sections.set(name, kind === 'u32' ? new Uint32Array(bytes.buffer, at, length) : kind === 'u16' ? new Uint16Array(bytes.buffer, at, length) : view);
    }
    i = j + 1;
  }
  return { ok: true, value: { meta: header.meta, sections }, bytes: size };
}
