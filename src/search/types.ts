/**
 * The search stage's contract: what `answer` and the eval scripts rely on. The answer stage sees
 * search only through `Retriever` (which sentences to read) and `Lexicon` (what the corpus's words
 * are worth); `SearchIndex` implements both over MiniSearch, and another retriever (a search server,
 * a live segment) can stand behind the same two interfaces.
 */
import type { Sentence } from '../corpus/types.ts';

/** One ranked sentence. */
export type SearchHit = {
  sentence: Sentence;
  /** Relevance, higher is better; comparable only within one result list. */
  score: number;
  /**
   * Share (0..1) of the query's weight (IDF-weighted query terms) that this sentence's passage
   * matches. Lets `answer` tell "the articles answer this" from "loosely related".
   */
  coverage: number;
};

/** One ranked article/passage (KorQuAD's unit of relevance: one JSONL line). */
export type ArticleHit = {
  articleId: string;
  score: number;
  coverage: number;
};

export type SearchOptions = {
  /** Maximum number of hits (default 10). */
  limit?: number;
};

/**
 * A spelling search put in place of a query word the corpus does not write that way: a typo
 * ("랩헙" → 랩허브), 초성 ("ㄷㅇㅈㅇ" → 대웅제약) or an alias the corpus defines ("auditum bio" →
 * 아우디툼바이오). `from` is the word as asked (normalized), `to` the corpus's spelling.
 */
export type Spelling = { from: string; to: string };

/** A value now or a promise of it: a retriever in memory answers at once, a remote one later. */
export type Awaitable<T> = T | Promise<T>;

/** Finds the sentences that may answer a question, best first. */
export interface Retriever {
  search(question: string, options?: SearchOptions): Awaitable<SearchHit[]>;
  /**
   * Articles ranked by their best passage (optional): the answer stage cites in this order after
   * the answer's own sentence, so that what search ranks first is not lost on the way to the
   * answer. Without it, articles follow their first sentence in `search`.
   */
  searchArticles?(question: string, options?: SearchOptions): Awaitable<ArticleHit[]>;
}

/**
 * What the corpus's words are worth, asked many times per question (so always answered at once):
 * whether a word occurs, how telling it is, how else the corpus spells it.
 */
export interface Lexicon {
  /**
   * Whether the corpus knows a word: at least half of its syllable pairs are indexed (and not so
   * common they were pruned), or search spells it otherwise (typo, 초성, alias).
   */
  knows(word: string): boolean;
  /**
   * How telling a text is: the summed IDF weight of its terms as a query (rare terms weigh more;
   * terms so common they were pruned weigh nothing). Ask `knows` first: an unknown term weighs most.
   */
  weight(text: string): number;
  /** The corpus spellings search substitutes for the text's words (none when it knows them). */
  spellings(text: string): Spelling[];
  /** Other names the corpus itself gives a phrase ("UL Solutions" ↔ 유엘 솔루션즈, "중기부" → 중소벤처기업부). */
  aliases(phrase: string): readonly string[];
  /**
   * The corpus's Hangul words (어절 and their stems) with their counts, when the lexicon has them:
   * what English names are matched against (romanized, sounded out). Optional: without it, names are
   * found only through aliases and people.
   */
  readonly words?: ReadonlyMap<string, number>;
}
