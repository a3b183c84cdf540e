/**
 * The search index over a corpus: passages (paragraphs) in MiniSearch, sentences re-ranked
 * within the best passages. It is the `Retriever` and the `Lexicon` the answer stage reads
 * (`types.ts`); building, snapshots and query analysis stay behind those two interfaces.
 */
import type { Article, Sentence } from '../corpus/types.ts';
import { normalize, stripJosa, syllablePieces, tokenizeNormalized } from '../korean/index.ts';
import { aliasKey, type Aliases } from './aliases.ts';
import { expectedAnswerTypes, holdsAnswerType } from './answerType.ts';
import { buildIndex } from './buildIndex.ts';
import { splitCommonTerms } from './commonTerms.ts';
import { defaultSearchIndexOptions } from './options.ts';
import type { SearchIndexOptions } from './options.ts';
import { listPassages } from './passages.ts';
import type { PassageRef } from './passages.ts';
import { queryTerms } from './queryTerms.ts';
import { rewriteQuery } from './rewriteQuery.ts';
import { PassageMiniSearch } from './passageMiniSearch.ts';
import type { Postings } from './postings.ts';
import { hashCorpus, readSnapshot, writeSnapshot } from './snapshot.ts';
import type { SnapshotMiss } from './snapshot.ts';
import type { ArticleHit, Lexicon, Retriever, SearchHit, SearchOptions, Spelling } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/** One passage result before it becomes article or sentence hits. */
export type PassageHit = {
  passage: number;
  score: number;
  coverage: number;
};

/** The query as searched: weighted terms, what was pruned and rewritten. */
export type AnalyzedQuery = {
  /** Searched terms → weight. */
  terms: Map<string, number>;
  /** Terms → weight × IDF that make up the query's total weight (the coverage denominator). */
  counted: Map<string, number>;
  totalWeight: number;
  /** Common terms that only score passages matched by the query's rarer terms. */
  candidateOnly: Set<string>;
  pruned: string[];
  /** Query words searched under the corpus's own spelling (typo, 초성, alias). */
  spellings: Spelling[];
};

/** How long making the index took, in ms (for the bench and startup logs). */
export type IndexTimings = {
  /** Counting the corpus into postings (a cold build). */
  buildMs?: number;
  /** Writing the snapshot after a cold build. */
  saveMs?: number;
  /** Reading and checking the snapshot. */
  loadMs?: number;
};

export type OpenOptions = {
  /** Where snapshots live (created if missing). */
  snapshotDir: string;
  options?: Partial<SearchIndexOptions>;
};

const DEFAULT_LIMIT = 10;
/** Sentence term sets kept for re-ranking before the cache is cleared. */
const SENTENCE_CACHE_LIMIT = 50_000;

type IndexParts = {
  mini: PassageMiniSearch;
  passages: readonly PassageRef[];
  documentFrequency: Map<string, number>;
  vocabulary: Vocabulary;
  aliases: Aliases;
};

function indexParts(
  passages: readonly PassageRef[],
  postings: Postings,
  words: ReadonlyMap<string, number>,
  aliases: Aliases,
): IndexParts {
  const documentFrequency = new Map<string, number>();
  postings.terms.forEach((term, t) => documentFrequency.set(term, postings.documentFrequency[t] ?? 0));
  return {
    mini: PassageMiniSearch.fromPostings(postings),
    passages,
    documentFrequency,
    vocabulary: new Vocabulary(words),
    aliases,
  };
}

function samePassages(a: readonly PassageRef[], b: readonly PassageRef[]): boolean {
  return a.length === b.length && a.every(([position, paragraph], i) => b[i]?.[0] === position && b[i]?.[1] === paragraph);
}

