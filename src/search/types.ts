/**
 * The search stage's contract: what `answer` and the eval scripts rely on.
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
  /** The (normalized) query terms this sentence matched. */
  matchedTerms: string[];
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
