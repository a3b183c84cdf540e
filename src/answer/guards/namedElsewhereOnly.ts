/**
 * 다른 기사의 이름 (a word only other articles write): "세광 3분기 영업이익 얼마래?" is not answered
 * "1,128억원" from an article about 스텔라게임즈 that never says 세광, nor "TSMC 11월 매출" from one
 * that never says TSMC. Search finds the question's other words ("3분기 영업이익") in a neighbouring
 * story; a word the corpus does write — in other articles — but the answer's article never does is
 * the thing asked about, and the figure shown belongs to something else. Words the corpus writes
 * nowhere (chat, typos the readers have respelt) say nothing either way and are left alone.
 */
import type { Library } from '../library.ts';
import { isTopicWordPresent, prepareText, topicWords, type PreparedText, type TopicWord } from '../evidence.ts';
import { questionSynonyms } from '../questionSynonyms.ts';
import { withoutSpaces } from '../../korean/normalize.ts';

/** What the guard reads of the question. */
export type NamedQuestion = { topic?: string; focus?: string | null; predicates?: readonly string[] };

/** Whole articles prepared once (headline and body) per library. */
const preparedArticles = new WeakMap<Library, Map<string, PreparedText>>();

function preparedArticle(library: Library, articleId: string): PreparedText | null {
  let byId = preparedArticles.get(library);
  if (!byId) {
    byId = new Map();
    preparedArticles.set(library, byId);
  }
  const known = byId.get(articleId);
  if (known) return known;
  const article = library.article(articleId);
  if (!article) return null;
  const prepared = prepareText([article.title, ...article.paragraphs].join(' '));
  if (byId.size >= 256) byId.clear();
  byId.set(articleId, prepared);
  return prepared;
}

/**
 * A word of the question's topic that the article `articleId` never writes (in any spelling the
 * corpus gives it) while another article writes it as typed, or null.
 */
export function namedOnlyElsewhere(library: Library, q: NamedQuestion, articleId: string): string | null {
  if (!q.topic) return null;
  const article = preparedArticle(library, articleId);
  if (article === null) return null;
  const topic = topicWords(q.topic, {
    focus: q.focus ?? null,
    predicates: q.predicates ?? [],
    aliasesOf: (phrase) => [...library.aliasesOf(phrase), ...questionSynonyms(phrase)],
  });
  const missing = topic.words.find((word) => !isTopicWordPresent(word, article) && writtenElsewhere(library, word));
  return missing?.text ?? null;
}

/** Whether some article writes the word as typed (a name of two syllables or more, or a Latin name). */
function writtenElsewhere(library: Library, word: TopicWord): boolean {
  const typed = withoutSpaces(word.text);
  if (!/^(?:[가-힣]{2,}|[A-Za-z][A-Za-z0-9]+)$/u.test(typed)) return false;
  return library.articleShare(typed) > 0;
}
