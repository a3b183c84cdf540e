/**
 * Postings (색인 목록): for every term, the passages that hold it and how often, per field, in
 * flat typed arrays (compressed rows). Counting into these is what makes the cold build fast,
 * they load into MiniSearch without per-posting objects, and they are the snapshot's payload.
 */

/**
 * One field's postings in compressed-row form: term `t` occurs in passages
 * `passages[offsets[t]] … passages[offsets[t + 1] - 1]` (ascending), `frequencies[i]` times each.
 */
export type FieldPostings = {
  offsets: Uint32Array;
  passages: Uint32Array;
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

/** A Uint32Array that doubles when full. */
function growable(initial = 1 << 16) {
  let data = new Uint32Array(initial);
  let length = 0;
  return {
    push(value: number): void {
      if (length === data.length) {
        const bigger = new Uint32Array(data.length * 2);
        bigger.set(data);
        data = bigger;
      }
      data[length++] = value;
    },
    get length() {
      return length;
    },
    view: () => data.subarray(0, length),
  };
}

/**
 * Postings counted passage by passage (`add`), in passage order, then put in compressed rows
 * (`finish`). Terms are numbered in order of first use.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly seenIn: number[] = [];
  private readonly df: number[] = [];
  private readonly fieldLengths = growable();
  private readonly triples: { term: ReturnType<typeof growable>; passage: ReturnType<typeof growable>; frequency: ReturnType<typeof growable> }[];
  private passageCount = 0;
  /** Scratch for `addTerms`: a term's count in the field being added, valid where `stamp` is current. */
  private count = new Uint32Array(1 << 16);
  private stamp = new Uint32Array(1 << 16);
  private stampNow = 0;
  private readonly touched: number[] = [];

  constructor(private readonly fieldCount: number) {
    this.triples = Array.from({ length: fieldCount }, () => ({ term: growable(), passage: growable(), frequency: growable() }));
  }

  /** Adds the next passage: its term counts per field. */
  add(fields: readonly (TermCounts | undefined)[]): void {
    const p = this.passageCount++;
    const { ids, terms, seenIn, df } = this;
    for (let f = 0; f < this.fieldCount; f++) {
      const counts = fields[f];
      const out = this.triples[f];
      this.fieldLengths.push(counts && out ? counts.size : 0);
      if (!counts || !out) continue;
      for (const [term, tf] of counts) {
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.length;
          ids.set(term, id);
          terms.push(term);
          seenIn.push(-1);
          df.push(0);
        }
        if (seenIn[id] !== p) {
          seenIn[id] = p;
          df[id] = (df[id] ?? 0) + 1;
        }
        out.term.push(id);
        out.passage.push(p);
        out.frequency.push(Math.min(tf, MAX_FREQUENCY));
      }
    }
  }

  /**
   * Adds the next passage from its terms per field, as written (repeats counted here): the same
   * postings and term numbering as `add` with the counts, without a map per passage.
   */
  addTerms(fields: readonly (readonly string[])[]): void {
    const p = this.passageCount++;
    const { ids, terms, seenIn, df, touched } = this;
    for (let f = 0; f < this.fieldCount; f++) {
      const list = fields[f];
      const out = this.triples[f];
      if (!list || !out) {
        this.fieldLengths.push(0);
        continue;
      }
      const stamp = ++this.stampNow;
      touched.length = 0;
      for (const term of list) {
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.length;
          ids.set(term, id);
          terms.push(term);
          seenIn.push(-1);
          df.push(0);
          if (id >= this.count.length) this.growScratch();
        }
        if (this.stamp[id] !== stamp) {
          this.stamp[id] = stamp;
          this.count[id] = 1;
          touched.push(id);
        } else this.count[id] = (this.count[id] ?? 0) + 1;
      }
      this.fieldLengths.push(touched.length);
      for (const id of touched) {
        if (seenIn[id] !== p) {
          seenIn[id] = p;
          df[id] = (df[id] ?? 0) + 1;
        }
        out.term.push(id);
        out.passage.push(p);
        out.frequency.push(Math.min(this.count[id] ?? 0, MAX_FREQUENCY));
      }
    }
  }

  private growScratch(): void {
    const count = new Uint32Array(this.count.length * 2);
    count.set(this.count);
    this.count = count;
    const stamp = new Uint32Array(this.stamp.length * 2);
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  finish(): Postings {
    const { terms } = this;
    return {
      passageCount: this.passageCount,
      terms,
      documentFrequency: Uint32Array.from(this.df),
      fields: this.triples.map((t) => toRows(terms.length, t.term.view(), t.passage.view(), t.frequency.view())),
      fieldLengths: this.fieldLengths.view().slice(),
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

/** Counting sort of (term, passage, frequency) triples into compressed rows; keeps passage order. */
function toRows(termCount: number, termIds: Uint32Array, passages: Uint32Array, frequencies: Uint32Array): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  for (const t of termIds) offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const next = offsets.slice(0, termCount);
  const sortedPassages = new Uint32Array(termIds.length);
  const sortedFrequencies = new Uint16Array(termIds.length);
  for (let i = 0; i < termIds.length; i++) {
    const t = termIds[i] ?? 0;
    const at = next[t] ?? 0;
    next[t] = at + 1;
    sortedPassages[at] = passages[i] ?? 0;
    sortedFrequencies[at] = frequencies[i] ?? 0;
  }
  return { offsets, passages: sortedPassages, frequencies: sortedFrequencies };
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
