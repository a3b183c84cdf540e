import type { Article, Sentence } from './types.ts';

/** Metadata of an article, before its body is attached. */
export type ArticleMeta = Pick<Article, 'id' | 'title' | 'outlet' | 'author' | 'date' | 'url'>;

/**
 * Assembles an article from its metadata and its body (paragraphs of sentences), numbering each sentence
 * so that it can be cited by `articleId` + `index`.
 */
export function buildArticle(meta: ArticleMeta, body: readonly (readonly string[])[]): Article {
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  for (const paragraph of body) {
    if (paragraph.length === 0) continue;
    const paragraphIndex = paragraphs.length;
    paragraphs.push(paragraph.join(' '));
    for (const text of paragraph) sentences.push({ articleId: meta.id, index: sentences.length, paragraphIndex, text });
  }
  return { ...meta, paragraphs, sentences };
}
