/**
 * The search index over a corpus: passages (paragraphs) in MiniSearch, sentences re-ranked
 * within the best passages. It is the `Retriever` and the `Lexicon` the answer stage reads
 * (`types.ts`); building, snapshots and query analysis stay behind those two interfaces.
 */
import { BoundedMap } from '../boundedMap.ts';
import { arraySource } from '../corpus/source.ts';
import type { ArticleSource } from '../corpus/source.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { isInterrogative, normalize, stripJosa, syllablePieces, tokenizeNormalized } from '../korean/index.ts';
import { aliasKey, type Aliases } from './aliases.ts';
import { expectedAnswerTypes, holdsAnswerType } from './answerType.ts';
import { buildIndex } from './buildIndex.ts';
import { splitCommonTerms } from './commonTerms.ts';
import { defaultSearchIndexOptions } from './options.ts';
import type { SearchIndexOptions } from './options.ts';
import { FIELDS, listPassages } from './passages.ts';
import type { Field } from './passages.ts';
import type { PassageRef } from './passages.ts';
import { queryTerms } from './queryTerms.ts';
import { rewriteQuery } from './rewriteQuery.ts';
import { PassageScorer } from './passageScorer.ts';
import { checkPostings } from './postings.ts';
import type { Postings } from './postings.ts';
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

/** Everything the index is made of, as a snapshot stores it (see `SearchIndex.data`). */
export type IndexData = {
  /** Passage `i` is paragraph `refs[2i + 1]` of the article at position `refs[2i]`. */
  refs: Uint32Array;
  postings: Postings;
  /** The corpus's word counts (typo and 초성 rewriting), read only when first needed. */
  words: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);
  aliases: Aliases;
};

/** Reports how far a long step has got: `done` of `total` units. */
export type ProgressCallback = (done: number, total: number) => void;

const DEFAULT_LIMIT = 10;
/**
 * Sentence term sets and passages' sentences kept for re-ranking (a question reads a few dozen
 * passages; 10,000 of each held 30–45 MB after a thousand questions at 50×).
 */
const SENTENCE_CACHE_LIMIT = 2_000;
/**
 * Words the answer stage asked `knows`, `weight` or `spellings` of, analyzed once: a question asks
 * about ~40 words, the same word two or three times (its weight, whether the corpus knows it, how
 * the corpus spells it), and each analysis looks the word up in the typo and 초성 tables.
 */
const WORD_CACHE_LIMIT = 4_000;

function toRefs(passages: readonly PassageRef[]): Uint32Array {
  const refs = new Uint32Array(passages.length * 2);
  passages.forEach(([position, paragraph], i) => {
    refs[2 * i] = position;
    refs[2 * i + 1] = paragraph;
  });
  return refs;
}

export class SearchIndex implements Retriever, Lexicon {
  readonly options: Readonly<SearchIndexOptions>;
  private readonly source: ArticleSource;
  private readonly indexData: IndexData;
  private readonly scorer: PassageScorer;
  private readonly vocabulary: Vocabulary;
  /** Keyed by the sentence's text: a sentence read again (another copy of a wire story, an article parsed anew from a snapshot) is not tokenized again. */
  private readonly sentenceTerms = new BoundedMap<string, { terms: Set<string>; normalized: string }>(SENTENCE_CACHE_LIMIT);
  private readonly passageSentences = new BoundedMap<number, Sentence[]>(SENTENCE_CACHE_LIMIT);
  private readonly analyzedWords = new BoundedMap<string, AnalyzedQuery>(WORD_CACHE_LIMIT);
  private readonly analyzedWeights = new WeakMap<AnalyzedQuery, Map<string, number>>();
  /**
   * The last query's ranked passages, as many as the wider of the two searches takes: a question
   * is searched for its sentences and then for its articles, and the ranking is a total order
   * (score, then the passage met first), so the shorter list is the longer one's head.
   */
  private lastPassages: { query: string; analyzed: AnalyzedQuery; hits: PassageHit[]; limit: number } | null = null;

  private constructor(source: ArticleSource, data: IndexData, options: SearchIndexOptions) {
    this.source = source;
    this.indexData = data;
    this.options = Object.freeze(options);
    const boosts: Record<Field, number> = { text: 1, title: options.titleBoost };
    this.scorer = new PassageScorer(data.postings, FIELDS.map((field) => boosts[field]));
    this.vocabulary = new Vocabulary(data.words);
  }

  /**
   * Builds the index in memory over articles (an array, or any `ArticleSource`).
   * @example
   * SearchIndex.build(articles).search('랩허브 예산', { limit: 3 })
   */
  static build(
    articles: readonly Article[] | ArticleSource,
    options: Partial<SearchIndexOptions> = {},
    onProgress?: ProgressCallback,
  ): SearchIndex {
    const source = isSource(articles) ? articles : arraySource(articles);
    const passages = listPassages(source);
    const built = buildIndex(source, passages, onProgress);
    return new SearchIndex(
      source,
      { refs: toRefs(passages), postings: built.postings, words: built.wordCounts, aliases: built.aliases },
      { ...defaultSearchIndexOptions, ...options },
    );
  }

