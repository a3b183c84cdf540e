/**
 * An answer read straight from one sentence of an article by a reader that is sure of it (a
 * person's title, a quote's speaker, an acronym's long form, a name's description): the span at its
 * place in that sentence, the sentence cited first. One home for the shape those readers return.
 */
import type { Fact } from '../facts/types.ts';
import { cite } from './cite.ts';
import type { Library } from './library.ts';
import { sureSentence } from './finding.ts';
import type { Answer, QuestionIntent } from './types.ts';

export type SentenceSpan = {
  /** The sentence the span is read from. */
  articleId: string;
  sentenceIndex: number;
  text: string;
  /** The short answer, and where it stands in `text` (looked up when not given; null when absent). */
  answer: string;
  start?: number | null;
  /** How long the span marked in the sentence is, when it is not `answer` itself. */
  length?: number;
  confidence: number;
  intent: QuestionIntent;
  facts: readonly Fact[];
};

export function answerFromSentence(library: Library, span: SentenceSpan, query: string, top: number): Answer {
  const at = span.start === undefined ? span.text.indexOf(span.answer) : span.start;
  const start = at !== null && at >= 0 ? at : null;
  const primary = sureSentence(library, span.articleId, span.sentenceIndex, span.text);
  return {
    query,
    found: true,
    answer: span.answer,
    answerKind: 'span',
    confidence: span.confidence,
    answerStart: start,
    answerEnd: start === null ? null : start + (span.length ?? span.answer.length),
    intent: span.intent,
    facts: [...span.facts],
    citations: cite(library, [primary], [primary], top),
    problem: null,
  };
}
