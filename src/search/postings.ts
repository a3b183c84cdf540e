/**
 * Postings (색인 목록): for every term, the passages that hold it and how often, per field, in
 * flat typed arrays (compressed rows). Counting into these is what makes the cold build fast,
 * they load into MiniSearch without per-posting objects, and they are the snapshot's payload.
 */
import { scanTerms } from '../korean/index.ts';
import type { TermSink } from '../korean/index.ts';

/**
 * One field's postings in compressed-row form: term `t` occurs in passages
 * `passages[offsets[t]] … passages[offsets[t + 1] - 1]` (ascending), `frequencies[i]` times each.
 */
export type FieldPostings = {
  offsets: Uint32Array;
  /**
   * Uint16Array when every passage number fits 16 bits (up to 65,536 passages: half the memory of
   * the largest part of an index, 27 MB at 50× KorQuAD), else Uint32Array.
   */
  passages: Uint16Array | Uint32Array;
  /** Uint8Array when every frequency fits a byte (as snapshots store them), else Uint16Array. */
  frequencies: Uint8Array | Uint16Array;
};

export type Postings = {
  passageCount: number;
  /** Term id → term. */
  terms: readonly string[];
  /** Term id → passages holding the term in any field. */
  documentFrequency: Uint32Array;
  /** Field id → postings. */
  fields: readonly FieldPostings[];
  /** Distinct terms of passage `p` in field `f`: `fieldLengths[p * fields.length + f]`. */
  fieldLengths: Uint32Array;
};

/** Term → frequency, for one field of one passage. */
export type TermCounts = ReadonlyMap<string, number>;

const MAX_FREQUENCY = 0xffff;
/** Passage numbers fit a Uint16Array up to this many passages. */
const MAX_NARROW_PASSAGES = 0x10000;
/** Hangul syllables 가 … 힣. */
const SYLLABLE_BASE = 0xac00;
const SYLLABLES = 11172;

/** Entries per chunk of a `Chunked` list. */
const CHUNK = 1 << 18;

/**
 * A list of small integers in fixed-size typed-array chunks: pushing never copies what is there
 * (a doubling array would hold old and new copies at once, half again the memory at the peak).
 */
class Chunked {
  readonly chunks: (Uint32Array | Uint16Array)[] = [];
  private current: Uint32Array | Uint16Array = new Uint32Array(0);
  private at = 0;
  length = 0;

  constructor(private readonly wide: boolean) {}

  push(value: number): void {
    if (this.at === this.current.length) {
      this.current = this.wide ? new Uint32Array(CHUNK) : new Uint16Array(CHUNK);
      this.chunks.push(this.current);
      this.at = 0;
    }
    this.current[this.at++] = value;
    this.length++;
  }

  /** The entries in one array. */
  toUint32Array(): Uint32Array {
    const out = new Uint32Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      const n = Math.min(chunk.length, this.length - at);
      out.set(chunk.subarray(0, n), at);
      at += n;
    }
    return out;
  }
}

/** One field's postings as added: term and frequency per posting, and where each passage's end. */
type FieldLog = { terms: Chunked; frequencies: Chunked; passageEnds: Chunked };

/**
 * One field's postings in the order they were added (passage by passage), as plain arrays that can
 * cross to another thread: `length` postings, the term of each in `terms` (pieces one after another),
 * its frequency in `frequencies`, and passage `p`'s postings ending before `passageEnds[p]`.
 */
export type PostingLog = {
  length: number;
  terms: Uint32Array[];
  frequencies: Uint16Array[];
  passageEnds: Uint32Array;
};

const plainLog = (log: FieldLog): PostingLog => ({
  length: log.terms.length,
  terms: log.terms.chunks as Uint32Array[],
  frequencies: log.frequencies.chunks as Uint16Array[],
  passageEnds: log.passageEnds.toUint32Array(),
});

/** Postings logs of several builders (shards), in order, with their own term numbers mapped to shared ones. */
export type LogPart = { log: PostingLog; termIds: Uint32Array | null; passageBase: number };

const fieldLog = (): FieldLog => ({ terms: new Chunked(true), frequencies: new Chunked(false), passageEnds: new Chunked(true) });