export class SearchIndex implements Retriever, Lexicon {
  /** How this index came to be: built now, or read from a snapshot. */
  readonly source: 'built' | 'snapshot';
  /** Why the snapshot was not used (when `source` is 'built' by `open`). */
  readonly snapshotMiss: SnapshotMiss | null;
  /**
   * Why `open` could not save the snapshot (a read-only or full disk, a cache path under a file), or
   * null. The cache is an optimisation: the index in memory is complete either way.
   */
  get snapshotUnsaved(): string | null {
    return this.unsaved;
  }
  private unsaved: string | null = null;
  readonly options: Readonly<SearchIndexOptions>;
  /** How long building, saving or loading took. */
  readonly timings: Readonly<IndexTimings>;
  private readonly measured: IndexTimings = {};
  private readonly articles: readonly Article[];
  private readonly byId: Map<string, number>;
  private readonly parts: IndexParts;
  private readonly sentenceTerms = new Map<Sentence, { terms: Set<string>; normalized: string }>();
  private readonly passageSentences = new Map<number, Sentence[]>();

  private constructor(
    articles: readonly Article[],
    parts: IndexParts,
    options: SearchIndexOptions,
    source: 'built' | 'snapshot',
    snapshotMiss: SnapshotMiss | null,
  ) {
    this.articles = articles;
    this.parts = parts;
    this.options = Object.freeze(options);
    this.source = source;
    this.snapshotMiss = snapshotMiss;
    this.timings = this.measured;
    this.byId = new Map(articles.map((a, i) => [a.id, i]));
  }

  /** Builds the index in memory. */
  static build(articles: readonly Article[], options: Partial<SearchIndexOptions> = {}): SearchIndex {
    return SearchIndex.fromBuilt(articles, { ...defaultSearchIndexOptions, ...options }, null).index;
  }

  /**
   * Reads the snapshot for this corpus from `snapshotDir`, or builds the index and saves one.
   * A stale (other corpus or `INDEX_VERSION`) or corrupt snapshot is ignored and replaced.
   */
  static async open(articles: readonly Article[], { snapshotDir, options = {} }: OpenOptions): Promise<SearchIndex> {
    const merged = { ...defaultSearchIndexOptions, ...options };
    const started = performance.now();
    const corpusHash = hashCorpus(articles);
    const read = await readSnapshot(snapshotDir, corpusHash);
    let miss: SnapshotMiss = read.ok ? { kind: 'corrupt', message: 'snapshot does not match the corpus' } : read.error;
    if (read.ok) {
      const { passages, postings, words, aliases } = read.value;
      if (samePassages(passages, listPassages(articles))) {
        try {
          const parts = indexParts(passages, postings, words, aliases);
          const index = new SearchIndex(articles, parts, merged, 'snapshot', null);
          index.measured.loadMs = performance.now() - started;
          return index;
        } catch (e) {
          // A snapshot that does not load is never trusted: rebuilt below.
          miss = { kind: 'corrupt', message: `snapshot did not load: ${String(e).slice(0, 200)}` };
        }
      }
    }
    const { index, built } = SearchIndex.fromBuilt(articles, merged, miss);
    const saving = performance.now();
    try {
      writeSnapshot(snapshotDir, {
        corpusHash,
        passages: index.parts.passages,
        postings: built.postings,
        words: built.wordCounts,
        aliases: built.aliases,
      });
      index.measured.saveMs = performance.now() - saving;
    } catch (error) {
      index.unsaved = (error as Error).message.slice(0, 300);
    }
    return index;
  }

  private static fromBuilt(articles: readonly Article[], options: SearchIndexOptions, miss: SnapshotMiss | null) {
    const started = performance.now();
    const passages = listPassages(articles);
    const built = buildIndex(articles, passages);
    const parts = indexParts(passages, built.postings, built.wordCounts, built.aliases);
    const index = new SearchIndex(articles, parts, options, 'built', miss);
    index.measured.buildMs = performance.now() - started;
    return { index, built };
  }

  /** Number of indexed passages. */
  get passageCount(): number {
    return this.parts.passages.length;
  }

