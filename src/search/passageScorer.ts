/**
 * BM25 scoring of passages straight from the postings' typed arrays: MiniSearch's own formula and
 * order of operations (`termResults` + the OR combinator + `score × matched terms`), without its
 * per-query Maps and result objects.
 *
 * Why not MiniSearch's `search`: profiled at 50× KorQuAD (`node --cpu-prof`, 300 questions), its
 * `termResults` was a third of the time per question — a Map entry, an object and two arrays for
 * every passage a query term touches — and the postings it reads had to be copied into its Maps
 * first, so memory grew with every new term asked. Here a query touches a few flat arrays that are
 * reset afterwards; `test/search/passageScorer.test.ts` checks the ranking against MiniSearch's.
 */
import type { Postings } from './postings.ts';

/** MiniSearch's BM25+ defaults (`k`, `b`, `d`). */
export const BM25 = Object.freeze({ k: 1.2, b: 0.7, d: 0.5 });

/** Query terms whose presence in a passage the walk records as bits (two Uint32 words per passage). */
const TERM_BITS = 64;

export type ScoredPassage = {
  passage: number;
  score: number;
  /** The query terms the passage holds, in query order. */
  terms: string[];
};

export type PassageQuery = {
  /** Term → boost, scored in this order. */
  terms: ReadonlyMap<string, number>;
  /** Terms that only score passages some other (fully scored) query term matched. */
  candidateOnly: ReadonlySet<string>;
};

/**
 * Per-passage scratch of a query, one 32-byte slot per passage (the fields a posting updates side by
 * side, so that one cache line serves them; as separate arrays a posting touched five lines, and
 * between questions the answer stage leaves none of them in the cache): the running total (Float64
 * slot 0), and as Int32 words 2–5 the position first met (−1: not yet), the terms matched, and the
 * term bits (low, high).
 */
const SLOT_FLOATS = 4;
const SLOT_INTS = 8;
const FIRST_SEEN = 2;
const MATCHED = 3;
const LOW_BITS = 4;
const HIGH_BITS = 5;

export class PassageScorer {
  private readonly postings: Postings;
  private readonly termIds = new Map<string, number>();
  private readonly fieldBoosts: readonly number[];
  /**
   * BM25's length terms of passage `p` in field `f`, side by side at `2 · (p · fields + f)`:
   * `(k + 1) / (1 + lengthNorm)`, the saturation for a term found once (by far the commonest
   * frequency, so the walk divides only for the others: the same operations on the same numbers as
   * `(tf · (k + 1)) / (tf + lengthNorm)` with tf = 1, since 1 · (k + 1) is exact, so the same bits),
   * then `lengthNorm = k·(1 − b + b·length/average)` itself.
   */
  private readonly lengthTerms: Float64Array;
  /** The slots (`SLOT_FLOATS` / `SLOT_INTS` per passage), as floats and as ints over one buffer. */
  private readonly slotFloats: Float64Array;
  private readonly slotInts: Int32Array;
  private readonly candidate: Uint8Array;
  /**
   * Lists of passages, one slot per passage, reused by every query: the passages touched (in the
   * order first met), the candidates, and one term's passages found in the title alone with their
   * scores. As growing arrays they were a third of all the memory a question allocated at 50×
   * (sampling heap profile), and the collector's work.
   */
  private readonly touchedList: Int32Array;
  private readonly candidateList: Int32Array;
  private readonly laterList: Int32Array;
  private readonly laterScores: Float64Array;