/**
 * Numbers (≥ 0) by non-negative integer keys below 2³¹: an open-addressing table in typed arrays,
 * several times faster than a `Map` for the millions of look-ups of a build.
 */
class IntTable {
  /** Key + 1 per slot (0: empty). */
  private keys = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  size = 0;

  get(key: number): number {
    const { keys, mask } = this;
    const stored = key + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[slot] ?? 0;
      if (k === stored) return this.values[slot] ?? -1;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, value);
    this.size++;
  }

  private place(key: number, value: number): void {
    const { keys, mask } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while ((keys[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    keys[slot] = key + 1;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const k = keys[slot] ?? 0;
      if (k !== 0) this.place(k - 1, values[slot] ?? 0);
    }
  }
}

/**
 * Postings counted passage by passage (`add`, `addTerms`, `addPassage`), in passage order, then
 * put in compressed rows (`finish`). Terms are numbered in order of first use.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  /** Ids of two-syllable terms (most of them) by their syllables' numbers: no string hashed. */
  private readonly bigramIds = new IntTable();
  private readonly terms: string[] = [];
  private readonly seenIn: number[] = [];
  private readonly df: number[] = [];
  private readonly fieldLengths = new Chunked(true);
  private logs: FieldLog[];
  private passageCount = 0;
  /** Scratch for `addTerms`: a term's count in the field being added, valid where `stamp` is current. */
  private count = new Uint32Array(1 << 16);
  private stamp = new Uint32Array(1 << 16);
  private stampNow = 0;
  private readonly touched: number[] = [];

  constructor(private readonly fieldCount: number) {
    this.logs = Array.from({ length: fieldCount }, fieldLog);
  }

  /** Adds the next passage: its term counts per field. */
  add(fields: readonly (TermCounts | undefined)[]): void {
    const p = this.passageCount++;
    const { seenIn, df } = this;
    for (let f = 0; f < this.fieldCount; f++) {
      const counts = fields[f];
      const out = this.logs[f];
      this.fieldLengths.push(counts && out ? counts.size : 0);
      if (!out) continue;
      if (!counts) {
        out.passageEnds.push(out.terms.length);
        continue;
      }
      for (const [term, tf] of counts) {
        const id = this.idOf(term);
        if (seenIn[id] !== p) {
          seenIn[id] = p;
          df[id] = (df[id] ?? 0) + 1;
        }
        out.terms.push(id);
        out.frequencies.push(Math.min(tf, MAX_FREQUENCY));
      }
      out.passageEnds.push(out.terms.length);
    }
  }

  /**
   * Adds the next passage from its terms per field, as written (repeats counted here): the same
   * postings and term numbering as `add` with the counts, without a map per passage.
   */
  addTerms(fields: readonly (readonly string[])[]): void {
    this.addPassage(fields);
  }

  /**
   * `addTerms`, where a field may also be given as its normalized text: its terms are then read as
   * `tokenizeNormalized` reads them, straight into term numbers (no list, no string per bigram), and
   * `onHangulRun` is told of each run of Hangul syllables of such a text, in order.
   * @example
   * builder.addPassage(['랩허브 예산', titleTerms]) // as builder.addTerms([tokenizeNormalized('랩허브 예산'), titleTerms])
   */
  addPassage(fields: readonly (string | readonly string[])[], onHangulRun?: (text: string, start: number, end: number) => void): void {
    const p = this.passageCount++;
    for (let f = 0; f < this.fieldCount; f++) {
      const field = fields[f];
      const out = this.logs[f];
      if (!out) {
        this.fieldLengths.push(0);
        continue;
      }
      if (field === undefined) {
        this.fieldLengths.push(0);
        out.passageEnds.push(out.terms.length);
        continue;
      }
      this.stampNow++;
      this.touched.length = 0;
      if (typeof field === 'string') {
        this.onHangulRun = onHangulRun;
        scanTerms(field, this.sink);
        this.onHangulRun = undefined;
      } else {
        for (const term of field) this.countId(this.idOf(term));
      }
      this.endField(out, p);
    }
  }

  private onHangulRun: ((text: string, start: number, end: number) => void) | undefined;
  private readonly sink: TermSink = {
    bigram: (first, second) => this.countId(this.bigramId(first, second)),
    term: (term) => this.countId(this.idOf(term)),
    hangulRun: (text, start, end) => this.onHangulRun?.(text, start, end),
  };

  /** Counts one occurrence of term `id` in the field being added. */
  private countId(id: number): void {
    const stamp = this.stampNow;
    if (this.stamp[id] !== stamp) {
      this.stamp[id] = stamp;
      this.count[id] = 1;
      this.touched.push(id);
    } else this.count[id] = (this.count[id] ?? 0) + 1;
  }

  /** Logs the field just counted: its distinct terms in order of first use, with their counts. */
  private endField(out: FieldLog, p: number): void {
    const { seenIn, df, touched } = this;
    this.fieldLengths.push(touched.length);
    for (const id of touched) {
      if (seenIn[id] !== p) {
        seenIn[id] = p;
        df[id] = (df[id] ?? 0) + 1;
      }
      out.terms.push(id);
      out.frequencies.push(Math.min(this.count[id] ?? 0, MAX_FREQUENCY));
    }
    out.passageEnds.push(out.terms.length);
  }

  /** The id of the two-syllable term of these character codes (both Hangul syllables). */
  private bigramId(first: number, second: number): number {
    const key = (first - SYLLABLE_BASE) * SYLLABLES + (second - SYLLABLE_BASE);
    const id = this.bigramIds.get(key);
    return id >= 0 ? id : this.newId(String.fromCharCode(first, second), key);
  }

  /** The term's id, a new one (the next number) on its first use. */
  private idOf(term: string): number {
    if (term.length === 2) {
      const first = term.charCodeAt(0) - SYLLABLE_BASE;
      const second = term.charCodeAt(1) - SYLLABLE_BASE;
      if (first >= 0 && first < SYLLABLES && second >= 0 && second < SYLLABLES) {
        const key = first * SYLLABLES + second;
        const id = this.bigramIds.get(key);
        return id >= 0 ? id : this.newId(term, key);
      }
    }
    return this.ids.get(term) ?? this.newId(term, -1);
  }

  /** Numbers a term first seen (`key` ≥ 0: a two-syllable term's key). */
  private newId(term: string, key: number): number {
    const id = this.terms.length;
    if (key >= 0) this.bigramIds.set(key, id);
    else this.ids.set(term, id);
    this.terms.push(term);
    this.seenIn.push(-1);
    this.df.push(0);
    if (id >= this.count.length) this.growScratch();
    return id;
  }

  private growScratch(): void {
    const count = new Uint32Array(this.count.length * 2);
    count.set(this.count);
    this.count = count;
    const stamp = new Uint32Array(this.stamp.length * 2);
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  /**
   * The postings added since the last call as logs, forgotten here (term numbers and counts stay):
   * a cold build's shard keeps them on disk until they are merged. Passage ends count from the
   * first posting taken; the logs of every call and of `finishLogs`, one after another, are the
   * whole log.
   */
  takeLogs(): PostingLog[] {
    const taken = this.logs.map(plainLog);
    this.logs = Array.from({ length: this.fieldCount }, fieldLog);
    return taken;
  }

  /** What `finish` returns but the postings left as logs (to be put in rows with other shards' by `rowsFromLogs`). */
  finishLogs(): Omit<Postings, 'fields'> & { logs: PostingLog[] } {
    return {
      passageCount: this.passageCount,
      terms: this.terms,
      documentFrequency: Uint32Array.from(this.df),
      logs: this.logs.map(plainLog),
      fieldLengths: this.fieldLengths.toUint32Array(),
    };
  }

  finish(): Postings {
    const { terms } = this;
    return {
      passageCount: this.passageCount,
      terms,
      documentFrequency: Uint32Array.from(this.df),
      fields: this.logs.map((log) => rowsFromLogs(terms.length, [{ log: plainLog(log), termIds: null, passageBase: 0 }])),
      fieldLengths: this.fieldLengths.toUint32Array(),
    };
  }
}

/**
 * @name countPostings
 * @description
 * 구절마다 필드별 색인어 빈도를 받아 색인어→구절 목록을 만든다 (구절 번호 오름차순).
 * @example
 * const p = countPostings(2, 1, (i) => [new Map([[i === 0 ? '랩허' : '허브', 1]])]);
 * p.terms // ['랩허', '허브']; p.fields[0].passages // Uint32Array [0, 1]
 */
export function countPostings(
  passageCount: number,
  fieldCount: number,
  countsOf: (passage: number) => readonly TermCounts[],
): Postings {
  const builder = new PostingsBuilder(fieldCount);
  for (let p = 0; p < passageCount; p++) builder.add(countsOf(p));
  return builder.finish();
}

/**
 * Counting sort of postings logs (in passage order, one after another) into compressed rows of
 * `termCount` terms; passages stay ascending within a row. Frequencies are bytes when all fit.
 */
export function rowsFromLogs(termCount: number, parts: readonly LogPart[]): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  let narrow = true;
  for (const { log, termIds } of parts) {
    let left = log.length;
    log.terms.forEach((chunk, c) => {
      const n = Math.min(chunk.length, left);
      const freqs = log.frequencies[c] ?? new Uint16Array(0);
      for (let i = 0; i < n; i++) {
        const local = chunk[i] ?? 0;
        const t = (termIds ? (termIds[local] ?? 0) : local) + 1;
        offsets[t] = (offsets[t] ?? 0) + 1;
        if ((freqs[i] ?? 0) > 0xff) narrow = false;
      }
      left -= n;
    });
  }
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const total = offsets[termCount] ?? 0;
  const next = offsets.slice(0, termCount);
  const passageCount = parts.reduce((n, { log, passageBase }) => Math.max(n, passageBase + log.passageEnds.length), 0);
  const passages = passageCount <= MAX_NARROW_PASSAGES ? new Uint16Array(total) : new Uint32Array(total);
  const frequencies = narrow ? new Uint8Array(total) : new Uint16Array(total);
  for (const { log, termIds, passageBase } of parts) {
    const ends = log.passageEnds;
    let passage = 0;
    let i = 0;
    log.terms.forEach((chunk, c) => {
      const freqs = log.frequencies[c] ?? new Uint16Array(0);
      const n = Math.min(chunk.length, log.length - i);
      for (let k = 0; k < n; k++, i++) {
        while (i >= (ends[passage] ?? Infinity)) passage++;
        const local = chunk[k] ?? 0;
        const t = termIds ? (termIds[local] ?? 0) : local;
        const at = next[t] ?? 0;
        next[t] = at + 1;
        passages[at] = passage + passageBase;
        frequencies[at] = freqs[k] ?? 0;
      }
    });
  }
  return { offsets, passages, frequencies };
}

