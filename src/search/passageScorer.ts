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

export class PassageScorer {
  private readonly postings: Postings;
  private readonly termIds = new Map<string, number>();
  private readonly fieldBoosts: readonly number[];
  /** `k·(1 − b + b·length/average)` of passage `p` in field `f`, at `p · fields + f`: BM25's length norm, computed once. */
  private readonly lengthNorm: Float64Array;
  /**
   * `(k + 1) / (1 + lengthNorm)`: BM25's saturation for a term found once, by far the commonest
   * frequency, so the walk divides only for the others. The same operations on the same numbers
   * as `(tf · (k + 1)) / (tf + lengthNorm)` with tf = 1 (1 · (k + 1) is exact), so the same bits.
   */
  private readonly saturatedOnce: Float64Array;
  // Scratch space, one slot per passage, reset after every query.
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly matchedCount: Uint16Array;
  private readonly firstSeen: Int32Array;
  private readonly candidate: Uint8Array;
  private readonly inTerm: Uint8Array;
  /**
   * Lists of passages, one slot per passage, reused by every query: the passages touched (in the
   * order first met), the candidates, and one term's passages. As growing arrays they were a third
   * of all the memory a question allocated at 50× (sampling heap profile), and the collector's work.
   */
  private readonly touchedList: Int32Array;
  private readonly candidateList: Int32Array;
  private readonly termList: Int32Array;
  /** Which of the query's first `TERM_BITS` known terms a touched passage holds: bit j of word ⌊j/32⌋ for the j-th. */
  private readonly termBits: [Uint32Array, Uint32Array];

  /** `fieldBoosts[f]` multiplies field `f`'s scores (field ids as in `postings.fields`). */
  constructor(postings: Postings, fieldBoosts: readonly number[]) {
    this.postings = postings;
    this.fieldBoosts = fieldBoosts;
    postings.terms.forEach((term, t) => this.termIds.set(term, t));
    const n = postings.passageCount;
    const fieldCount = postings.fields.length;
    const totals = new Float64Array(fieldCount);
    for (let p = 0; p < n; p++) for (let f = 0; f < fieldCount; f++) totals[f]! += postings.fieldLengths[p * fieldCount + f] ?? 0;
    const average = totals.map((sum) => (n > 0 ? sum / n : 0));
    this.lengthNorm = new Float64Array(n * fieldCount);
    for (let p = 0; p < n; p++) {
      for (let f = 0; f < fieldCount; f++) {
        const length = postings.fieldLengths[p * fieldCount + f] ?? 0;
        this.lengthNorm[p * fieldCount + f] = BM25.k * (1 - BM25.b + (BM25.b * length) / average[f]!);
      }
    }
    const saturation = BM25.k + 1;
    this.saturatedOnce = this.lengthNorm.map((norm) => (1 * saturation) / (1 + norm));
    this.total = new Float64Array(n);
    this.termScore = new Float64Array(n);
    this.matchedCount = new Uint16Array(n);
    this.firstSeen = new Int32Array(n).fill(-1);
    this.candidate = new Uint8Array(n);
    this.inTerm = new Uint8Array(n);
    this.touchedList = new Int32Array(n);
    this.candidateList = new Int32Array(n);
    this.termList = new Int32Array(n);
    this.termBits = [new Uint32Array(n), new Uint32Array(n)];
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
    // The scratch arrays as locals: the posting walk below is the hot loop of a search.
    const touched = this.touchedList;
    const total = this.total;
    const termScore = this.termScore;
    const matchedCount = this.matchedCount;
    const firstSeen = this.firstSeen;
    const inTerm = this.inTerm;
    const candidate = this.candidate;
    const [lowBits, highBits] = this.termBits;
    const norm = this.lengthNorm;
    const once = this.saturatedOnce;
    const saturation = BM25.k + 1;
    // As a local: read from the module's constant inside the walk, it cost a third of the walk's time
    // (measured: replaying the bench's 300 searches at 50×, 200 → 125 ms CPU).
    const floor = BM25.d;
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
    const termInTouched = this.termList;
    for (const [term, boost] of query.terms) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const termBit = 1 << known.length % 32;
      const termBits = known.length < 32 ? lowBits : highBits;
      const recorded = known.length < TERM_BITS;
      known.push(term);
      const gate = gated && query.candidateOnly.has(term);
      let termCount = 0;
      for (let f = 0; f < fieldCount; f++) {
        const { offsets, passages, frequencies } = fields[f]!;
        const start = offsets[t]!;
        const end = offsets[t + 1]!;
        if (end <= start) continue;
        const matching = end - start;
        const idf = Math.log(1 + (passageCount - matching + 0.5) / (matching + 0.5));
        const weight = boost * (this.fieldBoosts[f] ?? 1);
        for (let i = start; i < end; i++) {
          const p = passages[i]!;
          if (gate && candidate[p] === 0) continue;
          const tf = frequencies[i]!;
          const at = p * fieldCount + f;
          const raw = idf * (floor + (tf === 1 ? once[at]! : (tf * saturation) / (tf + norm[at]!)));
          if (inTerm[p] === 0) {
            inTerm[p] = 1;
            termScore[p] = weight * raw;
            termInTouched[termCount++] = p;
          } else {
            termScore[p] = termScore[p]! + weight * raw;
          }
        }
      }
      for (let i = 0; i < termCount; i++) {
        const p = termInTouched[i]!;
        if (firstSeen[p] === -1) {
          firstSeen[p] = touchedCount;
          touched[touchedCount++] = p;
          total[p] = termScore[p]!;
        } else {
          total[p] = total[p]! + termScore[p]!;
        }
        if (recorded) termBits[p] = termBits[p]! | termBit;
        matchedCount[p] = matchedCount[p]! + 1;
        inTerm[p] = 0;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!;
      total[p] = total[p]! * matchedCount[p]!;
    }
    const best = this.top(touched, touchedCount, limit);
    const results = best.map((p) => ({ passage: p, score: total[p]!, terms: this.termsIn(p, known, query) }));
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!;
      total[p] = 0;
      lowBits[p] = 0;
      highBits[p] = 0;
      matchedCount[p] = 0;
      firstSeen[p] = -1;
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
    const sa = this.total[a]!;
    const sb = this.total[b]!;
    return sa > sb || (sa === sb && this.firstSeen[a]! < this.firstSeen[b]!);
  }

  /** The `limit` best of the first `count` `passages`, best first: a bounded heap, so a long candidate list costs n·log(limit). */
  private top(passages: Int32Array, count: number, limit: number): number[] {
    if (limit <= 0) return [];
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
      } else if (this.before(p, heap[0]!)) {
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
      const [lowBits, highBits] = this.termBits;
      for (let j = 0; j < known.length; j++) if (((j < 32 ? lowBits[p]! : highBits[p]!) >>> j % 32) & 1) found.push(known[j]!);
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
