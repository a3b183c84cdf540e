/**
 * The closest sentence offered for an open English question must be about what the question names.
 * Search ranks a sentence that shares the question's lesser words ("운전기사 임금은 4.8% 오릅니다" for
 * "What is the new retirement age for the drivers?") above the one that says its topic word (정년),
 * and a sentence offered as evidence that never says the topic is read out as a wrong answer.
 *
 * - a cited sentence that says every topic word and name the question does is shown before one that
 *   does not, else such a sentence of the cited stories (a name may be said by its headline);
 * - a word with a number ("2위") must be said: a sentence without it is about another;
 * - the sentence of the cited stories that says most of the question's words, numbers and the time
 *   it names ("next year") is shown over a closest one that says fewer;
 * - when the closest sentence says fewer than half of them, or names one company but no topic word,
 *   and no cited sentence's paragraph (or its article's theme or headline) says them all, the
 *   articles do not answer the question: not found, rather than something loosely related.
 */
import type { Library } from '../library.ts';
import type { Answer, Citation } from '../types.ts';
import { normalize, withoutSpaces } from '../../korean/normalize.ts';
import { isTheme } from './scene.ts';
import { glossary } from './glossary.ts';
import type { EnglishQuestion } from './translate.ts';

/** The citations a question's closest sentence is chosen among (the ones a user sees first). */
const CHOSEN_AMONG = 3;

const squashed = (text: string): string => withoutSpaces(normalize(text)).toLowerCase();

/** Whether compact text says a word: as written, by an alias the articles define, or each part of a spaced phrase. */
function says(library: Library, text: string, word: string): boolean {
  const key = squashed(word);
  if (key.length === 0 || text.includes(key)) return true;
  if (library.aliasesOf(word).some((alias) => text.includes(squashed(alias)))) return true;
  const parts = word.trim().split(/\s+/u);
  return parts.length > 1 && parts.every((part) => text.includes(squashed(part)));
}

/**
 * @name onTopicSentence
 * @description
 * 열린 영어 질문에 근거로 보일 문장: 질문의 주제어·이름을 모두 말하는 인용 문장을 앞에 두고, 어느 인용의
 * 문단(또는 기사의 주제·제목)도 말하지 않으면 찾지 못한 것으로. 문장 답이 아니면 그대로.
 * @example
 * // "What is the new retirement age for the drivers?" (정년): "정년은 현행 63세에서 64세로 …" is shown,
 * // not "합의안에 따라 운전기사 임금은 4.8% 오릅니다."
 */
export function onTopicSentence(library: Library, answer: Answer, english: EnglishQuestion): Answer | 'unanswered' {
  if (!answer.found || answer.answerKind !== 'sentence' || (english.intent !== 'open' && english.intent !== null) || english.claim) return answer;
  const words = [...new Set([...english.topicWords, ...english.names.filter((name) => !english.places.includes(name))])];
  if (words.length === 0) return answer;
  const cited = answer.citations.slice(0, CHOSEN_AMONG);
  const inSentence = (citation: Citation) => {
    const text = squashed(citation.text);
    return words.every((word) => says(library, text, word));
  };
  const [first] = cited;
  if (!first || inSentence(first)) return answer;
  const shownFirst = (better: Citation): Answer => ({ ...answer, answer: better.text, answerStart: null, answerEnd: null, citations: [better, ...answer.citations.filter((citation) => !sameSentence(citation, better))] });
  // Else a sentence of the cited stories that says every topic word, the names said there or in its
  // headline: "기업가치" of "What is Narmi Robotics' post-money valuation?" is in "투자 후 기업가치는
  // 4,600억 원으로 …" under the headline that names the company.
  const headlined = (citation: Citation) => {
    const text = squashed(citation.text);
    const headline = squashed(library.article(citation.articleId)?.title ?? '');
    return english.topicWords.length > 0 && words.every((word) => says(library, text, word) || (!english.topicWords.includes(word) && says(library, headline, word)));
  };
  const better = cited.find(inSentence) ?? sentenceOfArticles(library, cited, inSentence, first.score) ?? sentenceOfArticles(library, cited, headlined, first.score);
  if (better) return shownFirst(better);
  // A word with a number ("2위" of "Which film came second?", "3호선") says exactly which one: a
  // sentence without it is about another.
  const exact = words.filter((word) => /\d/u.test(word));
  const saysExact = (citation: Citation) => exact.every((word) => says(library, squashed(citation.text), word));
  // The sentence of the cited stories that says the most of the question's words and numbers, shown
  // when it says more than the closest one ("내년에는 2,550만 TEU를 목표로" over "올해 연간 물동량이
  // 2,480만 TEU"), never offered where the closest one would not be.
  const asked = [...new Set([...words, ...english.korean.replace(/\?$/u, '').split(' ').filter((word) => (/^[가-힣]{2,}$/u.test(word) && !ASKING.has(word)) || /^\d[\d.,]+$/u.test(word))])];
  // "… target for next year": the time the question names, which translation keeps only near the topic.
  const times = timesNamed(english.english).filter((spellings) => !spellings.some((spelling) => asked.includes(spelling)));
  const saidOf = (citation: Citation) => {
    const text = squashed(citation.text);
    return asked.filter((word) => says(library, text, word)).length + times.filter((spellings) => spellings.some((spelling) => text.includes(squashed(spelling)))).length;
  };
  const most = mostSaying(library, cited, saidOf, saysExact, first.score);
  if (!saysExact(first)) return most && most.said * 2 >= asked.length + times.length ? shownFirst(most.citation) : 'unanswered';
  const kept = nearEnough(library, first, cited, words, english);
  return kept && most && most.said > saidOf(first) ? shownFirst(most.citation) : kept ? answer : 'unanswered';
}