  /** The sentence `index` of article `articleId`, or undefined. */
  getSentence(articleId: string, index: number): Sentence | undefined {
    const position = this.byId.get(articleId);
    if (position === undefined) return undefined;
    return this.articles[position]?.sentences.find((s) => s.index === index);
  }

  /**
   * The aliases the corpus defines for a phrase ("유엘 솔루션즈(UL Solutions)", "이하 중기부"):
   * looked up by the normalized phrase without spaces, then without its last particle.
   */
  aliases(phrase: string): readonly string[] {
    const key = aliasKey(normalize(phrase));
    return this.parts.aliases.get(key) ?? this.parts.aliases.get(aliasKey(stripJosa(key))) ?? [];
  }

  /** The corpus's Hangul words (어절 and their stems) with their counts. */
  get words(): ReadonlyMap<string, number> {
    return this.parts.vocabulary.counts;
  }

  knows(word: string): boolean {
    const analyzed = this.analyze(word);
    if (analyzed.spellings.length > 0) return true;
    const pieces = syllablePieces(normalize(word));
    if (pieces.length === 0) return analyzed.terms.size > 0;
    return pieces.filter((piece) => analyzed.terms.has(piece)).length / pieces.length >= 0.5;
  }

  weight(text: string): number {
    return this.analyze(text).totalWeight;
  }

  spellings(text: string): Spelling[] {
    return this.analyze(text).spellings;
  }

