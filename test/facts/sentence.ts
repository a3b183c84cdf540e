/** Tiny fixtures for the facts tests: a sentence (or several) as the corpus stage would give them. */
import type { Article, Sentence } from '../../src/corpus/types.ts';

export function sentence(text: string, index = 0, paragraphIndex = 0, articleId = 'test'): Sentence {
  return { articleId, index, paragraphIndex, text };
}

/** An article whose paragraphs are given as lists of sentences. */
export function article(paragraphs: string[][], date: string | null = null, id = 'test'): Article {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of paragraph) sentences.push(sentence(text, sentences.length, p, id));
  });
  return {
    id,
    title: 'test',
    outlet: null,
    author: null,
    date,
    url: null,
    paragraphs: paragraphs.map((p) => p.join(' ')),
    sentences,
  };
}
