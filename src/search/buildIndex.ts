/**
 * Builds MiniSearch's own serialized form (its `toJSON()` layout) straight from term counts,
 * then hands it to `MiniSearch.loadJS`. Same index, same scoring as `addAll`, but counted
 * with hash maps: `addAll` walks MiniSearch's radix tree once per token, which at ~20M
 * tokens (50× KorQuAD) takes ~35 s; this takes a few.
 */
import MiniSearch from 'minisearch';
import type { AsPlainObject, Options } from 'minisearch';
import type { Article } from '../corpus/types.ts';
import { normalize } from '../korean/index.ts';
import type { Aliases } from './aliases.ts';
import { learnAliases } from './aliases.ts';
import type { PassageRef } from './passages.ts';
import { countTerms, passageText } from './passages.ts';
import { countWords } from './vocabulary.ts';

/** Field names and their ids in the serialized index. */
export const FIELDS = ['text', 'title'] as const;
export type Field = (typeof FIELDS)[number];

/** MiniSearch options: terms arrive already tokenized by `korean`, so both steps are identity. */
export const miniSearchOptions: Options = {
  fields: [...FIELDS],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
};

export type BuiltIndex = {
  plain: AsPlainObject;
  /** Passages per term (either field): for pruning and IDF weights. */
  documentFrequency: Map<string, number>;
  wordCounts: Map<string, number>;
  aliases: Aliases;
};

/** Counts every passage's terms and words and returns the serialized index. */
export function buildIndex(articles: readonly Article[], passages: readonly PassageRef[]): BuiltIndex {
  const postings: [Map<string, Record<number, number>>, Map<string, Record<number, number>>] = [new Map(), new Map()];
  const fieldLength: Record<number, number[]> = {};
  const documentIds: Record<number, number> = {};
  const totals = [0, 0];
  const wordCounts = new Map<string, number>();
  const aliases: Aliases = new Map();
  const documentFrequency = new Map<string, number>();
  passages.forEach(([position, paragraphIndex], id) => {
    const article = articles[position];
    if (!article) return;
    const body = normalize(passageText(article, paragraphIndex));
    countWords(body, wordCounts);
    learnAliases([body], aliases);
    const lengths = [0, 0];
    const seen = new Set<string>();
    [body, article.title].forEach((text, fieldId) => {
      const counts = countTerms(text);
      for (const term of counts.keys()) {
        if (seen.has(term)) continue;
        seen.add(term);
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      const fieldPostings = postings[fieldId as 0 | 1];
      for (const [term, tf] of counts) {
        let docs = fieldPostings.get(term);
        if (!docs) fieldPostings.set(term, (docs = {}));
        docs[id] = tf;
      }
      lengths[fieldId] = counts.size;
      totals[fieldId] = (totals[fieldId] ?? 0) + counts.size;
    });
    fieldLength[id] = lengths;
    documentIds[id] = id;
  });
  const index: AsPlainObject['index'] = [];
  const terms = new Set([...postings[0].keys(), ...postings[1].keys()]);
  for (const term of terms) {
    const data: Record<string, Record<number, number>> = {};
    const text = postings[0].get(term);
    const title = postings[1].get(term);
    if (text) data['0'] = text;
    if (title) data['1'] = title;
    index.push([term, data]);
  }
  const n = passages.length;
  const plain: AsPlainObject = {
    documentCount: n,
    nextId: n,
    documentIds,
    fieldIds: { text: 0, title: 1 },
    fieldLength,
    averageFieldLength: totals.map((t) => (n > 0 ? t / n : 0)),
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
  return { plain, documentFrequency, wordCounts, aliases };
}

export function loadMiniSearch(plain: AsPlainObject): MiniSearch {
  return MiniSearch.loadJS(plain, miniSearchOptions);
}
