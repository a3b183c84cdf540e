/**
 * Figure answers (금액, 날짜, 수량, 면적, 기간, 비율, 인물): the fact of the asked type that best
 * answers, with the other articles that state the same figure, or a different one as squarely.
 */
import type { Fact, FactType } from '../facts/types.ts';
import { AMOUNT, FIGURE_START } from '../facts/numeral.ts';
import { extractCounts } from '../facts/count.ts';
import type { Library } from './library.ts';
import { defaultAnswerOptions, SHORT_QUESTION_WORDS } from './options.ts';
import { countsDiffer, factTypeOf, MIN_LIST_ITEMS, rankFacts, sentenceForAnotherPeriod, subjectClash, type FactCandidate } from './pickFact.ts';
import { asksChangeAmount, changedTo } from './change.ts';
import { comparedBaseline, inAnotherCurrency, sinceForOneYear, spanOfAnotherKind, spanSetAside } from './figureScope.ts';
import type { Answer } from './types.ts';
import { qualifierClashOf } from './figureQualifiers.ts';
import { ASKS_POINTS, asksQuantity, measureOfHowMuch, physicalMeasure } from './counters.ts';
import { contentWords } from './evidence.ts';
import { articleLabels, bindFigures, isPeriodWord, labelBefore, labelsOf, namesLabelWord, questionWords, type ArticleLabels } from './listBinding.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { withoutSpaces } from '../korean/normalize.ts';
import { besideItemFigure, itemWords, answersOtherItem } from './namedElsewhere.ts';
import { toldForAnotherMonth } from './monthScope.ts';
import { eventDateIn } from './eventDate.ts';
import { escapeRegExp } from '../escapeRegExp.ts';

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
  // "무게는 얼마", "추적 기간은 얼마": 얼마 asks a measure's count or a duration, not money.
  const measure = type === 'money' ? measureOfHowMuch(q.question) : null;
  if (measure !== null) {
    // The span scorer reads 얼마 as money: a lone figure of the measure in its sentence is read as the rule reads it.
    const figure = answerFigure(library, q, measure, ranked, pieces);
    if (figure === null || figure === 'not-stated') return figure;
    const [sentence] = figure.primary;
    const [fact] = figure.facts;
    const lone = sentence !== undefined && fact !== undefined && fact.text === figure.answer && sentence.facts.filter((other) => other.type === measure).length === 1 && sentence.text.indexOf(fact.text) === fact.start;
    // (A quantity or a rate asked with 얼마 is read like any figure: only a lone one of the first sentence stands alone.)
    return lone && physicalMeasure(q.question) ? { ...figure, structural: true } : figure;
  }
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
    // "해솔대는 몇 명" over "청람대 210명, 가람대 185명, 해솔대 178명": the list item the question
    // names is read from the list itself, as sure as the sentence's structure (the span scorer
    // does not know which item a figure is told of).
    // "몇 %포인트 높아졌나": a figure in percentage points is the change asked by its very unit.
    const inPoints = disagreeing.length === 0 && ASKS_POINTS.test(q.question) && best.fact.unit === '%p' && best.sentence.text.indexOf(best.fact.text) === best.fact.start;
    const itemOfList = inPoints || (disagreeing.length === 0 && namedItemOfList(best, questionWords(q.question), contenders));
    // "김소율 득표율?" over "… 김소율(39) 후보가 3,104표(51.8%)를 얻어": the one figure of its kind in the
    // sentence that ranks first and holds the whole topic is read off the sentence itself.
    const lone = disagreeing.length === 0 && agreeing.length === 0 && loneInBest(best, ranked, q.question);
    return { answer, facts, primary, ...(itemOfList || lone ? { structural: true } : {}) };
  }
  // (Not from a sentence whose subject is another's: "한국은 … 동메달 3개" for "필리핀이 딴 동메달".)
  // (Nor from a sentence that never names the list item asked, or told for another round or year.)
  const askedWords = questionWords(q.question);
  const countable = contenders.filter(
    (sentence) =>
      (!subjectClash(q.question, sentence.text) || countedItems(sentence, q.counter) < MIN_LIST_ITEMS) &&
      !answersOtherItem(sentence, askedWords, labelWords(sentence.articleId), q.cues, type) &&
      qualifierClashOf(q.question, sentence, labelWords(sentence.articleId)) === null,
  );
  const counted = q.intent === 'count' && q.counter !== null ? findCounted(countable, q.counter, q.cues.some((cue) => /^(전체|총|모두)$/u.test(cue)), questionWords(q.question)) : null;
  if (counted) return { answer: counted.text, facts: counted.sentence.facts, primary: [counted.sentence], ...(counted.named ? { structural: true } : {}) };
  // A question whose topic the articles speak of, but with no figure of the kind asked: say so
  // rather than cite a sentence that does not answer. A long question whose best sentence holds
  // nearly all its words may word its figure in ways the extractor does not read, and people are
  // named in too many ways to be sure: those fall through to the best sentence.
  const topicWordCount = contentWords(q.topic).filter((word) => !q.predicates.includes(word)).length;
  const keywordQuestion = topicWordCount <= SHORT_QUESTION_WORDS;
  const squarelyAbout = (ranked[0]?.ownSupport ?? 0) >= defaultAnswerOptions.fallbackOwnSupport;
  return type !== 'person' && (keywordQuestion || !squarelyAbout) ? 'not-stated' : null;
}