  /**
   * `fieldBoosts[f]` multiplies field `f`'s scores (field ids as in `postings.fields`). The walk
   * merges a passage's rows of the body and the title, so an index has one or two fields.
   */
  constructor(postings: Postings, fieldBoosts: readonly number[]) {
    if (postings.fields.length < 1 || postings.fields.length > 2) throw new Error('PassageScorer: one or two fields (body, title)');
    this.postings = postings;
    this.fieldBoosts = fieldBoosts;
    postings.terms.forEach((term, t) => this.termIds.set(term, t));
    const n = postings.passageCount;
    const fieldCount = postings.fields.length;
    const totals = new Float64Array(fieldCount);
    for (let p = 0; p < n; p++) for (let f = 0; f < fieldCount; f++) totals[f]! += postings.fieldLengths[p * fieldCount + f] ?? 0;
    const average = totals.map((sum) => (n > 0 ? sum / n : 0));
    const saturation = BM25.k + 1;
    this.lengthTerms = new Float64Array(2 * n * fieldCount);
    for (let p = 0; p < n; p++) {
      for (let f = 0; f < fieldCount; f++) {
        const length = postings.fieldLengths[p * fieldCount + f] ?? 0;
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / average[f]!);
        this.lengthTerms[2 * (p * fieldCount + f)] = (1 * saturation) / (1 + norm);
        this.lengthTerms[2 * (p * fieldCount + f) + 1] = norm;
      }
    }
    const slots = new ArrayBuffer(n * SLOT_FLOATS * Float64Array.BYTES_PER_ELEMENT);
    this.slotFloats = new Float64Array(slots);
    this.slotInts = new Int32Array(slots);
    for (let p = 0; p < n; p++) this.slotInts[p * SLOT_INTS + FIRST_SEEN] = -1;
    this.candidate = new Uint8Array(n);
    this.touchedList = new Int32Array(n);
    this.candidateList = new Int32Array(n);
    this.laterList = new Int32Array(n);
    this.laterScores = new Float64Array(n);
  }

  /** Passages that hold the term in any field (0 for a term the index does not hold). */
  documentFrequency(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : (this.postings.documentFrequency[t] ?? 0);
  }

  /** Whether the index holds this term. */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /**
   * The best `limit` passages, best first (ties: the passage met first, as MiniSearch orders them).
   * @example
   * scorer.search({ terms: new Map([['랩허', 1], ['허브', 1]]), candidateOnly: new Set() }, 5)
   * // [{ passage: 3, score: 7.1, terms: ['랩허', '허브'] }, …]
   */
  search(query: PassageQuery, limit: number): ScoredPassage[] {
    const { fields, passageCount } = this.postings;
    const fieldCount = fields.length;
    // Everything the posting walk reads as locals: it is the hot loop of a search (read from the
    // module's constant inside the walk, `BM25.d` alone cost a third of the walk's time).
    const touched = this.touchedList;
    const floats = this.slotFloats;
    const ints = this.slotInts;
    const candidate = this.candidate;
    const lengthTerms = this.lengthTerms;
    const later = this.laterList;
    const laterScores = this.laterScores;
    const saturation = BM25.k + 1;
    const floor = BM25.d;
    const body = fields[0]!;
    // No title field: an empty row (offsets all 0).
    const title = fields[1] ?? { offsets: new Uint32Array(body.offsets.length), passages: body.passages, frequencies: body.frequencies };
    const bodyWeight = this.fieldBoosts[0] ?? 1;
    const titleWeight = this.fieldBoosts[1] ?? 1;
    let touchedCount = 0;
    const gated = query.candidateOnly.size > 0;
    let candidateCount = 0;
    if (gated) {
      for (const term of query.terms.keys()) if (!query.candidateOnly.has(term)) candidateCount = this.markPassages(term, candidateCount);
    }
    // Which of the (first 64) known terms each passage holds, as bits in query order: every passage
    // that holds a term is reached by its walk (ungated terms walk all their passages, and gated ones
    // every candidate, which every touched passage then is), so `termsIn` reads them from here.
    const known: string[] = [];
    for (const [term, boost] of query.terms) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const termBit = 1 << known.length % 32;
      const bitsAt = known.length < 32 ? LOW_BITS : HIGH_BITS;
      const recorded = known.length < TERM_BITS;
      known.push(term);
      const gate = gated && query.candidateOnly.has(term);
      // A passage's score for the term is its body's then its title's (in that order, the same sum
      // as field by field); passages are met in body order, then the title's others in title order.
      const bodyEnd = body.offsets[t + 1]!;
      const bodyStart = body.offsets[t]!;
      const titleEnd = title.offsets[t + 1]!;
      let j = title.offsets[t]!;
      const bodyIdf = Math.log(1 + (passageCount - (bodyEnd - bodyStart) + 0.5) / (bodyEnd - bodyStart + 0.5));
      const titleIdf = Math.log(1 + (passageCount - (titleEnd - j) + 0.5) / (titleEnd - j + 0.5));
      const bodyScale = boost * bodyWeight;
      const titleScale = boost * titleWeight;
      const { passages: bodyPassages, frequencies: bodyFrequencies } = body;
      const { passages: titlePassages, frequencies: titleFrequencies } = title;
      let laterCount = 0;
      for (let i = bodyStart; i <= bodyEnd; i++) {
        // A candidate-only term skips what is no candidate in a tight loop (most of its passages;
        // the title's rows it passed are caught up with below).
        if (gate) while (i < bodyEnd && candidate[bodyPassages[i]!] === 0) i++;
        // Past the body's last passage, the title's rest.
        const p = i < bodyEnd ? bodyPassages[i]! : passageCount;
        while (j < titleEnd && titlePassages[j]! < p) {
          const q = titlePassages[j]!;
          if (!gate || candidate[q] !== 0) {
            const tf = titleFrequencies[j]!;
            const at = 2 * (q * fieldCount + 1);
            later[laterCount] = q;
            laterScores[laterCount++] = titleScale * (titleIdf * (floor + (tf === 1 ? lengthTerms[at]! : (tf * saturation) / (tf + lengthTerms[at + 1]!))));
          }
          j++;
        }
        if (i === bodyEnd) continue;
        const tf = bodyFrequencies[i]!;
        const at = 2 * p * fieldCount;
        let score = bodyScale * (bodyIdf * (floor + (tf === 1 ? lengthTerms[at]! : (tf * saturation) / (tf + lengthTerms[at + 1]!))));
        if (j < titleEnd && titlePassages[j] === p) {
          const tfTitle = titleFrequencies[j]!;
          const atTitle = at + 2;
          score = score + titleScale * (titleIdf * (floor + (tfTitle === 1 ? lengthTerms[atTitle]! : (tfTitle * saturation) / (tfTitle + lengthTerms[atTitle + 1]!))));
          j++;
        }
        const slot = p * SLOT_INTS;
        if (ints[slot + FIRST_SEEN] === -1) {
          ints[slot + FIRST_SEEN] = touchedCount;
          touched[touchedCount++] = p;
          floats[p * SLOT_FLOATS] = score;
        } else {
          floats[p * SLOT_FLOATS] = floats[p * SLOT_FLOATS]! + score;
        }
        if (recorded) ints[slot + bitsAt] = ints[slot + bitsAt]! | termBit;
        ints[slot + MATCHED] = ints[slot + MATCHED]! + 1;
      }
      for (let k = 0; k < laterCount; k++) {
        const p = later[k]!;
        const slot = p * SLOT_INTS;
        if (ints[slot + FIRST_SEEN] === -1) {
          ints[slot + FIRST_SEEN] = touchedCount;
          touched[touchedCount++] = p;
          floats[p * SLOT_FLOATS] = laterScores[k]!;
        } else {
          floats[p * SLOT_FLOATS] = floats[p * SLOT_FLOATS]! + laterScores[k]!;
        }
        if (recorded) ints[slot + bitsAt] = ints[slot + bitsAt]! | termBit;
        ints[slot + MATCHED] = ints[slot + MATCHED]! + 1;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!;
      floats[p * SLOT_FLOATS] = floats[p * SLOT_FLOATS]! * ints[p * SLOT_INTS + MATCHED]!;
    }
    const best = this.top(touched, touchedCount, limit);
    const results = best.map((p) => ({ passage: p, score: floats[p * SLOT_FLOATS]!, terms: this.termsIn(p, known, query) }));
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!;
      floats[p * SLOT_FLOATS] = 0;
      const slot = p * SLOT_INTS;
      ints[slot + FIRST_SEEN] = -1;
      ints[slot + MATCHED] = 0;
      ints[slot + LOW_BITS] = 0;
      ints[slot + HIGH_BITS] = 0;
    }
    const candidates = this.candidateList;
    for (let i = 0; i < candidateCount; i++) candidate[candidates[i]!] = 0;
    return results;
  }

  /**
   * Marks the passages that hold `term` in any field as candidates, listing each once in the
   * candidate list after its first `count` entries; returns the list's new length.
   */
  private markPassages(term: string, count: number): number {
    const t = this.termIds.get(term);
    if (t === undefined) return count;
    const into = this.candidateList;
    for (const { offsets, passages } of this.postings.fields) {
      const end = offsets[t + 1]!;
      for (let i = offsets[t]!; i < end; i++) {
        const p = passages[i]!;
        if (this.candidate[p] === 0) {
          this.candidate[p] = 1;
          into[count++] = p;
        }
      }
    }
    return count;
  }

  /** Whether passage `a` ranks before passage `b`. */
  private before(a: number, b: number): boolean {
    const sa = this.slotFloats[a * SLOT_FLOATS]!;
    const sb = this.slotFloats[b * SLOT_FLOATS]!;
    return sa > sb || (sa === sb && this.slotInts[a * SLOT_INTS + FIRST_SEEN]! < this.slotInts[b * SLOT_INTS + FIRST_SEEN]!);
  }

  /**
   * The `limit` best of the first `count` `passages` (listed in the order first met), best first:
   * a bounded heap, so a long candidate list costs n·log(limit).
   */
  private top(passages: Int32Array, count: number, limit: number): number[] {
    if (limit <= 0) return [];
    const scores = this.slotFloats;
    // Min-heap (worst on top) of the best seen so far.
    const heap: number[] = [];
    const worse = (i: number, j: number) => this.before(heap[j]!, heap[i]!);
    const swap = (i: number, j: number) => {
      const x = heap[i]!;
      heap[i] = heap[j]!;
      heap[j] = x;
    };
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && worse(l, w)) w = l;
        if (r < heap.length && worse(r, w)) w = r;
        if (w === i) return;
        swap(i, w);
        i = w;
      }
    };
    for (let k = 0; k < count; k++) {
      const p = passages[k]!;
      if (heap.length < limit) {
        heap.push(p);
        let i = heap.length - 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(i, parent)) break;
          swap(i, parent);
          i = parent;
        }
      } else if (scores[p * SLOT_FLOATS]! > scores[heap[0]! * SLOT_FLOATS]!) {
        // `before(p, worst)`: `passages` lists them in the order first met, so p was met after
        // everything in the heap and wins only by a higher score.
        heap[0] = p;
        down(0);
      }
    }
    return heap.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
  }

  /**
   * The query terms passage `p` holds in any field, in query order: the first `TERM_BITS` known
   * terms from the bits the walk set, a longer query's by binary search in each posting row.
   */
  private termsIn(p: number, known: readonly string[], query: PassageQuery): string[] {
    if (known.length <= TERM_BITS) {
      const found: string[] = [];
      const low = this.slotInts[p * SLOT_INTS + LOW_BITS]!;
      const high = this.slotInts[p * SLOT_INTS + HIGH_BITS]!;
      for (let j = 0; j < known.length; j++) if (((j < 32 ? low : high) >>> j % 32) & 1) found.push(known[j]!);
      return found;
    }
    return this.termsSearched(p, query);
  }

  /** The query terms passage `p` holds in any field (binary search in each posting row). */
  private termsSearched(p: number, query: PassageQuery): string[] {
    const found: string[] = [];
    for (const term of query.terms.keys()) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      for (const { offsets, passages } of this.postings.fields) {
        let lo = offsets[t]!;
        let hi = offsets[t + 1]! - 1;
        let hit = false;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const q = passages[mid]!;
          if (q === p) {
            hit = true;
            break;
          }
          if (q < p) lo = mid + 1;
          else hi = mid - 1;
        }
        if (hit) {
          found.push(term);
          break;
        }
      }
    }
    return found;
  }
}
