/**
 * The answer stage's tunable numbers, with their defaults, in one place.
 */

/** Options of the answer stage, with their defaults. */
export const defaultAnswerOptions = {
  /** Citations returned. */
  top: 3,
  /** Search hits considered. */
  searchLimit: 30,
  /** Sentences whose facts compete for the answer. */
  factSentences: 8,
  /**
   * A figure from another article, for the same topic, scoring at least this share of the best
   * one's score, is shown beside it as a disagreement.
   */
  disagreementScore: 0.85,
  /** Supported sentences whose next sentence joins the candidates when search did not rank it. */
  followedSentences: 5,
  /** Relevance of such a next sentence, relative to the one before it. */
  followingRelevance: 0.6,
  /** Search coverage (IDF-weighted share of the query in the passage) that vouches for a paraphrase. */
  vouchingCoverage: 0.75,
  /** Relevance (relative to the best supported sentence) a sentence needs for its facts to compete. */
  minFactRelevance: 0.7,
  /**
   * A long question with no figure of the asked type is answered with its best sentence only when
   * that sentence holds at least this share of the topic itself.
   */
  fallbackOwnSupport: 0.75,
  /** A speaker named at least this well (see `speakerMatch`) owns the question's quote. */
  minSpeakerMatch: 0.8,
} as const;

/** A question of at most this many content words is a keyword query ("랩허브 완공 시기"). */
export const SHORT_QUESTION_WORDS = 3;

/** Most citations anyone may ask for. */
export const MAX_TOP = 10;
