/**
 * The briefing tools' plain data (기사와 대조, 브리핑, 타임라인, 후속 질문): what the engine returns to
 * the bot, the CLI and the tests alike. Add fields, never rename.
 */
import type { DateFact, Fact, PersonFact, QuoteFact } from '../facts/types.ts';
import type { Answer, Citation } from './types.ts';

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
export type BriefArticle = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
};

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
