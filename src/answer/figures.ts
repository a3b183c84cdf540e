/**
 * Figure answers (금액, 날짜, 수량, 면적, 기간, 비율, 인물): the fact of the asked type that best
 * answers, with the other articles that state the same figure, or a different one as squarely.
 */
import type { Fact, FactType } from '../facts/types.ts';
import type { Library } from './library.ts';
import { defaultAnswerOptions, SHORT_QUESTION_WORDS } from './options.ts';
import { factTypeOf, rankFacts, sentenceForAnotherPeriod, type FactCandidate } from './pickFact.ts';
import { asksChangeAmount } from './change.ts';
import { inAnotherCurrency, sinceForOneYear, spanOfAnotherKind, spanSetAside } from './figureScope.ts';
import type { Answer } from './types.ts';
import { asksQuantity } from './counters.ts';
import { contentWords } from './evidence.ts';
import { answersOther, articleLabels, bindFigures, questionWords, type ArticleLabels } from './listBinding.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './sentences.ts';

/**
 * The figure that answers, or 'not-stated' when a short question's topic is there but the figure
 * is not ("정상회담 날짜" when no date is given), or null to fall back to the best sentence.
 */
export function answerFigure(
  library: Library,
  q: QuestionAnalysis,
  type: FactType,
  ranked: readonly RankedSentence[],
  pieces: readonly string[],
): Finding | 'not-stated' | null {
  // "연간 생산량 얼마야?" asks a quantity: a sum of money beside it answers something else.
  if (type === 'money' && asksQuantity(q.question)) return 'not-stated';
  // Only sentences about as relevant as the best one compete: a fact in a weaker sentence is
  // more often a different fact of the same type.
  const contenders = ranked
    .slice(0, defaultAnswerOptions.factSentences)
    .filter((sentence) => sentence.relevance >= defaultAnswerOptions.minFactRelevance * (ranked[0]?.relevance ?? 0));
  // When none of them holds one, every supported sentence may.
  const weightOf = (piece: string) => library.pieceWeight(piece);
  const labelWords = labelWordsOf(library);
  // "가전 얼마나 줄었어?": a change asked with 얼마나 may be told as a share ("4.2% 줄었다").
  const types: FactType[] = type === 'money' && asksChangeAmount(q.question) && /얼마나/u.test(q.question) && !/원|달러|금액|액수/u.test(q.question) ? [type, 'percent'] : [type];
  const rankAll = (sentences: readonly RankedSentence[]) =>
    types.flatMap((asked) => rankFacts(sentences, asked, q, pieces, weightOf, labelWords)).sort((a, b) => b.score - a.score);
  const candidates = rankAll(contenders);
  if (candidates.length === 0) {
    candidates.push(...rankAll(ranked.slice(0, defaultAnswerOptions.factSentences)));
  }
  // "일본 역직구 얼마": a list item the question names is read where the article names it, however
  // far down search ranked that sentence (./listBinding.ts).
  if (candidates.length === 0) {
    const words = questionWords(q.question);
    const naming = ranked.filter((sentence) => words.some((word) => labelWords(sentence.articleId).items.has(word) && sentence.text.replace(/\s+/gu, '').includes(word)));
    candidates.push(...rankAll(naming).filter((candidate) => bindFigures(candidate.sentence.text, candidate.sentence.facts, words).bound.has(candidate.fact)));
  }
  const best = candidates[0];
  if (best) {
    // Other articles are read in full for the same figure (cited together) and for a different
    // figure given just as squarely for the same topic (shown beside it: the articles disagree).
    const others = rankAll(ranked).filter(
      (candidate) => candidate.fact.articleId !== best.fact.articleId,
    );
    const agreeing = firstPerArticle(others.filter((candidate) => sameValue(candidate.fact, best.fact)));
    const disagreeing = firstPerArticle(
      others.filter(
        (candidate) =>
          !sameValue(candidate.fact, best.fact) &&
          candidate.sentence.ownSupport >= best.sentence.ownSupport &&
          candidate.sentence.ownSupport === 1 &&
          candidate.score >= defaultAnswerOptions.disagreementScore * best.score,
      ),
    ).filter((candidate) => !agreeing.some((agree) => agree.fact.articleId === candidate.fact.articleId));
    const primary = [best, ...agreeing, ...disagreeing].map((candidate) => candidate.sentence);
    const facts = [best, ...agreeing, ...disagreeing].map((candidate) => candidate.fact);
    const answer = [best, ...disagreeing].map((candidate) => candidate.fact.text).join(' / ');
    return { answer, facts, primary };
  }
  const counted = q.intent === 'count' && q.counter !== null ? findCounted(contenders, q.counter, q.cues.some((cue) => /^(전체|총|모두)$/u.test(cue))) : null;
  if (counted) return { answer: counted.text, facts: counted.sentence.facts, primary: [counted.sentence] };
  // A question whose topic the articles speak of, but with no figure of the kind asked: say so
  // rather than cite a sentence that does not answer. A long question whose best sentence holds
  // nearly all its words may word its figure in ways the extractor does not read, and people are
  // named in too many ways to be sure: those fall through to the best sentence.
  const topicWordCount = contentWords(q.topic).filter((word) => !q.predicates.includes(word)).length;
  const keywordQuestion = topicWordCount <= SHORT_QUESTION_WORDS;
  const squarelyAbout = (ranked[0]?.ownSupport ?? 0) >= defaultAnswerOptions.fallbackOwnSupport;
  return type !== 'person' && (keywordQuestion || !squarelyAbout) ? 'not-stated' : null;
}

