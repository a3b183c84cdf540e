/**
 * The engine's answer: plain data shared by the CLI, the Discord bot and the tests.
 * The JSON field names below are relied on by other tools: add fields, never rename.
 */
import type { Fact, FactType } from '../facts/types.ts';

/** What a question asks for. */
export type QuestionIntent =
  | 'money'
  | 'date'
  | 'count'
  | 'area'
  | 'duration'
  | 'percent'
  | 'place'
  | 'person'
  | 'quote'
  | 'open';

/** Why a question was not searched at all. */
export type QuestionProblem = {
  kind: 'empty' | 'too-long' | 'no-words';
  /** A short English explanation; `render` has the Korean/English user-facing text. */
  message: string;
};

export type Citation = {
  articleId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  /** The cited sentence, as written in the article body. */
  text: string;
  /** Position of the sentence in its article. */
  sentenceIndex: number;
  score: number;
};

export type Answer = {
  query: string;
  /** True only when the article bodies answer the question; then `citations` is non-empty. */
  found: boolean;
  /** The short direct answer (a fact with its qualifiers, or a quote), or null. */
  answer: string | null;
  intent: QuestionIntent;
  facts: Fact[];
  citations: Citation[];
  /** Set when the question itself was rejected (empty, too long, nothing searchable). */
  problem: QuestionProblem | null;
};

export type AnswerOptions = {
  /** Number of citations to return (default 3). */
  top?: number;
};

/** A quoted statement looked up by speaker (for `/quote`). */
export type QuoteLookup = {
  speaker: string;
  quote: string;
  citation: Citation;
};

export type { Fact, FactType };