/** Share of the topic the first sentence must hold itself for its lone figure to be read off it: all of it. */
const LONE_OWN_SUPPORT = 0.99;

/** "누가", "이름은", "어디": a question asking a name or a place, whatever figure cue it also holds ("매출을 추산한 연구원은 누구"). */
const ASKS_NAME_OR_PLACE = /누구|누가|이름|성함|어디|어느\s?(?:곳|기관|회사|기업|단체|나라)/u;

/**
 * Whether the figure picked is the only figure of its kind in the best supported sentence, which
 * holds every topic word itself, written where the sentence first writes it: nothing in the sentence
 * competes with it, so the span scorer's doubt (it reads kinds less surely than the rule) does not
 * turn a stated answer into "not in the articles".
 */
function loneInBest(best: FactCandidate, ranked: readonly RankedSentence[], question: string): boolean {
  const { sentence, fact } = best;
  if (ranked[0] !== sentence || sentence.ownSupport < LONE_OWN_SUPPORT) return false;
  if (ASKS_NAME_OR_PLACE.test(question)) return false;
  // ("12년 만이라던데 그 전엔 몇 년": a figure the question itself states is what it starts from.)
  if (squashed(question).includes(squashed(fact.text))) return false;
  if (sentence.text.indexOf(fact.text) !== fact.start) return false;
  return sentence.facts.filter((other) => other.type === fact.type).length === 1;
}

/** How many figures with the question's counter a sentence lists ("금메달 2개, 은메달 4개, 동메달 3개"). */
function countedItems(sentence: RankedSentence, counter: string | null): number {
  if (counter === null) return 0;
  return [...sentence.text.matchAll(new RegExp(`${FIGURE_START}${AMOUNT}\\s*${escapeRegExp(counter)}`, 'gu'))].length;
}

/**
 * Whether a figure is the item a list names by the question's word, read off the list itself: the
 * sentence lists figures of its type told of other items too ("청람대 210명, 가람대 185명, 해솔대
 * 178명"), the item's label is no period, and no other contending sentence names that word (else the
 * word is the story's, not the list's: "과징금은 … 해오름제분 471억 원" beside "해오름제분에 벌금 32억
 * 원"). Shown where the sentence first writes it, so only when that is the figure read.
 */