/** Whether every posting names a passage below `passageCount`; returns what is wrong, or null. */
export function checkPassageRange(postings: Postings): string | null {
  for (const [f, { passages }] of postings.fields.entries()) {
    for (const p of passages) if (p >= postings.passageCount) return `field ${f}: passage ${p} out of range`;
  }
  return null;
}

/**
 * Structural check of postings read from outside (a snapshot): every array the right length,
 * offsets rising to the end, passages in range. Returns what is wrong, or null.
 */
export function checkPostings(postings: Postings): string | null {
  const { passageCount, terms, fields, documentFrequency, fieldLengths } = postings;
  if (documentFrequency.length !== terms.length) return 'document frequencies do not match the terms';
  if (fieldLengths.length !== passageCount * fields.length) return 'field lengths do not match the passages';
  for (const [f, field] of fields.entries()) {
    const { offsets, passages, frequencies } = field;
    if (offsets.length !== terms.length + 1 || offsets[0] !== 0) return `field ${f}: bad offsets`;
    if (offsets[terms.length] !== passages.length || frequencies.length !== passages.length) return `field ${f}: bad lengths`;
    for (let t = 0; t < terms.length; t++) {
      if ((offsets[t + 1] ?? 0) < (offsets[t] ?? 0)) return `field ${f}: offsets fall at term ${t}`;
    }
    // Passages in range: checked by `checkPassageRange` where the data is not already verified
    // (a snapshot's CRC-32 checks its bytes; a scan of ~14M postings at 50× would cost ~150 ms).
  }
  return null;
}
