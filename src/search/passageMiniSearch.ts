/**
 * MiniSearch over passages, loaded from counted postings instead of `addAll`/`loadJS`.
 *
 * Why a subclass: `addAll` walks MiniSearch's radix tree once per token (~35 s for the ~20M
 * tokens of 50× KorQuAD), and `loadJS`/`loadJSON` need one plain object per term with a key per
 * passage, then turn each back into a Map (measured at 50×, 14M term–passage pairs: 6.5 s for
 * `loadJS`, 9.7 s for `loadJSON`). MiniSearch declares its index fields `protected` for
 * subclasses; this class sets the document tables at once and moves a term's postings into
 * MiniSearch's own index maps the first time a search uses the term. The maps are exactly what
 * `addAll` would have built, and searching and BM25 scoring stay MiniSearch's own.
 *
 * Limitation: terms are filled on demand by exact look-up, so MiniSearch's `prefix`/`fuzzy`
 * options would not see unfilled terms (this stage never uses them: typos and 초성 are
 * rewritten from the vocabulary before searching).
 */
import MiniSearch from 'minisearch';
import type { Options, Query, SearchOptions, SearchResult } from 'minisearch';
import type { Postings } from './postings.ts';

/** Field names, in field-id order (the order of `Postings.fields`). */
export const FIELDS = ['text', 'title'] as const;
export type Field = (typeof FIELDS)[number];

/** MiniSearch options: terms arrive already tokenized by `korean`, so both steps are identity. */
export const miniSearchOptions: Options = {
  fields: [...FIELDS],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
};

const EMPTY: Postings = {
  passageCount: 0,
  terms: [],
  documentFrequency: new Uint32Array(0),
  fields: [],
  fieldLengths: new Uint32Array(0),
};

export class PassageMiniSearch extends MiniSearch {
  private postings: Postings = EMPTY;
  private readonly termIds = new Map<string, number>();
  /** Term id → 1 once its postings are in MiniSearch's index. */
  private filled = new Uint8Array(0);

  /**
   * @example
   * PassageMiniSearch.fromPostings(postings).search('랩허 허브') // [{ id: 3, score, terms, … }]
   */
  static fromPostings(postings: Postings): PassageMiniSearch {
    const mini = new PassageMiniSearch(miniSearchOptions);
    mini.load(postings);
    return mini;
  }

  /** MiniSearch's `search`, after the query's terms (space-separated index terms) are filled. */
  override search(query: Query, searchOptions?: SearchOptions): SearchResult[] {
    if (typeof query === 'string') this.prepare(query.split(' '));
    return super.search(query, searchOptions);
  }

  /** Adds to `into` the passages that hold `term` in any field. */
  addPassagesWith(term: string, into: Set<number>): void {
    const t = this.termIds.get(term);
    if (t === undefined) return;
    for (const { offsets, passages } of this.postings.fields) {
      const end = offsets[t + 1] ?? 0;
      for (let i = offsets[t] ?? 0; i < end; i++) into.add(passages[i] ?? 0);
    }
  }

  /** Moves the postings of `terms` into MiniSearch's index, once per term. */
  private prepare(terms: Iterable<string>): void {
    for (const term of terms) {
      const t = this.termIds.get(term);
      if (t === undefined || this.filled[t] === 1) continue;
      this.filled[t] = 1;
      const data = new Map<number, Map<number, number>>();
      this.postings.fields.forEach(({ offsets, passages, frequencies }, f) => {
        const start = offsets[t] ?? 0;
        const end = offsets[t + 1] ?? 0;
        if (end <= start) return;
        const frequencyOf = new Map<number, number>();
        for (let i = start; i < end; i++) frequencyOf.set(passages[i] ?? 0, frequencies[i] ?? 0);
        data.set(f, frequencyOf);
      });
      this._index.set(term, data);
    }
  }

  private load(postings: Postings): void {
    const { passageCount, terms, fields, fieldLengths } = postings;
    this.postings = postings;
    terms.forEach((term, t) => this.termIds.set(term, t));
    this.filled = new Uint8Array(terms.length);
    const fieldCount = fields.length;
    const totals = new Array<number>(fieldCount).fill(0);
    this._documentIds = new Map();
    this._idToShortId = new Map();
    this._fieldLength = new Map();
    for (let p = 0; p < passageCount; p++) {
      this._documentIds.set(p, p);
      this._idToShortId.set(p, p);
      const lengths = Array.from(fieldLengths.subarray(p * fieldCount, (p + 1) * fieldCount));
      lengths.forEach((length, f) => (totals[f] = (totals[f] ?? 0) + length));
      this._fieldLength.set(p, lengths);
    }
    this._documentCount = passageCount;
    this._nextId = passageCount;
    this._avgFieldLength = totals.map((total) => (passageCount > 0 ? total / passageCount : 0));
    this._index.clear();
  }
}