  /**
   * The index over data read back from a snapshot. Throws when the data does not fit together,
   * so that a bad snapshot is never used.
   */
  static fromData(source: ArticleSource, data: IndexData, options: Partial<SearchIndexOptions> = {}): SearchIndex {
    const problem = checkPostings(data.postings);
    if (problem) throw new Error(problem);
    if (data.refs.length !== 2 * data.postings.passageCount) throw new Error('passage table does not match');
    for (let i = 0; i < data.refs.length; i += 2) {
      if ((data.refs[i] ?? Infinity) >= source.size) throw new Error('passage of an unknown article');
    }
    return new SearchIndex(source, data, { ...defaultSearchIndexOptions, ...options });
  }

  /** What a snapshot stores. */
  data(): IndexData {
    return this.indexData;
  }

  /** Number of indexed passages. */
  get passageCount(): number {
    return this.indexData.postings.passageCount;
  }

  /** Article position and paragraph of a passage. */
  private passageAt(passage: number): [position: number, paragraph: number] {
    const refs = this.indexData.refs;
    return [refs[2 * passage] ?? -1, refs[2 * passage + 1] ?? -1];
  }

  /** The sentence `index` of article `articleId`, or undefined. */
  getSentence(articleId: string, index: number): Sentence | undefined {
    const position = this.source.positionOf(articleId);
    return position === undefined ? undefined : this.source.at(position)?.sentences.find((s) => s.index === index);
  }

  /**
   * The aliases the corpus defines for a phrase ("유엘 솔루션즈(UL Solutions)", "이하 중기부"):
   * looked up by the normalized phrase without spaces, then without its last particle.
   */
  aliases(phrase: string): readonly string[] {
    const key = aliasKey(normalize(phrase));
    return this.indexData.aliases.get(key) ?? this.indexData.aliases.get(aliasKey(stripJosa(key))) ?? [];
  }

  /** The corpus's Hangul words (어절 and their stems) with their counts. */
  /** Reads and builds now what is otherwise made on first use (vocabulary, typo and 초성 look-ups). */
  prepare(): void {
    this.vocabulary.prepare();
  }

  get words(): ReadonlyMap<string, number> {
    return this.vocabulary.counts;
  }

  knows(word: string): boolean {
    const analyzed = this.analyzeWord(word);
    if (analyzed.spellings.length > 0) return true;
    const pieces = syllablePieces(normalize(word));
    if (pieces.length === 0) return analyzed.terms.size > 0;
    return pieces.filter((piece) => analyzed.terms.has(piece)).length / pieces.length >= 0.5;
  }

  weight(text: string): number {
    return this.isPlainPair(text) ? this.pairTermWeight(text) * this.idf(text) : this.analyzeWord(text).totalWeight;
  }

  /**
   * Whether `text` is two Hangul syllables the index knows and no alias rewrites: its analysis is
   * then worked out directly (`weight`, `pairAnalysis`; the answer stage weighs every letter pair
   * of the sentences it reads and looks up the spellings of topic words' pairs, and analyzing each
   * one cost a tenth of a question at 50× KorQuAD). Such a pair is one run, its own stem (a
   * particle needs a stem of two), one term of weight 1 (or the interrogative weight) that no typo
   * rewrite replaces and the common-terms split keeps (the first `minKeptTerms` stay).
   */
  private isPlainPair(text: string): boolean {
    if (text.length !== 2 || this.options.minKeptTerms < 1) return false;
    const a = text.charCodeAt(0);
    const b = text.charCodeAt(1);
    if (a < 0xac00 || a > 0xd7a3 || b < 0xac00 || b > 0xd7a3) return false;
    return this.scorer.has(text) && this.indexData.aliases.get(text) === undefined;
  }

  /** The query weight `queryTerms` gives a plain pair (`isPlainPair`). */
  private pairTermWeight(pair: string): number {
    return 1 * (isInterrogative(pair) ? this.options.interrogativeWeight : 1);
  }

  /** `analyze(pair)` of a plain pair (`isPlainPair`), the same operations on the same numbers. */
  private pairAnalysis(pair: string): AnalyzedQuery {
    const weight = this.pairTermWeight(pair);
    const counted = weight * this.idf(pair);
    return {
      terms: new Map([[pair, weight]]),
      counted: new Map([[pair, counted]]),
      totalWeight: 0 + counted,
      candidateOnly: new Set(),
      pruned: [],
      spellings: [],
    };
  }

  spellings(text: string): Spelling[] {
    return this.analyzeWord(text).spellings;
  }

