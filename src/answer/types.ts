/**
 * The engine's answers: plain data shared by the CLI, the Discord bot and the tests — `answer`,
 * the look-ups, and the briefing tools (check, brief, timeline, follow-ups).
 * The JSON field names below are relied on by other tools: add fields, never rename.
 */
import type { Article } from '../corpus/types.ts';
import type { DateFact, Fact, FactType, PersonFact, QuoteFact } from '../facts/types.ts';

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
  /**
   * For an article no outlet ran, the organization whose press release it is ("중소벤처기업부"),
   * read from how press releases open (`src/answer/issuer.ts`); null otherwise.
   */
  issuer?: string | null;
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
  /**
   * For a question that states a figure and asks whether it holds ("… 2700억 맞아?"): the figure as
   * the question states it, and whether the answer's figure is the same (./confirmation.ts).
   */
  confirms?: { claimed: string; agrees: boolean };
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

// The briefing tools' plain data (기사와 대조, 브리핑, 타임라인, 후속 질문): add fields, never rename.

/** How a claim of a message compares with the articles. */
export type Verdict = 'agrees' | 'differs' | 'unknown';

/** One claim of a checked message and what the articles say about it. */
export type ClaimCheck = {
  /** The claim as read from the message (its `text` is the message's own words). */
  claim: Fact;
  /** What the claim is about: the words of its clause the articles were searched for. */
  topic: string;
  verdict: Verdict;
  /** The articles' fact it was compared with (the agreeing one, or the one that differs); null when unknown. */
  stated: Fact | null;
  /** The sentence that states it. */
  citation: Citation | null;
};

/** The check of one message: its claims in reading order (none → nothing checkable). */
export type MessageCheck = { claims: ClaimCheck[] };

/** A fact the brief lists, with every article that states it (the same value, read once). */
export type BriefFact = { fact: Fact; citations: Citation[] };

/** Facts of one kind on which the articles differ: each value with its sources. */
export type BriefDifference = { type: Fact['type']; about: string; values: BriefFact[] };

/** A quoted statement in a brief. */
export type BriefQuote = { speaker: string | null; speakerTitle: string | null; quote: string; citation: Citation };

/** A person named, with title and organization as the article writes them. */
export type BriefPerson = { name: string; title: string | null; organization: string | null };

/** The article a brief is about, as the corpus reads it. */
export type BriefArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'author' | 'date' | 'url'>;

/** `/brief`: one article, or a topic across the articles that speak of it. */
export type Brief = {
  kind: 'article' | 'topic';
  /** The topic asked (kind 'topic'), or the article's title. */
  subject: string;
  /** The articles the brief draws on (one for kind 'article'). */
  articles: BriefArticle[];
  /** Key figures and dates, headline figure first; facts several articles state appear once. */
  facts: BriefFact[];
  /** Facts on which the articles differ, side by side (kind 'topic'). */
  differences: BriefDifference[];
  quotes: BriefQuote[];
  people: BriefPerson[];
  organizations: string[];
};

/** One line of a timeline: a dated event and the sentence that reports it. */
export type TimelineEvent = {
  date: DateFact;
  /**
   * Sort key: the date as precisely as known, partial parts filled from the other events (so a
   * day-only "28일" of an undated article sorts beside the month the others give); null if none.
   */
  sortKey: string | null;
  /** Whether parts of the date were taken from other events, not the text or the article's date. */
  inferred: boolean;
  /** A plan (2025년까지 완공할 계획, 오는 10월 개최 예정), not a thing that happened. */
  plan: boolean;
  citations: Citation[];
};

export type Timeline = { topic: string; events: TimelineEvent[] };

/** A follow-up question answered in a thread's context. */
export type FollowUpAnswer = {
  answer: Answer;
  /** The topic the question was answered about (inherited or its own). */
  topic: string;
  /** True when the topic was taken from the previous question. */
  inherited: boolean;
};

export type { DateFact, PersonFact, QuoteFact };