/**
 * The sentences whose spans may answer a figure question: not those that never name a list item
 * the question names ("광어 수출액" is not the total "1천200억 원" of the sentence before the list).
 */
export function figureSpanPool(library: Library, q: QuestionAnalysis, all: readonly RankedSentence[]): readonly RankedSentence[] {
  const type = factTypeOf(q.intent);
  if (type === null) return all;
  const words = questionWords(q.question);
  const labelWords = labelWordsOf(library);
  const kept = all.filter((sentence) => !answersOther(sentence, words, labelWords(sentence.articleId), q.cues, type));
  return kept.length === all.length ? all : kept;
}

/** Label words of each article's figures (./listBinding.ts), read once per article and library. */
const labelWordCache = new WeakMap<Library, Map<string, ArticleLabels>>();

function labelWordsOf(library: Library): (articleId: string) => ArticleLabels {
  let cache = labelWordCache.get(library);
  if (!cache) labelWordCache.set(library, (cache = new Map()));
  const known = cache;
  return (articleId) => {
    const cached = known.get(articleId);
    if (cached) return cached;
    const article = library.article(articleId);
    const words = articleLabels(article ? article.sentences.map((sentence) => ({ index: sentence.index, text: sentence.text, facts: library.factsOf(articleId, sentence.index) })) : [], article?.title ?? '');
    if (known.size > 1000) known.clear();
    known.set(articleId, words);
    return words;
  };
}

/**
 * A number with the question's own counter ("몇 층" → "31층"), for counters the fact extractor
 * does not list.
 */
function findCounted(
  sentences: readonly RankedSentence[],
  counter: string,
  wantsWhole = false,
): { text: string; sentence: RankedSentence } | null {
  // "24개 동" answers "몇 동" too: 개 before a counter only says a number follows.
  const pattern = new RegExp(`(약\\s*)?\\d[\\d,.]*\\s*(여\\s*)?(개\\s+)?${counter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'gu');
  let whole: { text: string; sentence: RankedSentence } | null = null;
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(pattern)) {
      // "드론 120대 가운데 … 40대": the count before 가운데/중 is the whole, the part is asked.
      const after = sentence.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 6);
      if (wantsWhole || !/^\s*(중|가운데)(\s|에)/u.test(after)) return { text: match[0], sentence };
      whole ??= { text: match[0], sentence };
    }
  }
  return whole;
}

/** The best candidate of each article, in order. */
function firstPerArticle(candidates: readonly FactCandidate[]): FactCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    if (seen.has(candidate.fact.articleId)) return false;
    seen.add(candidate.fact.articleId);
    return true;
  });
}

/**
 * Whether two facts state the same thing. A partial date agrees with a full one it fits: "28일" in
 * an undated article ("---28") and "4월 28일" ("2023-04-28").
 */
function sameValue(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') return datesAgree(a.value, b.value);
  return a.type === b.type && a.value === b.value && a.unit === b.unit;
}

function datesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const parts = (value: string) => value.replace(/^-+/u, (dashes) => (dashes.length >= 3 ? '?-?-' : '?-')).split('-');
  const [x, y] = [parts(a), parts(b)];
  if (x.length !== y.length) return false;
  return x.every((part, i) => part === '?' || y[i] === '?' || part === y[i]);
}

/**
 * Whether a figure question's span answer stands: not a figure of another kind in its sentence
 * ("비중" answered by 6,420억 원), nor one the rules of ./figureScope.ts set aside (a total including
 * the part asked, a target asked as now, a part told apart). Other questions always pass.
 */
export function shownFigureHolds(library: Library, q: QuestionAnalysis, answer: Answer): boolean {
  const type = factTypeOf(q.intent);
  const [first] = answer.citations;
  if (type === null || answer.answerKind !== 'span' || !first || answer.answerStart === null) return true;
  const asked = new Set<string>([type]);
  if (type === 'money' && asksChangeAmount(q.question)) asked.add('percent');
  // "몇 년마다" counts in time: a duration ("5년") answers a count, and a count a duration.
  if (type === 'count') asked.add('duration');
  if (type === 'duration') asked.add('count');
  const facts = library.factsOf(first.articleId, first.sentenceIndex);
  if (spanOfAnotherKind(asked, facts, answer.answer ?? '')) return false;
  // "달러 기준으로 얼마" is not answered in 원; "2019년 한 해" not by a sum since 2019.
  const shown = squashed(answer.answer ?? '');
  if (facts.some((fact) => inAnotherCurrency(q.question, fact) && squashed(fact.text) === shown)) return false;
  if (type !== 'date' && sinceForOneYear(q.question, first.text)) return false;
  // "2026년 9월 거래액" is not answered by the span scorer from a sentence of 10월's (./pickFact.ts).
  if (type !== 'date' && sentenceForAnotherPeriod(q.question, { text: first.text, facts })) return false;
  return !spanSetAside(q.question, questionWords(q.question), first.text, answer.answerStart, labelWordsOf(library)(first.articleId).whole ?? '');
}

function squashed(text: string): string {
  return text.replace(/[\s,]+/gu, '');
}
