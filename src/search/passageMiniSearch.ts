/**
 * MiniSearch over passages, loaded straight from counted postings.
 *
 * Why a subclass: `addAll` walks MiniSearch's radix tree once per token (~35 s for the ~20M
 * tokens of 50× KorQuAD), and `loadJS`/`loadJSON` need one plain object per term with a key per
 * passage, then turn each back into a Map (measured at 50×, 14M term–passage pairs: 6.5 s for
 * `loadJS`, 9.7 s for `loadJSON`, against ~1 s for filling the Maps directly). MiniSearch declares
 * its index fields `protected` for subclasses, so this class fills them from the postings: the
 * same structures `addAll` would build, with MiniSearch's own search and BM25 scoring untouched.
 */
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
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

export class PassageMiniSearch extends MiniSearch {
  /**
   * @example
   * PassageMiniSearch.fromPostings(postings).search('랩허 허브') // [{ id: 3, score, terms, … }]
   */
  static fromPostings(postings: Postings): PassageMiniSearch {
    const mini = new PassageMiniSearch(miniSearchOptions);
    mini.fill(postings);
    return mini;
  }

  private fill({ passageCount, terms, fields, fieldLengths }: Postings): void {
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
    const index = this._index;
    index.clear();
    terms.forEach((term, t) => {
      const data = new Map<number, Map<number, number>>();
      fields.forEach(({ offsets, passages, frequencies }, f) => {
        const start = offsets[t] ?? 0;
        const end = offsets[t + 1] ?? 0;
        if (end <= start) return;
        const frequencyOf = new Map<number, number>();
        for (let i = start; i < end; i++) frequencyOf.set(passages[i] ?? 0, frequencies[i] ?? 0);
        data.set(f, frequencyOf);
      });
      index.set(term, data);
    });
  }
}
