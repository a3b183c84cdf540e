/**
 * The sentences a span may come from: the best-ranked sentences of the articles search ranks
 * highest, each with what search and the evidence check said of it.
 */
import type { Library } from '../library.ts';
import type { RankedSentence } from '../finding.ts';
import type { SpanSentence } from './features.ts';

/** Sentences whose candidates compete. */
export const SPAN_SENTENCES = 10;
/** Articles (by search's own passage ranking) whose sentences compete. */
export const SPAN_ARTICLES = 4;

/**
 * Search's own ranking of articles (by their best passage), or, from a retriever that gives none,
 * the order of their first sentence among the hits.
 */
export async function articleOrder(library: Library, question: string, ranked: readonly RankedSentence[]): Promise<string[]> {
  const hits = await library.retriever.searchArticles?.(question, { limit: 10 });
  const order = hits ? hits.map((hit) => hit.articleId) : [];
  for (const sentence of ranked) if (!order.includes(sentence.articleId)) order.push(sentence.articleId);
  return order;
}

/**
 * The sentences for span selection, best first, and the article order search gives (the order
 * citations follow after the answer's own sentence).
 */
export function spanSources(
  ranked: readonly RankedSentence[],
  articleOrder: readonly string[],
): { sentences: SpanSentence[]; articleOrder: readonly string[] } {
  const rankOf = new Map(articleOrder.map((id, i) => [id, i]));
  const sentences: SpanSentence[] = [];
  ranked.forEach((sentence, rank) => {
    const articleRank = rankOf.get(sentence.articleId) ?? articleOrder.length;
    if (articleRank >= SPAN_ARTICLES || sentences.length >= SPAN_SENTENCES) return;
    sentences.push(asSpanSentence(sentence, rank, articleRank));
  });
  return { sentences, articleOrder };
}

/** A ranked sentence as span selection reads it: its place among the sentences and the articles. */
export function asSpanSentence(sentence: RankedSentence, rank: number, articleRank: number): SpanSentence {
  return {
    articleId: sentence.articleId,
    sentenceIndex: sentence.sentenceIndex,
    text: sentence.text,
    rank,
    articleRank,
    relevance: sentence.relevance,
    supported: sentence.supported,
    ownSupport: sentence.ownSupport,
  };
}