  /** `analyze`, remembered (the analysis is read, never changed); a plain pair's made directly, not kept. */
  private analyzeWord(text: string): AnalyzedQuery {
    if (this.isPlainPair(text)) return this.pairAnalysis(text);
    let analyzed = this.analyzedWords.get(text);
    if (!analyzed) {
      analyzed = this.analyze(text);
      this.analyzedWords.set(text, analyzed);
    }
    return analyzed;
  }

  private idf(term: string): number {
    const n = this.passageCount;
    const df = this.scorer.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Normalizes, weighs, rewrites and prunes the query. Never throws. */
  analyze(query: string): AnalyzedQuery {
    const normalized = normalize(query);
    const { terms, runs, crossSpace } = queryTerms(normalized, this.options);
    const knows = (term: string) => this.scorer.has(term);
    const rewrite = rewriteQuery(normalized, runs, {
      vocabulary: this.vocabulary,
      aliases: this.indexData.aliases,
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
      { get: (term: string) => this.scorer.documentFrequency(term) },
      this.passageCount,
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

  /** `weightOf` of every searched term, worked out once per analysis (it is summed for every passage and sentence hit). */
  private termWeights(analyzed: AnalyzedQuery): Map<string, number> {
    let weights = this.analyzedWeights.get(analyzed);
    if (!weights) {
      weights = new Map();
      for (const term of analyzed.terms.keys()) weights.set(term, this.weightOf(analyzed, term));
      this.analyzedWeights.set(analyzed, weights);
    }
    return weights;
  }

  /** Ranked passages for an analyzed query. */
  searchPassages(analyzed: AnalyzedQuery, limit: number): PassageHit[] {
    if (analyzed.terms.size === 0) return [];
    const weights = this.termWeights(analyzed);
    return this.scorer.search(analyzed, limit).map((r) => {
      let matched = 0;
      for (const term of r.terms) matched += weights.get(term) ?? 0;
      return {
        passage: r.passage,
        score: r.score,
        coverage: analyzed.totalWeight > 0 ? Math.min(1, matched / analyzed.totalWeight) : 0,
      };
    });
  }

  /** The query analyzed and its best `limit` passages (see `lastPassages`). */
  private rankedPassages(query: string, limit: number): { analyzed: AnalyzedQuery; hits: PassageHit[] } {
    const last = this.lastPassages;
    if (last && last.query === query && last.limit >= limit) return { analyzed: last.analyzed, hits: last.hits.slice(0, limit) };
    const analyzed = this.analyze(query);
    const wide = Math.max(limit, this.options.sentencePassages, this.options.passageCandidates);
    const hits = this.searchPassages(analyzed, wide);
    this.lastPassages = { query, analyzed, hits, limit: wide };
    return { analyzed, hits: hits.slice(0, limit) };
  }

  /**
   * Articles ranked by their best passage (KorQuAD's unit: one JSONL line).
   * @example
   * index.searchArticles('랩허브 예산', { limit: 5 }) // [{ articleId, score, coverage }, …]
   */
  searchArticles(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): ArticleHit[] {
    const hits: ArticleHit[] = [];
    const seen = new Set<string>();
    for (const hit of this.rankedPassages(query, this.options.passageCandidates).hits) {
      const articleId = this.source.idAt(this.passageAt(hit.passage)[0]);
      if (articleId === undefined || seen.has(articleId)) continue;
      seen.add(articleId);
      hits.push({ articleId, score: hit.score, coverage: hit.coverage });
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
    const { analyzed, hits: passages } = this.rankedPassages(query, this.options.sentencePassages);
    const top = passages[0]?.score ?? 0;
    const answerTypes = expectedAnswerTypes(normalize(query), this.options.answerTypes);
    const hits: SearchHit[] = [];
    const weights = this.termWeights(analyzed);
    for (const passage of passages) {
      for (const sentence of this.sentencesOf(passage.passage)) {
        const { terms, normalized } = this.termsOf(sentence);
        let matched = 0;
        let weight = 0;
        for (const [term, termWeight] of weights) {
          if (terms.has(term)) {
            matched += 1;
            weight += termWeight;
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
    const [position, paragraphIndex] = this.passageAt(passage);
    const sentences = this.source.at(position)?.sentences.filter((s) => s.paragraphIndex === paragraphIndex) ?? [];
    this.passageSentences.set(passage, sentences);
    return sentences;
  }

  private termsOf(sentence: Sentence): { terms: Set<string>; normalized: string } {
    let cached = this.sentenceTerms.get(sentence.text);
    if (!cached) {
      const normalized = normalize(sentence.text);
      cached = { terms: new Set(tokenizeNormalized(normalized)), normalized };
      this.sentenceTerms.set(sentence.text, cached);
    }
    return cached;
  }
}

function isSource(articles: readonly Article[] | ArticleSource): articles is ArticleSource {
  return !Array.isArray(articles);
}
