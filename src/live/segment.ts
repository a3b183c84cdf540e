/**
 * 실시간 세그먼트: search over a large base index (built once, shared by every server) and a small
 * segment (one server's added articles, built in milliseconds), behind the answer stage's `Retriever`
 * and `Lexicon`. Adding an article rebuilds only the segment, so it is answerable at once however large
 * the base; the base is never touched.
 *
 * How the two are combined:
 * - words: a word is known when either side knows it; its weight (IDF) is the base's, which is the
 *   collection statistic of nearly every passage (a word only the segment holds weighs as a rare word,
 *   as it would in the summed collection); aliases and spellings are the union, except that a base
 *   "typo" rewrite of a word the segment spells exactly is dropped.
 * - sentences: each side ranks its own hits; the two ranked lists are merged (each list's own order
 *   kept), comparing heads by score plus coverage — the share of the question's weight the passage holds,
 *   a 0..1 figure both sides compute the same way — so a segment passage that holds the question's
 *   words outranks a base passage that does not, and the reverse.
 */
import type { Lexicon, Retriever, SearchHit, SearchOptions, Spelling } from '../search/index.ts';

export type SearchSide = Retriever & Lexicon;

const DEFAULT_LIMIT = 10;

/** Merges two ranked lists, keeping each list's order, heads compared by `key`. */
function mergeRanked(a: readonly SearchHit[], b: readonly SearchHit[], limit: number): SearchHit[] {
  const key = (hit: SearchHit) => hit.score + hit.coverage;
  const out: SearchHit[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && key(left) >= key(right))) {
      out.push(left as SearchHit);
      i++;
    } else {
      out.push(right);
      j++;
    }
  }
  return out;
}

export class SegmentedSearch implements Retriever, Lexicon {
  constructor(
    readonly base: SearchSide,
    readonly segment: SearchSide,
  ) {}

  async search(question: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const [base, segment] = await Promise.all([this.base.search(question, { limit }), this.segment.search(question, { limit })]);
    return mergeRanked(base, segment, limit);
  }

  knows(word: string): boolean {
    return this.base.knows(word) || this.segment.knows(word);
  }

  weight(text: string): number {
    return this.base.weight(text);
  }

  spellings(text: string): Spelling[] {
    const own = this.segment.spellings(text);
    const seen = new Set(own.map((s) => `${s.from}\u0000${s.to}`));
    const spellings = [...own];
    for (const spelling of this.base.spellings(text)) {
      const key = `${spelling.from}\u0000${spelling.to}`;
      if (seen.has(key)) continue;
      // The segment writes the word exactly as asked: not a typo for something in the base.
      if (this.segment.knows(spelling.from) && this.segment.spellings(spelling.from).length === 0) continue;
      seen.add(key);
      spellings.push(spelling);
    }
    return spellings;
  }

  aliases(phrase: string): readonly string[] {
    const base = this.base.aliases(phrase);
    const segment = this.segment.aliases(phrase);
    return segment.length === 0 ? base : [...new Set([...base, ...segment])];
  }
}

/**
 * A base index with some of its articles gone (removed from the folder, or replaced by a newer version
 * in a segment): their sentences are never returned. Word statistics stay the base's until the next
 * full build.
 */
export class WithoutArticles implements Retriever, Lexicon {
  constructor(
    readonly base: SearchSide,
    readonly gone: ReadonlySet<string>,
  ) {}

  async search(question: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    // Ask for more, since some hits may belong to articles that are gone.
    const hits = await this.base.search(question, { limit: limit * 2 + 10 });
    return hits.filter((hit) => !this.gone.has(hit.sentence.articleId)).slice(0, limit);
  }

  knows(word: string): boolean {
    return this.base.knows(word);
  }

  weight(text: string): number {
    return this.base.weight(text);
  }

  spellings(text: string): Spelling[] {
    return this.base.spellings(text);
  }

  aliases(phrase: string): readonly string[] {
    return this.base.aliases(phrase);
  }
}
