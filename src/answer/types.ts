/**
 * The engine's answer: plain data shared by the CLI, the Discord bot and the tests.
 * The JSON field names below are relied on by other tools: add fields, never rename.
 */
import type { Fact, FactType } from '../facts/types.ts';
import type { Brief, FollowUpAnswer, MessageCheck, Timeline } from './briefingTypes.ts';

export type * from './briefingTypes.ts';

/** What a question asks for: a kind of fact, a place, or anything (open). */
export type QuestionIntent = FactType | 'place' | 'open';

/** Why a question was not searched at all. */
export type QuestionProblem = {
  kind: 'empty' | 'too-long' | 'no-words';
  /** A short English explanation; `render` has the Korean/English user-facing text. */
  message: string;
};

/** A short answer (one phrase) or the closest sentence offered as evidence. */
export type AnswerKind = 'span' | 'sentence';

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
  /** The article's link (canonical URL of a news page), when known. */
  url?: string | null;
};

export type Answer = {
  query: string;
  /** True only when the article bodies answer the question; then `citations` is non-empty. */
  found: boolean;
  /**
   * The direct answer: a short span (a fact with its qualifiers, a name, a phrase, or a quote) when
   * `answerKind` is "span"; the closest sentence, offered only as evidence, when it is "sentence";
   * null when not found.
   */
  answer: string | null;
  /** "span": a short answer the engine stands by; "sentence": no span was sure enough; null: not found. */
  answerKind: AnswerKind | null;
  /**
   * How likely the answer is exactly right (0–1), calibrated on held-out questions: of answers
   * given at ≥ 0.8, about 80% or more were right. 0 when not found.
   */
  confidence: number;
  /** Where the span lies in the first citation's `text` (UTF-16 offsets), or null. */
  answerStart: number | null;
  answerEnd: number | null;
  intent: QuestionIntent;
  facts: Fact[];
  citations: Citation[];
  /** Set when the question itself was rejected (empty, too long, nothing searchable). */
  problem: QuestionProblem | null;
  /** For an English (or mixed) question: the Korean question it was read as. */
  translation?: string;
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

/** One article as the bot lists it (for `/sources`). */
export type ArticleSummary = {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  sentenceCount: number;
  /** The article's link, when known. */
  url?: string | null;
};

/** Facts about a topic (for `/facts`), each with the citation of its sentence. */
export type FactLookup = {
  fact: Fact;
  citation: Citation;
};

/**
 * The engine as the CLI and the bot see it: built over a corpus, then queried. Every method returns a
 * promise, so an engine may stand in front of work done elsewhere (a search server, a worker).
 * Implemented in `src/answer/engine.ts`; the running one is read from an `EngineHolder` (`holder.ts`).
 */
export interface Engine {
  /** Answers a question (never throws on user input: bad questions come back with `problem`). */
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** Quoted statements of a speaker (fuzzy on the name), optionally filtered by a keyword. */
  quotesBySpeaker(speaker: string, keyword?: string): Promise<QuoteLookup[]>;
  /** Speaker names for autocomplete, best matches of `prefix` first (all when empty). */
  speakers(prefix?: string): Promise<string[]>;
  /** Facts about a topic, optionally of one type, best first. */
  factsByTopic(topic: string, type?: FactType): Promise<FactLookup[]>;
  /** Every article the engine knows. */
  articles(): Promise<ArticleSummary[]>;
  /** 기사와 대조: each claim of a message (figures, dates, people, quoted words) against the articles. */
  checkMessage(message: string): Promise<MessageCheck>;
  /** Articles whose title best matches `query` (all, in corpus order, when empty), for autocomplete. */
  findArticles(query: string): Promise<ArticleSummary[]>;
  /** A brief of one article (by id), or of a topic across the articles; null for an unknown id. */
  brief(request: { articleId: string } | { topic: string }): Promise<Brief | null>;
  /** The dated events the articles report about a topic, in order. */
  timeline(topic: string): Promise<Timeline>;
  /** The topic of a question as the engine reads it ("K-바이오 랩허브 예산" → "K-바이오 랩허브"). */
  topicOf(question: string): Promise<string | null>;
  /** Answers a question in a thread: a short one naming no topic takes `previousTopic`. */
  followUp(question: string, previousTopic: string | null, options?: AnswerOptions): Promise<FollowUpAnswer>;
}