function namedItemOfList(best: FactCandidate, words: readonly string[], contenders: readonly RankedSentence[]): boolean {
  const { sentence, fact } = best;
  if (sentence.text.indexOf(fact.text) !== fact.start) return false;
  const labels = labelsOf(sentence.text, sentence.facts);
  const own = (labels.get(fact) ?? []).filter((word) => !isPeriodWord(word));
  const named = own.filter((word) => namesLabelWord(words, word));
  if (named.length === 0) return false;
  const siblings = [...labels].filter(([other, label]) => other !== fact && other.type === fact.type && label.some((word) => !isPeriodWord(word) && !own.includes(word)));
  if (siblings.length === 0) return false;
  const squash = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
  return !contenders.some((other) => other !== sentence && named.some((word) => squash(other.text).includes(word)));
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
  const kept = all.filter((sentence) => !answersOtherItem(sentence, words, labelWords(sentence.articleId), q.cues, type));
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
    const words = articleLabels(article ? article.sentences.map((sentence) => ({ index: sentence.index, text: sentence.text, facts: library.factsOf(articleId, sentence.index), paragraphIndex: sentence.paragraphIndex })) : [], article?.title ?? '');
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
  words: readonly string[] = [],
): { text: string; sentence: RankedSentence; named: boolean } | null {
  // "24개 동" answers "몇 동" too: 개 before a counter only says a number follows.
  // The whole figure as written ("1만4천200호", "약 6천 권"), never its tail ("200호").
  const pattern = new RegExp(`(약\\s*)?${FIGURE_START}${AMOUNT}\\s*(여\\s*)?(개\\s+)?${escapeRegExp(counter)}`, 'gu');
  let whole: { text: string; sentence: RankedSentence; named: boolean } | null = null;
  let first: { text: string; sentence: RankedSentence; named: boolean } | null = null;
  for (const sentence of sentences) {
    const matches = [...sentence.text.matchAll(pattern)];
    // "전남(1만4천200호)과 경북(1만1천800호)" asked "전남 … 몇 호": the list item told of the word asked.
    const named = matches.map((match) => labelBefore(sentence.text, match.index ?? 0).some((word) => namesLabelWord(words, word)));
    const item = matches.findIndex((_, i) => named[i] && named.some((other) => !other));
    const text = matches[item]?.[0] ?? '';
    if (item >= 0) return { text, sentence, named: sentence.text.indexOf(text) === matches[item]?.index };
    for (const [i, match] of matches.entries()) {
      // "금메달 3개, 은메달 2개" asked "동메달 몇 개": a list item told of another label answers that label.
      const label = labelBefore(sentence.text, match.index ?? 0).filter((word) => !isPeriodWord(word));
      if (matches.length >= 2 && label.length > 0 && !named[i]) continue;
      // "드론 120대 가운데 … 40대": the count before 가운데/중 is the whole, the part is asked.
      const after = sentence.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 6);
      if (wantsWhole || !/^\s*(중|가운데)(\s|에)/u.test(after)) first ??= { text: match[0], sentence, named: false };
      else whole ??= { text: match[0], sentence, named: false };
    }
  }
  return first ?? whole;
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
  const asked = new Set<string>([type === 'money' ? (measureOfHowMuch(q.question) ?? type) : type]);
  if (type === 'money' && asksChangeAmount(q.question)) asked.add('percent');
  // "몇 년마다" counts in time: a duration ("5년") answers a count, and a count a duration.
  if (type === 'count') asked.add('duration');
  if (type === 'duration') asked.add('count');
  const facts = library.factsOf(first.articleId, first.sentenceIndex);
  if (spanOfAnotherKind(asked, facts, answer.answer ?? '')) return false;
  // "연속 운전한 시간은 얼마" is answered by a duration the sentence states, not "시간당 8마이크로볼트".
  const shownText = squashed(answer.answer ?? '');
  if (type === 'money' && measureOfHowMuch(q.question) !== null && !facts.some((fact) => asked.has(fact.type) && shownText.includes(squashed(fact.text)))) return false;
  // "달러 기준으로 얼마" is not answered in 원; "2019년 한 해" not by a sum since 2019.
  const shown = squashed(answer.answer ?? '');
  if (facts.some((fact) => inAnotherCurrency(q.question, fact) && squashed(fact.text) === shown)) return false;
  if (type !== 'date' && sinceForOneYear(q.question, first.text)) return false;
  // "2026년 9월 거래액" is not answered by the span scorer from a sentence of 10월's (./pickFact.ts).
  if (type !== 'date' && sentenceForAnotherPeriod(q.question, { text: first.text, facts })) return false;
  // "2척의 계약 금액" is not read from a sentence of "6척을 약 1조2천억 원에" (./pickFact.ts countsDiffer).
  if (type !== 'count' && countsDiffer(extractCounts({ articleId: '', index: 0, paragraphIndex: 0, text: q.question }), facts, q.question)) return false;
  const words = questionWords(q.question);
  // "해솔대는 몇 명": not the figure the list binds to another label the question does not name ("가람대 185명").
  const start = answer.answerStart;
  const end = answer.answerEnd ?? start + (answer.answer ?? '').length;
  const others = bindFigures(first.text, facts, words).others;
  // (The same figure told of the label asked elsewhere in the sentence is that one, marked at the first spelling.)
  const sameElsewhere = facts.some((fact) => !others.has(fact) && asked.has(fact.type) && squashed(fact.text) === shownText);
  // (Dates are left to the list-seam binding of ./pickFact.ts: a date's label is whoever acts then.)
  const toldOfOther = (fact: Fact) => fact.type !== 'date' && labelBefore(first.text, fact.start).some((word) => !isPeriodWord(word) && !namesLabelWord(words, word));
  if (!sameElsewhere && [...others].some((fact) => asked.has(fact.type) && fact.start < end && fact.end > start && toldOfOther(fact))) return false;
  // "확정된 예비비" is not the "정부안 4조8천억 원에서" a change starts from, nor "63.2%보다" a figure compared with.
  const shownFact = facts.find((fact) => asked.has(fact.type) && fact.start < end && fact.end > start);
  if (shownFact && (changedTo(first.text, shownFact.start, shownFact.end, q.question) !== null || comparedBaseline(q.question, first.text, shownFact))) return false;
  const labels = labelWordsOf(library)(first.articleId);
  if (qualifierClashOf(q.question, { text: first.text, sentenceIndex: first.sentenceIndex }, labels) !== null) return false;
  // "11월 반도체 수출": not a sentence told for 1~11월 or set in another month (./monthScope.ts).
  const months = [...q.question.matchAll(/(?<![\d.])(1?\d)\s?월(?!\d|요일)/gu)].map((match) => Number(match[1]));
  if (type !== 'date' && toldForAnotherMonth(q.question, months, { text: first.text, sentenceIndex: first.sentenceIndex, facts }, labels.sentences, (index) => labels.paragraphs?.get(index))) return false;
  // "언제 송환됐나": not a date of the sentence told of another event (./eventDate.ts).
  const eventDate = type === 'date' ? eventDateIn(first.text, facts, words) : null;
  if (eventDate !== null && shownFact !== undefined && shownFact !== eventDate) return false;
  // "누적 투자": not the figure beside the one told of the item asked (./namedElsewhere.ts).
  if (shownFact && besideItemFigure(first.text, facts, shownFact, itemWords(words, q.cues, labels, shownFact.type), words)) return false;
  // "경남 생산량": not a figure of a sentence that never names the list item asked (./listBinding.ts).
  if (answersOtherItem({ text: first.text, sentenceIndex: first.sentenceIndex }, words, labels, q.cues, type)) return false;
  return !spanSetAside(q.question, words, first.text, start, labelWordsOf(library)(first.articleId).whole ?? '');
}

