/**
 * The cold build: every passage normalized once, its terms counted into postings, its words
 * into the vocabulary and its parenthesized names into the alias table.
 */
import type { ArticleSource } from '../corpus/source.ts';
import { normalize, tokenizeNormalized } from '../korean/index.ts';
import type { Aliases } from './aliases.ts';
import { learnAliases } from './aliases.ts';
import type { PassageRef } from './passages.ts';
import { FIELDS, passageText } from './passages.ts';
import { PostingsBuilder } from './postings.ts';
import type { Postings } from './postings.ts';
import { countWords } from './vocabulary.ts';

export type BuiltIndex = {
  postings: Postings;
  wordCounts: Map<string, number>;
  aliases: Aliases;
};

/** Counts every passage's terms (body and title fields), words and aliases. */
export function buildIndex(
  articles: ArticleSource,
  passages: readonly PassageRef[],
  onProgress?: (done: number, total: number) => void,
): BuiltIndex {
  const wordCounts = new Map<string, number>();
  const aliases: Aliases = new Map();
  const builder = new PostingsBuilder(FIELDS.length);
  let titleOf: { position: number; terms: string[] } = { position: -1, terms: [] };
  passages.forEach(([position, paragraphIndex], id) => {
    if (onProgress && id % 1000 === 0) onProgress(id, passages.length);
    const article = articles.at(position);
    if (!article) {
      builder.addTerms([[], []]);
      return;
    }
    const body = normalize(passageText(article, paragraphIndex));
    countWords(body, wordCounts);
    learnAliases([body], aliases);
    // Passages come grouped by article: the title is tokenized once per article.
    if (titleOf.position !== position) titleOf = { position, terms: tokenizeNormalized(normalize(article.title)) };
    builder.addPassage([body, titleOf.terms]);
  });
  const postings = builder.finish();
  return { postings, wordCounts, aliases };
}
