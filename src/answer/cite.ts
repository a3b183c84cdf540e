/**
 * Citations: which sentences an answer shows, in which order.
 */
import type { Library } from './library.ts';
import type { RankedSentence } from './finding.ts';
import type { Citation } from './types.ts';

/**
 * The primary sentences first; then the best sentence of each other article that holds the
 * topic, then of each article that does not; then the rest, in search order. A reader sees every
 * article that speaks of the topic before a second sentence of one of them.
 */
export function cite(
  library: Library,
  primary: readonly RankedSentence[],
  all: readonly RankedSentence[],
  top: number,
  articleOrder: readonly string[] = [],
): Citation[] {
  // Search ranks articles by their best passage; within the same support, citations follow that
  // order so that what search found first is not lost on the way to the answer.
  const rankOf = new Map(articleOrder.map((id, i) => [id, i]));
  const byArticle = (sentences: readonly RankedSentence[]) =>
    articleOrder.length === 0
      ? [...sentences]
      : [...sentences].sort((a, b) => (rankOf.get(a.articleId) ?? articleOrder.length) - (rankOf.get(b.articleId) ?? articleOrder.length));
  const cited = new Set(primary.map((sentence) => sentence.articleId));
  const firstOfEachArticle = (sentences: readonly RankedSentence[]) =>
    sentences.filter((sentence) => {
      if (cited.has(sentence.articleId)) return false;
      cited.add(sentence.articleId);
      return true;
    });
  const supported = all.filter((sentence) => sentence.supported);
  const order = [
    ...primary,
    ...firstOfEachArticle(byArticle(supported)),
    ...firstOfEachArticle(byArticle(all)),
    ...supported,
    ...all,
  ];
  const citations: Citation[] = [];
  for (const sentence of dedupeSentences(order)) {
    if (citations.length >= top) break;
    const citation = library.cite(sentence.articleId, sentence.sentenceIndex, sentence.relevance);
    if (citation) citations.push(citation);
  }
  return citations;
}

export function dedupeSentences(sentences: readonly RankedSentence[]): RankedSentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = `${sentence.articleId}\u0000${sentence.sentenceIndex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
