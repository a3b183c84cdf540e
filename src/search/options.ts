/**
 * Every tunable of the search layer, documented, with its default in one place.
 */
import type { AnswerTypeHint } from './answerType.ts';

export type SearchIndexOptions = {
  /** BM25 weight of a title match relative to a body match (default 2). */
  titleBoost: number;
  /** Weight of a query bigram that reaches into a trailing particle (조사), e.g. "그는" in "헤이그는" (default 0.2). */
  josaWeight: number;
  /** Weight of the terms of an interrogative word (의문사: 무엇, 언제, 몇 …) (default 0.15). */
  interrogativeWeight: number;
  /** Weight of terms added by typo/초성 rewriting (default 0.9). */
  rewriteWeight: number;
  /** Weight of terms added from a learned alias ("UL Solutions" → 유엘 솔루션즈) (default 0.8). */
  aliasWeight: number;
  /**
   * Common-terms pruning: a query term found in more than this share of passages is dropped
   * (while at least `minKeptTerms` rarer terms remain). Very frequent bigrams cost the most
   * and tell the least (default 0.08).
   */
  commonTermShare: number;
  /** Terms in fewer passages than this are never pruned: short posting lists cost nothing (default 200). */
  commonTermMinPassages: number;
  /**
   * Posting budget: the rarest terms are fully scored until their passages add up to this many
   * (default 4 000). Commoner terms beyond it only score the passages the rarer terms matched
   * (Lucene's common-terms query), which bounds query time as the corpus grows.
   */
  postingBudget: number;
  /**
   * The posting budget as a share of the corpus's passages, when that is smaller (default 0.15,
   * never below 100 passages): on a small corpus too, the rarest terms decide the candidates.
   */
  postingBudgetShare: number;
  /**
   * Passages that those commoner, candidate-only terms may walk in all; terms beyond it are
   * dropped (default 60 000). A walked passage that is not a candidate costs a few map look-ups (~0.3 µs).
   */
  candidateOnlyBudget: number;
  /** Never prune below this many query terms (default 3). */
  minKeptTerms: number;
  /** How many top passages have their sentences re-ranked by `search` (default 8). */
  sentencePassages: number;
  /** Weight of the passage's (max-normalized) score against the sentence's own share of the query (default 0.5). */
  passageWeight: number;
  /** Added to a sentence's score when it holds a value of the type the question asks for (money for "예산") (default 0.3). */
  answerTypeBonus: number;
  /**
   * The kinds of answer the bonus knows (default none). The engine passes the fact-kind registry's
   * (`answerTypeHints()` in `src/facts/kinds.ts`); search keeps no list of its own.
   */
  answerTypes: readonly AnswerTypeHint[];
  /** How many passages MiniSearch returns before article grouping (default 50). */
  passageCandidates: number;
};

export const defaultSearchIndexOptions: Readonly<SearchIndexOptions> = Object.freeze({
  titleBoost: 2,
  josaWeight: 0.2,
  interrogativeWeight: 0.15,
  rewriteWeight: 0.9,
  aliasWeight: 0.8,
  commonTermShare: 0.08,
  commonTermMinPassages: 200,
  postingBudget: 4_000,
  postingBudgetShare: 0.15,
  candidateOnlyBudget: 60_000,
  minKeptTerms: 3,
  sentencePassages: 8,
  passageWeight: 0.5,
  answerTypeBonus: 0.3,
  answerTypes: [],
  passageCandidates: 50,
});

/** Bump when tokenization, fields or the snapshot layout change: older snapshots are then rebuilt. */
export const INDEX_VERSION = 2;
