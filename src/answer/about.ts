/**
 * Which articles, and which of their sentences, speak of a topic (for briefs and timelines).
 *
 * An article is *about* a topic when its headline or lead (first two paragraphs) holds the topic:
 * then all of it belongs to the topic. Elsewhere, a sentence belongs when its paragraph, with its
 * neighbours, holds the topic (the same evidence rule `/ask` uses).
 */
import type { Article } from '../corpus/types.ts';
import { contentWords, prepareText, questionSupport, type TopicWords } from './evidence.ts';
import type { Library } from './library.ts';
import { SHORT_QUESTION_WORDS } from './options.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion } from './question.ts';
import { topicWords } from './evidence.ts';
import { synonymsOf } from './synonyms.ts';

/** Paragraphs that make an article's lead. */
const LEAD_PARAGRAPHS = 2;

export type ArticleOnTopic = {
  article: Article;
  /** The headline or lead holds the topic: every sentence of the article belongs to it. */
  lead: boolean;
  /** Sentences (indexes) whose neighbourhood holds the topic. */
  sentences: Set<number>;
};

/** The topic's words (with aliases and synonyms), or null when the topic has none. */
export function topicOf(library: Library, topic: string): TopicWords | null {
  const analyzed = analyzeQuestion(prepareQuestion(topic));
  if (!analyzed.ok) return null;
  const words = topicWords(analyzed.value.topic || topic, { aliasesOf: (phrase) => library.aliasesOf(phrase) });
  if (words.words.length === 0) return null;
  const withSynonyms = (list: TopicWords['words']) =>
    list.map((word) => ({ ...word, forms: [...new Set([...word.forms, ...synonymsOf(word.text)])] }));
  return { words: withSynonyms(words.words), optional: withSynonyms(words.optional) };
}

/** Share of the topic a text must hold: all of a short topic, most of a long one. */
function needed(topic: TopicWords): number {
  return topic.words.length <= SHORT_QUESTION_WORDS ? 1 : 0.6;
}

/** Corpora up to this many articles are read whole; larger ones only where search finds the topic. */
const SCAN_ALL_ARTICLES = 300;
/** Search hits whose articles are read in a larger corpus. */
const CANDIDATE_HITS = 500;

/** Every article that speaks of the topic, those about it (lead) first, then by corpus order. */
export async function articlesOnTopic(library: Library, topic: string): Promise<ArticleOnTopic[]> {
  const words = topicOf(library, topic);
  if (!words) return [];
  const share = needed(words);
  const found: ArticleOnTopic[] = [];
  for (const article of await candidates(library, words)) {
    const lead = prepareText([article.title, ...article.paragraphs.slice(0, LEAD_PARAGRAPHS)].join(' '));
    const isLead = questionSupport(words, lead) >= share;
    const sentences = new Set<number>();
    for (const sentence of article.sentences) {
      if (isLead || questionSupport(words, library.paragraphOf(article.id, sentence.index)) >= share) sentences.add(sentence.index);
    }
    if (sentences.size > 0) found.push({ article, lead: isLead, sentences });
  }
  return found.sort((a, b) => Number(b.lead) - Number(a.lead));
}

/**
 * The articles worth reading for a topic: all of a small corpus; in a large one, those search finds
 * for any form of any topic word (synonyms included, so "순방" articles come with "국빈 방문").
 */
async function candidates(library: Library, words: TopicWords): Promise<readonly Article[]> {
  if (library.size <= SCAN_ALL_ARTICLES) return library.articles;
  const query = [...new Set([...words.words, ...words.optional].flatMap((word) => word.forms))].join(' ');
  const hits = await library.retriever.search(query, { limit: CANDIDATE_HITS });
  // Only the articles search found are read (from a snapshot, the others stay unparsed).
  return library.articlesWithIds(new Set(hits.map((hit) => hit.sentence.articleId)));
}

/** Whether a topic is one the engine can read at all (it has content words). */
export function hasTopicWords(topic: string): boolean {
  return contentWords(topic).length > 0;
}
