/**
 * A cold build's bytes that no thread reads again before the snapshot is written (article records,
 * article metadata, person facts; the postings logs until they are merged): appended to temporary
 * files beside the snapshot instead of held in memory (at 50× KorQuAD ~100 MB of records and ~40 MB
 * of postings per build thread), and copied into the snapshot from there. Without a directory, or
 * when a file cannot be made, they are held in memory in pieces, as before.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { PostingLog } from '../search/postings.ts';
import { fileSection } from './container.ts';
import type { FileBytes } from './container.ts';

/** Bytes gathered: in memory (`pieces`, one after another) or in a file (`file`, all of them). */
export type Gathered = { pieces: Uint8Array[]; file: { path: string; length: number } | null };

/** Text gathered into writes (or pieces in memory) of about this many characters. */
const PIECE_CHARS = 2 * 1024 * 1024;

let made = 0;

/** A temporary file name in `dir` no other thread or process uses (`prune` removes stale ones). */
export const spillPath = (dir: string, name: string): string => path.join(dir, `.build-${process.pid}-${threadId}-${Date.now()}-${made++}-${name}.tmp`);

/**
 * UTF-8 text gathered string by string: appended to a file when `file` is given and can be made,
 * else kept in pieces of a few MB. Strings are joined and encoded a piece at a time, not one buffer
 * per string: a buffer per record is memory outside the heap that stays until the next collection,
 * and at archive scale that garbage was a good part of the build's peak.
 */
export class Gatherer {
  private readonly pieces: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private fd: number | null = null;
  /** Bytes gathered so far (UTF-8). */
  length = 0;

  constructor(private readonly file?: string) {
    if (!file) return;
    try {
      this.fd = openSync(file, 'w');
    } catch {
      this.fd = null; // kept in memory
    }
  }

  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    this.length += Buffer.byteLength(text, 'utf8');
    if (this.pendingChars >= PIECE_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (this.fd === null) {
      this.pieces.push(Buffer.from(text, 'utf8'));
      return;
    }
    // Written as a string: encoded in native memory freed at once, no buffer left for the collector.
    const expected = Buffer.byteLength(text, 'utf8');
    const written = writeSync(this.fd, text, null, 'utf8');
    if (written !== expected) throw new Error(`short write to ${this.file ?? 'a build file'} (${written} of ${expected} bytes)`);
  }

  /** Everything pushed; the file (when there is one) is closed and handed over. */
  finish(): Gathered {
    this.flush();
    if (this.fd === null || !this.file) return { pieces: this.pieces, file: null };
    closeSync(this.fd);
    this.fd = null;
    return { pieces: [], file: { path: this.file, length: this.length } };
  }

  /** Closes and removes the file without handing it over (a build that failed). */
  discard(): void {
    if (this.fd === null || !this.file) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.file, { force: true });
  }
}

/** Gathered bytes as pieces of a section (a file opened, and removed: see `fileSection`). */
export const piecesOf = (gathered: Gathered): (Uint8Array | FileBytes)[] =>
  gathered.file ? [fileSection(gathered.file.path, gathered.file.length)] : gathered.pieces;

/** Removes a gathered file never opened (shards of a build that failed elsewhere). */
export function dropGathered(gathered: Gathered): void {
  if (gathered.file) rmSync(gathered.file.path, { force: true });
}

/** Where one portion of a shard's postings log lies in its file (byte positions), per field. */
export type SpilledLogPortion = {
  /** Passages of the shard before this portion. */
  passageStart: number;
  fields: { length: number; passages: number; terms: number; frequencies: number; passageEnds: number }[];
};
export type SpilledLogs = { path: string; portions: SpilledLogPortion[] };

function writeAll(fd: number, bytes: ArrayBufferView): void {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let done = 0; done < view.length; ) done += writeSync(fd, view, done, view.length - done);
}

/**
 * A shard's postings log taken portion by portion (`PostingsBuilder.takeLogs`) and appended to a
 * file: at 50× KorQuAD about 40 MB per build thread that would otherwise be held until the merge.
 */
export class LogSpill {
  private readonly portions: SpilledLogPortion[] = [];
  private at = 0;

  private constructor(
    private readonly file: string,
    private fd: number | null,
  ) {}

  /** A spill in this file, or null when it cannot be made (the logs stay in memory). */
  static open(file: string): LogSpill | null {
    try {
      return new LogSpill(file, openSync(file, 'w'));
    } catch {
      return null;
    }
  }

  write(logs: readonly PostingLog[], passageStart: number): void {
    const fd = this.fd;
    if (fd === null) throw new Error('postings log file already closed');
    const fields: SpilledLogPortion['fields'] = [];
    for (const log of logs) {
      const entry = { length: log.length, passages: log.passageEnds.length, terms: this.at, frequencies: 0, passageEnds: 0 };
      const put = (chunks: readonly (Uint32Array | Uint16Array)[]) => {
        let left = log.length;
        for (const chunk of chunks) {
          const n = Math.min(chunk.length, left);
          writeAll(fd, chunk.subarray(0, n));
          this.at += n * chunk.BYTES_PER_ELEMENT;
          left -= n;
        }
      };
      put(log.terms);
      entry.frequencies = this.at;
      put(log.frequencies);
      entry.passageEnds = this.at;
      writeAll(fd, log.passageEnds);
      this.at += log.passageEnds.byteLength;
      fields.push(entry);
    }
    this.portions.push({ passageStart, fields });
  }

  finish(): SpilledLogs {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return { path: this.file, portions: this.portions };
  }

  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.file, { force: true });
  }
}

/**
 * The portions of a spilled postings log, each of its arrays read from the file whenever it is asked
 * for (`rowsFromLogs` walks each log twice): a portion's arrays die young, where reading the whole
 * log at once left ~80 MB at 50× for the collector after the merge. `close` removes the file.
 */
export function openSpilledLogs(spilled: SpilledLogs): { portions: { passageStart: number; logs: PostingLog[] }[]; close: () => void } {
  const fd = openSync(spilled.path, 'r');
  const read = <T extends Uint32Array | Uint16Array>(array: T, at: number): T => {
    const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let done = 0; done < view.length; ) {
      const n = readSync(fd, view, done, view.length - done, at + done);
      if (n === 0) throw new Error('postings log file ended early');
      done += n;
    }
    return array;
  };
  const portions = spilled.portions.map(({ passageStart, fields }) => ({
    passageStart,
    logs: fields.map(
      (f): PostingLog => ({
        length: f.length,
        get terms() {
          return [read(new Uint32Array(f.length), f.terms)];
        },
        get frequencies() {
          return [read(new Uint16Array(f.length), f.frequencies)];
        },
        get passageEnds() {
          return read(new Uint32Array(f.passages), f.passageEnds);
        },
      }),
    ),
  }));
  const close = () => {
    closeSync(fd);
    rmSync(spilled.path, { force: true });
  };
  return { portions, close };
}
