/**
 * The sentences a span may come from: the best-ranked sentences of the articles search ranks
 * highest, each with what search and the evidence check said of it.
 */
import type { Library } from '../library.ts';
import type { RankedSentence } from '../sentences.ts';
import type { SpanSentence } from './features.ts';

/** Sentences whose candidates compete. */
export const SPAN_SENTENCES = 10;
/** Articles (by search's own passage ranking) whose sentences compete. */
export const SPAN_ARTICLES = 4;

/**
 * The sentences for span selection, best first, and the article order search gives (the order
 * citations follow after the answer's own sentence).
 */
export function spanSources(
  library: Library,
  question: string,
  ranked: readonly RankedSentence[],
): { sentences: SpanSentence[]; articleOrder: string[] } {
  const articleOrder = library.index.searchArticles(question, { limit: 10 }).map((hit) => hit.articleId);
  const rankOf = new Map(articleOrder.map((id, i) => [id, i]));
  const sentences: SpanSentence[] = [];
  ranked.forEach((sentence, rank) => {
    const articleRank = rankOf.get(sentence.articleId) ?? articleOrder.length;
    if (articleRank >= SPAN_ARTICLES || sentences.length >= SPAN_SENTENCES) return;
    sentences.push({
      articleId: sentence.articleId,
      sentenceIndex: sentence.sentenceIndex,
      text: sentence.text,
      rank,
      articleRank,
      relevance: sentence.relevance,
      supported: sentence.supported,
      ownSupport: sentence.ownSupport,
    });
  });
  return { sentences, articleOrder };
}