/**
 * The figure rule's own reading, shown as read (not re-chosen by the span scorer), for when the span
 * scorer's figure is set aside by the checks above: "몇 %포인트 높아졌나" answered by the rule's
 * "24%포인트" rather than not at all because the scorer preferred the level "59%". Null for findings
 * no figure rule made (open questions, quotes, bylines, structural readers).
 */
export function ruleFigure(q: QuestionAnalysis, finding: Finding, setAside: Answer): Finding | null {
  if (factTypeOf(q.intent) === null || finding.open || finding.quote || finding.byline || finding.alias || finding.structural) return null;
  const [first] = finding.primary;
  // Shown where the sentence first writes it: only when that is the figure the rule read.
  const [fact] = finding.facts;
  if (!first || !fact || fact.text !== finding.answer || first.text.indexOf(finding.answer) !== fact.start) return null;
  // "60일에서 25일로 줄이기로": the value a change starts from is not the answer the span moved off.
  if (changedTo(first.text, fact.start, fact.end, q.question) !== null) return null;
  // Only a figure of the very sentence the scorer's span was read from: a rule's figure from a weaker
  // sentence (the best one being about another period) is a guess ("주가 22만4,500원" for 매출액).
  const [cited] = setAside.citations;
  if (!cited || cited.articleId !== first.articleId || cited.sentenceIndex !== first.sentenceIndex) return null;
  return { ...finding, structural: true };
}

const squashed = (text: string): string => withoutSpaces(text, { commas: true });