/**
 * Whether the closest sentence is near enough to offer though it does not say every word: it says at
 * least half of them, or its paragraph, headline or story's theme says them all.
 */
function nearEnough(library: Library, first: Citation, cited: readonly Citation[], words: readonly string[], english: EnglishQuestion): boolean {
  // A sentence that says at least half of them is near enough to offer: the glossary's word for a
  // thing is not always the article's (기술이전 / 기술수출). One name alone is not: "What is Narmi
  // Robotics' post-money valuation?" is not answered by the sentence of its funding round, which
  // names the company but not the measure asked; two parties named together are their dealings.
  const text = squashed(first.text);
  const namesSaid = words.filter((word) => !english.topicWords.includes(word) && says(library, text, word)).length;
  const saysTopic = english.topicWords.length === 0 || namesSaid >= 2 || english.topicWords.some((word) => says(library, text, word));
  if (saysTopic && words.filter((word) => says(library, text, word)).length * 2 >= words.length) return true;
  const inArticle = (citation: Citation) => {
    const paragraph = squashed(library.paragraphOf(citation.articleId, citation.sentenceIndex).compact);
    const article = library.article(citation.articleId);
    const headline = squashed(article?.title ?? '');
    return words.every((word) => says(library, paragraph, word) || says(library, headline, word) || isTheme(article?.paragraphs ?? [], word));
  };
  return cited.some(inArticle);
}

/** A time an English question names ("next year", "this month"). */
const TIME_NAMED = /\b(?:next|this|last) (?:year|month|week|quarter)\b/giu;

/** The Korean spellings (the glossary's) of each time the question names. */
function timesNamed(question: string): string[][] {
  return [...question.matchAll(TIME_NAMED)].flatMap((match) => {
    const spellings = glossary().lookup(match[0].toLowerCase().split(' '))?.korean;
    return spellings ? [[...spellings]] : [];
  });
}

/** Words of a translated question that ask rather than say what about. */
const ASKING = new Set(['얼마', '규모', '언제', '누구', '어디에', '어디', '무엇', '이름은', '얼마나', '어떤', '무슨']);

/** The cited sentence, or one of the cited stories, that says the most words (the first of the best), with its count. */
function mostSaying(library: Library, cited: readonly Citation[], saidOf: (citation: Citation) => number, allowed: (citation: Citation) => boolean, score: number): { citation: Citation; said: number } | null {
  let best: { citation: Citation; said: number } | null = null;
  const consider = (citation: Citation | null) => {
    if (!citation || !allowed(citation)) return;
    const said = saidOf(citation);
    if (said > (best?.said ?? 0)) best = { citation, said };
  };
  cited.forEach(consider);
  for (const articleId of new Set(cited.map((citation) => citation.articleId))) {
    const count = library.article(articleId)?.sentences.length ?? 0;
    for (let index = 0; index < count; index++) consider(library.cite(articleId, index, score));
  }
  return best;
}

const sameSentence = (a: Citation, b: Citation): boolean => a.articleId === b.articleId && a.sentenceIndex === b.sentenceIndex;

/**
 * The first sentence of the cited articles (in citation order) that says every word: search ranks a
 * sentence sharing the question's lesser words above the one that says what is asked ("올해는
 * 260만TEU 달성을 목표로" for a target), but it is usually in the same story.
 */
function sentenceOfArticles(library: Library, cited: readonly Citation[], inSentence: (citation: Citation) => boolean, score: number): Citation | undefined {
  for (const articleId of new Set(cited.map((citation) => citation.articleId))) {
    const count = library.article(articleId)?.sentences.length ?? 0;
    for (let index = 0; index < count; index++) {
      const citation = library.cite(articleId, index, score);
      if (citation && inSentence(citation)) return citation;
    }
  }
  return undefined;
}
