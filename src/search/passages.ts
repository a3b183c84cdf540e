/**
 * Passages: the unit the index holds (one paragraph of one article), and their index terms.
 */
import type { ArticleSource } from '../corpus/source.ts';
import type { Article } from '../corpus/types.ts';
import { tokenizeNormalized } from '../korean/index.ts';

/** Field names, in field-id order (the order of `Postings.fields`). */
export const FIELDS = ['text', 'title'] as const;
export type Field = (typeof FIELDS)[number];

/** Where a passage comes from: [article position in the corpus, paragraph index]. */
export type PassageRef = [articlePosition: number, paragraphIndex: number];

/** Lists every non-empty paragraph of every article, in corpus order. */
export function listPassages(articles: ArticleSource): PassageRef[] {
  const refs: PassageRef[] = [];
  for (let position = 0; position < articles.size; position++) {
    const article = articles.at(position);
    if (!article) continue;
    article.paragraphs.forEach((paragraph, index) => {
      if (paragraph.trim().length > 0) refs.push([position, index]);
    });
    // An article whose body has no paragraphs but has sentences is still searchable.
    if (article.paragraphs.length === 0 && article.sentences.length > 0) refs.push([position, 0]);
  }
  return refs;
}

/** The passage text: the paragraph, or the sentences when the article lists no paragraphs. */
export function passageText(article: Article, paragraphIndex: number): string {
  return (
    article.paragraphs[paragraphIndex] ??
    article.sentences.filter((s) => s.paragraphIndex === paragraphIndex).map((s) => s.text).join(' ')
  );
}

/** Index terms of one field, counted (term → frequency), from text already passed through `normalize`. */
export function countNormalizedTerms(normalizedText: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of tokenizeNormalized(normalizedText)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
