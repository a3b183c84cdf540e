/**
 * Where the later stages read articles from: an array in memory after a build, or a snapshot on
 * disk that parses an article only when a question needs it. Positions are stable (0 … size − 1)
 * and new sources can be placed beside an existing one (a live segment beside the built base).
 */
import type { Article } from './types.ts';

/** An article without its body: what listings and byline look-ups need. */
export type ArticleInfo = Omit<Article, 'paragraphs' | 'sentences'> & { sentenceCount: number };

export interface ArticleSource {
  /** Number of articles; positions run from 0 to `size − 1`. */
  readonly size: number;
  /** The article at a position, or undefined. */
  at(position: number): Article | undefined;
  /** The id of the article at a position, without parsing it. */
  idAt(position: number): string | undefined;
  /** The position of the article with this id, or undefined. */
  positionOf(id: string): number | undefined;
  /** The article's metadata without parsing its body. */
  infoAt(position: number): ArticleInfo | undefined;
}

export function infoOf(article: Article): ArticleInfo {
  const { paragraphs: _paragraphs, sentences, ...meta } = article;
  return { ...meta, sentenceCount: sentences.length };
}

/**
 * Articles held in memory.
 * @example
 * const source = arraySource(articles); source.at(source.positionOf('a1') ?? -1)?.title
 */
export function arraySource(articles: readonly Article[]): ArticleSource {
  const positions = new Map<string, number>();
  articles.forEach((article, i) => {
    if (!positions.has(article.id)) positions.set(article.id, i);
  });
  return {
    size: articles.length,
    at: (position) => articles[position],
    idAt: (position) => articles[position]?.id,
    positionOf: (id) => positions.get(id),
    infoAt: (position) => {
      const article = articles[position];
      return article ? infoOf(article) : undefined;
    },
  };
}
