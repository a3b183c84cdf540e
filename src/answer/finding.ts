/**
 * What an answer rests on: the sentences search ranked (`RankedSentence`) and a reader's `Finding` —
 * its short text, its facts and the sentences to cite first. Kept apart from the ranking
 * (./sentences.ts) so that readers and citation code need not import the ranking and what it imports.
 */
import type { Fact } from '../facts/types.ts';
import type { Library } from './library.ts';

/** A sentence search found, with its relevance normalized to the best one (0..1]. */
export type RankedSentence = {
  articleId: string;
  sentenceIndex: number;
  text: string;
  relevance: number;
  /** Share (0..1) of the topic in the sentence itself, rare words weighing more. */
  ownSupport: number;
  /** Whether the sentence's paragraph holds (nearly) every topic word: only then may it answer. */
  supported: boolean;
  facts: readonly Fact[];
};

/** What an answer rests on: its short text, its facts and the sentences to cite first. */
export type Finding = {
  answer: string;
  facts: readonly Fact[];
  primary: readonly RankedSentence[];
  /** Nothing more specific than the best sentence was found: span selection picks the answer. */
  open?: boolean;
  /** Read from the article's byline, not its body: exact by construction. */
  byline?: boolean;
  /** A verbatim quote with its speaker: the quote marks bound it, no span to choose. */
  quote?: boolean;
  /** Another name the articles define for the name asked about ("매사추세츠공대(MIT)"): exact by construction. */
  alias?: boolean;
  /**
   * Read from the sentence's structure: a name and what it is (an apposition, "해상용 안테나 1위 기업
   * 인텔리안테크놀로지스"), a titled person's organization ("김지성 한빛투자증권 연구원").
   */
  structural?: boolean;
};

/**
 * A sentence a reader took straight from the article (a quote, an apposition, a titled person), cited as
 * sure as a sentence gets: relevance and support 1.
 */
export function sureSentence(library: Library, articleId: string, index: number, text: string): RankedSentence {
  return { articleId, sentenceIndex: index, text, relevance: 1, ownSupport: 1, supported: true, facts: library.factsOf(articleId, index) };
}
