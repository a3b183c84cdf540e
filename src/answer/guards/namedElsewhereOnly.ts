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
import { findOrganizations, isOrganization } from '../organizations.ts';
import { namesPerson } from '../personNames.ts';
import { stripJosa } from '../../korean/josa.ts';
import { BoundedMap } from '../../boundedMap.ts';

/** What the guard reads of the question. */
export type NamedQuestion = { topic?: string; focus?: string | null; predicates?: readonly string[] };

/** Whole articles prepared once (headline and body) per library. */
const preparedArticles = new WeakMap<Library, BoundedMap<string, PreparedText>>();

function preparedArticle(library: Library, articleId: string): PreparedText | null {
  let byId = preparedArticles.get(library);
  if (!byId) {
    byId = new BoundedMap(256);
    preparedArticles.set(library, byId);
  }
  const known = byId.get(articleId);
  if (known) return known;
  const article = library.article(articleId);
  if (!article) return null;
  const prepared = prepareText([article.title, ...article.paragraphs].join(' '));
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

/**
 * A name the question asks about (an organization, a person) that the figure's sentence does not say
 * while it names another organization, or null: "카카오헬스케어 구글 MOU 계약 규모 얼마야?" is not answered by "약
 * 6353억 원" from "… 기술 수출 계약(대웅제약, 약 6353억 원 규모) …", though the article names both
 * companies elsewhere. A figure belongs to what its own sentence names.
 */
export function nameUnsaid(library: Library, q: NamedQuestion, articleId: string, sentenceIndex: number): string | null {
  if (!q.topic) return null;
  const sentence = library.sentence(articleId, sentenceIndex);
  if (!sentence) return null;
  // Only when the sentence names another organization instead: a sentence that names none ("총사업비는
  // 2,700억 원") continues the one before it, which may name the one asked.
  // A sentence that goes on from the one before ("이 가운데 183억 원은 …") speaks of what that one names.
  if (CONTINUES.test(sentence.text)) return null;
  // (Hangul names only: a Latin acronym there is as often a gloss or a term, "(KDDF)", "무선 ARS".)
  const asked = withoutSpaces(q.topic).toLowerCase();
  const others = findOrganizations([sentence.text]).filter((name) => /^[가-힣]/u.test(name) && !asked.includes(name.toLowerCase()));
  if (others.length === 0) return null;
  const own = prepareText(sentence.text);
  const topic = topicWords(q.topic, {
    focus: q.focus ?? null,
    predicates: q.predicates ?? [],
    aliasesOf: (phrase) => [...library.aliasesOf(phrase), ...questionSynonyms(phrase)],
  });
  // (A name by its form or the articles' people: a short form of a longer word is too often a compound's head, "여론조사".)
  const missing = topic.words.find((word) => (isOrganization(withoutSpaces(word.text)) || namesPerson(library, withoutSpaces(word.text))) && !isTopicWordPresent(word, own));
  return missing?.text ?? null;
}

/** Openings of a sentence that goes on from the one before: 이 가운데, 이 중, 이는, 그중, 이를 위해 … */
const CONTINUES = /^\s*(?:이\s?가운데|이\s?중|그\s?중|이는|이를|이에|이와|이로|이들|그\s?가운데|또|또한|특히|아울러|이\s?밖에)/u;

/** A name: an organization by its form, a person the articles name, or a longer name's short form. */
function isName(library: Library, typed: string): boolean {
  if (!/^(?:[가-힣]{2,}|[A-Za-z][A-Za-z0-9&]+)$/u.test(typed)) return false;
  return isOrganization(typed) || namesPerson(library, typed) || shortForm(library, typed);
}

/**
 * Whether some article writes the word as typed, and it is a name: a Latin acronym ("TSMC"), a
 * person the articles name, an organization ("카카오헬스케어"), or the short form of a longer name the
 * corpus writes ("세광" of 세광조선해양, "스텔라" of 스텔라게임즈). Everyday words ("장관", "올해",
 * "포함") are often the asker's own and prove nothing.
 */
function writtenElsewhere(library: Library, word: TopicWord): boolean {
  const typed = withoutSpaces(word.text);
  return isName(library, typed) && library.articleShare(typed) > 0;
}

/** Per library, whether a word is only ever written as the opening of a longer name. */
const shortForms = new WeakMap<Library, Map<string, boolean>>();

/** A verb's or a particle's ending after a noun ("포함한", "포함할지", "회사가"): no longer name. */
const NOT_A_NAME_TAIL = /^(?:하|한|할|함|해|했|되|된|될|됨|돼|됐|시키|시킨|적|들|에|의|으로|로|과|와|까지|부터|에서|보다|처럼|만|도|으|며|다|고|지만|는데|는|면|니)/u;

/** A verb's past stem ("넘어섰", "달했", "활동했"): its last syllable closes on ㅆ. */
function pastStem(word: string): boolean {
  const code = (word.codePointAt(word.length - 1) ?? 0) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 === 20;
}

function shortForm(library: Library, word: string): boolean {
  if (!/^[가-힣]{2,}$/u.test(word) || library.words.has(word) || pastStem(word)) return false;
  let known = shortForms.get(library);
  if (!known) {
    known = new Map();
    shortForms.set(library, known);
  }
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  let short = false;
  for (const written of library.words.keys()) {
    if (!written.startsWith(word)) continue;
    const rest = stripJosa(written.slice(word.length));
    if ([...rest].length >= 2 && !NOT_A_NAME_TAIL.test(rest)) {
      short = true;
      break;
    }
  }
  if (known.size >= 4096) known.clear();
  known.set(word, short);
  return short;
}
