/** Tiny fixtures for the facts tests: a sentence (or several) as the corpus stage would give them. */
import { buildArticle } from '../../src/corpus/index.ts';
import type { Article, Sentence } from '../../src/corpus/types.ts';

export function sentence(text: string, index = 0, paragraphIndex = 0, articleId = 'test'): Sentence {
  return { articleId, index, paragraphIndex, text };
}

/** An article whose paragraphs are given as lists of sentences. */
export function article(paragraphs: string[][], date: string | null = null, id = 'test'): Article {
  return buildArticle({ id, title: 'test', outlet: null, author: null, date, url: null }, paragraphs);
}
