/**
 * The cold build: every passage normalized once, its terms counted into postings, its words
 * into the vocabulary and its parenthesized names into the alias table.
 */
import type { ArticleSource } from '../corpus/source.ts';
import { normalize } from '../korean/index.ts';
import type { Aliases } from './aliases.ts';
import { learnAliases } from './aliases.ts';
import type { PassageRef } from './passages.ts';
import { countNormalizedTerms, FIELDS, passageText } from './passages.ts';
import { countPostings } from './postings.ts';
import type { Postings, TermCounts } from './postings.ts';
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
  const empty: TermCounts = new Map();
  let titleOf = { position: -1, counts: empty };
  const postings = countPostings(passages.length, FIELDS.length, (id) => {
    const [position, paragraphIndex] = passages[id] ?? [-1, -1];
    if (onProgress && id % 1000 === 0) onProgress(id, passages.length);
    const article = articles.at(position);
    if (!article) return [empty, empty];
    const body = normalize(passageText(article, paragraphIndex));
    countWords(body, wordCounts);
    learnAliases([body], aliases);
    // Passages come grouped by article: the title is counted once per article.
    if (titleOf.position !== position) titleOf = { position, counts: countNormalizedTerms(normalize(article.title)) };
    return [countNormalizedTerms(body), titleOf.counts];
  });
  return { postings, wordCounts, aliases };
}
