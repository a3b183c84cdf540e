/**
 * A cold build's bytes that no thread reads again before the snapshot is written (article records,
 * article metadata, person facts): appended to a temporary file beside the snapshot instead of held
 * in memory (at 50× KorQuAD about 100 MB per build, most of the build's peak memory), and copied into
 * the snapshot from there. Without a directory, or when the file cannot be made, they are held in
 * memory in pieces, as before.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
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