  private idf(term: string): number {
    const n = this.parts.passages.length;
    const df = this.parts.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Normalizes, weighs, rewrites and prunes the query. Never throws. */
  analyze(query: string): AnalyzedQuery {
    const normalized = normalize(query);
    const { terms, runs, crossSpace } = queryTerms(normalized, this.options);
    const knows = (term: string) => this.parts.documentFrequency.has(term);
    const rewrite = rewriteQuery(normalized, runs, {
      vocabulary: this.parts.vocabulary,
      aliases: this.parts.aliases,
      knows,
      options: this.options,
    });
    const counted = new Map<string, number>();
    for (const [term, weight] of terms) {
      if (!rewrite.replaced.has(term) && !crossSpace.has(term)) counted.set(term, weight * this.idf(term));
    }
    const all = new Map(terms);
    for (const [term, weight] of rewrite.added) if (weight > (all.get(term) ?? 0)) all.set(term, weight);
    for (const [term, weight] of rewrite.added) {
      if (!counted.has(term) && rewrite.replaced.size > 0 && !terms.has(term)) {
        // A rewrite stands in for what it replaced: its own weight counts once.
        counted.set(term, weight * this.idf(term));
      }
    }
    const { candidateOnly, pruned } = splitCommonTerms(
      [...all.keys()].filter(knows),
      this.parts.documentFrequency,
      this.parts.passages.length,
      this.options,
    );
    for (const term of pruned) all.delete(term);
    for (const term of pruned) counted.delete(term);
    for (const term of all.keys()) if (!knows(term)) all.delete(term);
    let totalWeight = 0;
    for (const w of counted.values()) totalWeight += w;
    return { terms: all, counted, totalWeight, candidateOnly, pruned, spellings: rewrite.spellings };
  }

  private weightOf(analyzed: AnalyzedQuery, term: string): number {
    return (analyzed.terms.get(term) ?? 0) * this.idf(term);
  }

  /** Ranked passages for an analyzed query. */
  searchPassages(analyzed: AnalyzedQuery, limit: number): PassageHit[] {
    if (analyzed.terms.size === 0) return [];
    const results = this.parts.mini.search([...analyzed.terms.keys()].join(' '), {
      tokenize: (text: string) => text.split(' '),
      processTerm: (term: string) => term,
      boostTerm: (term: string) => analyzed.terms.get(term) ?? 1,
      boost: { text: 1, title: this.options.titleBoost },
      combineWith: 'OR',
      ...(analyzed.candidateOnly.size > 0 ? { boostDocument: this.candidateGate(analyzed) } : {}),
    });
    return results.slice(0, limit).map((r) => {
      let matched = 0;
      for (const term of r.terms) matched += this.weightOf(analyzed, term);
      return {
        passage: r.id as number,
        score: r.score,
        coverage: analyzed.totalWeight > 0 ? Math.min(1, matched / analyzed.totalWeight) : 0,
      };
    });
  }

  /** MiniSearch `boostDocument`: a candidate-only term scores only passages a rarer term matched. */
  private candidateGate({ terms, candidateOnly }: AnalyzedQuery): (passage: number, term: string) => number {
    const candidates = new Set<number>();
    for (const term of terms.keys()) if (!candidateOnly.has(term)) this.parts.mini.addPassagesWith(term, candidates);
    return (passage, term) => (candidates.has(passage) || !candidateOnly.has(term) ? 1 : 0);
  }

  /**
   * Articles ranked by their best passage (KorQuAD's unit: one JSONL line).
   * @example
   * index.searchArticles('랩허브 예산', { limit: 5 }) // [{ articleId, score, coverage }, …]
   */
  searchArticles(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): ArticleHit[] {
    const analyzed = this.analyze(query);
    const hits: ArticleHit[] = [];
    const seen = new Set<string>();
    for (const hit of this.searchPassages(analyzed, this.options.passageCandidates)) {
      const article = this.articles[this.parts.passages[hit.passage]?.[0] ?? -1];
      if (!article || seen.has(article.id)) continue;
      seen.add(article.id);
      hits.push({ articleId: article.id, score: hit.score, coverage: hit.coverage });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * Sentences ranked within the best passages: the passage's score plus the share of the
   * query's weight the sentence itself holds.
   * @example
   * index.search('랩허브 완공 시기', { limit: 3 })[0]?.sentence.text // "… 2025년까지 완공할 계획이다."
   */
  search(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): SearchHit[] {
    const analyzed = this.analyze(query);
    const passages = this.searchPassages(analyzed, this.options.sentencePassages);
    const top = passages[0]?.score ?? 0;
    const answerTypes = expectedAnswerTypes(normalize(query), this.options.answerTypes);
    const hits: SearchHit[] = [];
    for (const passage of passages) {
      for (const sentence of this.sentencesOf(passage.passage)) {
        const { terms, normalized } = this.termsOf(sentence);
        let matched = 0;
        let weight = 0;
        for (const term of analyzed.terms.keys()) {
          if (terms.has(term)) {
            matched += 1;
            weight += this.weightOf(analyzed, term);
          }
        }
        if (matched === 0) continue;
        const share = analyzed.totalWeight > 0 ? Math.min(1, weight / analyzed.totalWeight) : 0;
        hits.push({
          sentence,
          score:
            this.options.passageWeight * (top > 0 ? passage.score / top : 0) +
            share +
            (answerTypes.length > 0 && holdsAnswerType(normalized, answerTypes) ? this.options.answerTypeBonus : 0),
          coverage: passage.coverage,
        });
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private sentencesOf(passage: number): Sentence[] {
    const cached = this.passageSentences.get(passage);
    if (cached) return cached;
    const [position, paragraphIndex] = this.parts.passages[passage] ?? [-1, -1];
    const sentences = this.articles[position]?.sentences.filter((s) => s.paragraphIndex === paragraphIndex) ?? [];
    if (this.passageSentences.size > SENTENCE_CACHE_LIMIT) this.passageSentences.clear();
    this.passageSentences.set(passage, sentences);
    return sentences;
  }

  private termsOf(sentence: Sentence): { terms: Set<string>; normalized: string } {
    let cached = this.sentenceTerms.get(sentence);
    if (!cached) {
      const normalized = normalize(sentence.text);
      cached = { terms: new Set(tokenizeNormalized(normalized)), normalized };
      if (this.sentenceTerms.size > SENTENCE_CACHE_LIMIT) this.sentenceTerms.clear();
      this.sentenceTerms.set(sentence, cached);
    }
    return cached;
  }
}
