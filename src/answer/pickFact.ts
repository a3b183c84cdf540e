/**
 * Picks the fact that answers a question among the facts of the best sentences: the right type,
 * close to the topic words in its sentence, in a highly ranked sentence.
 */
import type { Fact, FactType } from '../facts/types.ts';
import { extractCounts } from '../facts/count.ts';
import type { QuestionAnalysis } from './question.ts';
import type { RankedSentence } from './finding.ts';
import type { QuestionIntent } from './types.ts';
import { distanceToTopic, locateTopic, weightedProximity } from './locate.ts';
import { syllablePieces } from '../korean/pieces.ts';
import { isInterrogative } from '../korean/josa.ts';
import { asksChangeAmount, changedTo, isChangeAmount } from './change.ts';
import { ASKS_POINTS, counterFits } from './counters.ts';
import { bindFigures, isPeriodWord, labelBefore, labelsOf, namesLabelWord, questionWords, type ArticleLabels } from './listBinding.ts';
import { contentWords, isWordPresent } from './evidence.ts';
import { qualifierClashOf } from './figureQualifiers.ts';
import { clauseTopicFactors } from './clauseTopic.ts';
import { besideItemFigure, itemWords, answersOtherItem } from './namedElsewhere.ts';
import { toldForAnotherMonth } from './monthScope.ts';
import { eventDateIn } from './eventDate.ts';
import { askedEvent, comparedBaseline, asksAChange, changesBesideLevel, dateOfEvent, includesAsked, inAnotherCurrency, isWholeBeforePart, isPartOfTotal, otherAfterLabels, qualifierClash, sinceForOneYear, targetForNow, toldOfAnotherPart, wholesBesidePart } from './figureScope.ts';

/** The fact type an intent asks for: the intent itself, but for quotes, places and open questions. */
export function factTypeOf(intent: QuestionIntent): Exclude<FactType, 'quote'> | null {
  return intent === 'quote' || intent === 'place' || intent === 'open' ? null : intent;
}

export type FactCandidate = {
  fact: Fact;
  sentence: RankedSentence;
  score: number;
};

/** A figure inside a quoted name (‘2023년 세계 한상대회’) is part of the name, rarely the answer. */
const TITLE_PENALTY = 0.4;

/** Whether an offset lies between single quotes or 『』「」 brackets: inside a name or a title. */
function insideTitle(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const opened = (before.match(/[‘『「《〈]/gu) ?? []).length;
  const closed = (before.match(/[’』」》〉]/gu) ?? []).length;
  return opened > closed;
}

/** Characters between a fact and the nearest topic word beyond which it answers something else. */
const MAX_FACT_DISTANCE = 90;

/** The same for a person whose title and organization the question does not name. */
const MAX_PERSON_DISTANCE = 12;

/** How many characters away from the topic a fact's pull halves. */
const PROXIMITY_SCALE = 24;

/**
 * Ranks the facts of `type` in the given sentences, best first.
 * @example
 * // "15개 사가 참여해 … 38개 VC를 대상으로" for "상담회에 참여한 VC는 몇 곳?" ranks 38개 first.
 */
export function rankFacts(
  sentences: readonly RankedSentence[],
  type: FactType,
  question: QuestionAnalysis,
  pieces: readonly string[],
  weightOf: (piece: string) => number = () => 1,
  labelsOf: (articleId: string) => ArticleLabels = () => NO_LABELS,
): FactCandidate[] {
  const candidates: FactCandidate[] = [];
  const words = questionWords(question.question);
  const statedCounts = type === 'count' ? [] : extractCounts({ articleId: '', index: 0, paragraphIndex: 0, text: question.question });
  const topicNames = questionWords(question.topic).filter((word) => /^[가-힣]{2,}$/u.test(word) && !question.predicates.includes(word) && !isPeriodWord(word) && !isInterrogative(word));
  // The noun that names the figure ("총사업비", "예산", "면적") anchors it as the topic's words do.
  const nameCues = figureNouns(question);
  // "올해보다 몇 % 늘었어": the period compared with is not the one asked.
  const askedPeriods = periodsIn(question.question.replace(COMPARED_PERIOD, ''));
  const askedMonths = [...question.question.matchAll(MONTH)].map((match) => Number(match[1]));
  const asksChange = asksChangeAmount(question.question);
  // "국비는 얼마" is not "국비를 포함해 총 265억 원" unless the question asks the total (./figureScope.ts).
  const asksTotal = /포함|총|전체|모두|합계|합쳐|합치|합하|통틀|전부/u.test(question.question);
  // "착공 목표 시점은 언제": the date the event is told with ("2028년 3월 착공해"), over other dates.
  const event = type === 'date' ? askedEvent(question.question) : null;
  const asksAnyChange = asksAChange(question.question);
  // The question's item words, article by article (./namedElsewhere.ts).
  const itemsOf = new Map<string, string[]>();
  const items = (articleId: string) => itemsOf.get(articleId) ?? itemsOf.set(articleId, itemWords(words, question.cues, labelsOf(articleId), type)).get(articleId) ?? [];
  for (const sentence of sentences) {
    // "현재 단가" is not a target's figure ("2030년까지 … 낮추는 것을 목표").
    if (type !== 'date' && targetForNow(question.question, sentence.text)) continue;
    // "2019년 한 해 동안" is not "2019년부터 지금까지".
    if (type !== 'date' && sinceForOneYear(question.question, sentence.text)) continue;
    // "의과대학 모집인원" is not the "지역균형 전형 모집인원" of a sentence that never names 의과대학.
    if (qualifierClash(question.question, sentence.text, labelsOf(sentence.articleId).whole ?? '')) continue;
    // "1차 계획", "작년", "경남" asked: a sentence told for another round, year or thing (./figureQualifiers.ts).
    if (qualifierClashOf(question.question, sentence, labelsOf(sentence.articleId)) !== null) continue;
    // The figure's noun counts when the sentence writes it whole ("총사업비는"): "사업에는" is not "사업비".
    const compact = sentence.text.replace(/\s+/gu, '').toLowerCase();
    const named = locateTopic(sentence.text, nameCues.filter((cue) => compact.includes(cue)).flatMap((cue) => syllablePieces(cue)));
    const hits = [...locateTopic(sentence.text, pieces), ...named];
    // A sentence with none of the topic's words anchors none of its figures.
    if (hits.length === 0) continue;
    // A figure answers only from a sentence that itself holds a good part of the topic, or names
    // the figure asked in a paragraph that holds it: one-sentence paragraphs deep in a story
    // ("총사업비는 120억 원으로 …") leave the topic to the headline and lead.
    if (sentence.ownSupport < MIN_OWN_SUPPORT && named.length === 0) continue;
    const facts = sentence.facts.filter(
      (fact) => fact.type === type && fitsCounter(fact, question) && fitsPrecision(fact, question) && !inAnotherCurrency(question.question, fact),
    );
    // "필리핀이 딴 동메달" is not the "한국은 금메달 2개, 은메달 4개, 동메달 3개" of another team.
    if (listItems(sentence, type) >= MIN_LIST_ITEMS && subjectClash(question.question, sentence.text)) continue;
    // "LNG운반선 2척의 계약 금액" is not the "8척을 약 2조6천억 원에" of another order.
    if (countsDiffer(statedCounts, sentence.facts, question.question)) continue;
    // "올해 1분기 매출" is not answered by a sentence about 지난해's: the periods named must meet.
    if (type !== 'date' && toldForAnotherPeriod(askedPeriods, askedMonths, sentence)) continue;
    // "11월 반도체 수출" is not "1~11월 누적", nor a sentence set in December (./monthScope.ts).
    const article = labelsOf(sentence.articleId);
    if (type !== 'date' && toldForAnotherMonth(question.question, askedMonths, sentence, article.sentences, (index) => article.paragraphs?.get(index))) continue;
    // "언제 국내로 송환됐나": the date the words after which hold the event asked (./eventDate.ts).
    const eventDate = type === 'date' ? eventDateIn(sentence.text, sentence.facts, words) : null;
    const bound = clauseBinding(sentence.text, facts, predicatePieces(question), question.question);
    // "메디컬 언제 통과?": the figure whose own clause holds the topic, over the next clause's (./clauseTopic.ts).
    for (const [fact, factor] of clauseTopicFactors(sentence.text, facts, pieces, weightOf)) bound.set(fact, (bound.get(fact) ?? 1) * factor);
    const byList = listBinding(sentence.text, facts, question.topic);
    for (const [fact, factor] of byList) bound.set(fact, (bound.get(fact) ?? 1) * factor);
    // "일본 역직구 얼마": the figure told of 일본, not its neighbours in the list (./listBinding.ts);
    // a sentence that never names a label the question names (told elsewhere) answers another thing.
    if (answersOtherItem(sentence, words, labelsOf(sentence.articleId), question.cues, type)) continue;
    // "전남 … 피해 면적" over "충남 1,840㏊, 전북 1,120㏊, 경기 460㏊ 등": the list lacks the item asked.
    if (listLacksAsked(sentence, type, topicNames, labelsOf(sentence.articleId).whole)) continue;
    const listed = bindFigures(sentence.text, sentence.facts, words);
    // "얼마나 줄었어": the figure its change verb follows, over the level beside it.
    const changes = asksChange ? sentence.facts.filter((fact) => isChangeAmount(sentence.text, fact.end)) : [];
    // "비중은 얼마" asks a level: the change beside it ("전년보다 18% 늘었고") answers another question.
    const setAside = asksAnyChange ? new Set<Fact>() : changesBesideLevel(facts, (fact) => isChangeAmount(sentence.text, fact.end));
    // "이용객 가운데 섬 주민은": the whole beside the part; "자사주 매입 규모": not "1,200원의 분기 배당".
    for (const fact of wholesBesidePart(question.question, sentence.text, facts, type)) setAside.add(fact);
    for (const fact of otherAfterLabels(sentence.text, facts, words)) setAside.add(fact);
    for (const fact of facts) {
      if (setAside.has(fact)) continue;
      if (eventDate !== null && fact !== eventDate) continue;
      if (!asksTotal && includesAsked(sentence.text, fact.start, words)) continue;
      if (toldOfAnotherPart(sentence.text, fact.start, words)) continue;
      // "이번 재선거의 투표율" is not the "지난해 … 63.2%보다" a sentence compares with.
      if (comparedBaseline(question.question, sentence.text, fact)) continue;
      // "공사비 12억 원 가운데 8억 원은 도비에서": the whole, unless the question asks it.
      if (!asksTotal && fact.type !== 'count' && isWholeBeforePart(sentence.text, fact, facts)) continue;
      // "총 얼마": the total, not a part it sums ("국비 600억원과 시비 300억원 등 총사업비 900억원").
      if (asksTotal && isPartOfTotal(sentence.text, fact, facts)) continue;
      // A figure of the list that names the question's name (listBinding below) stays.
      if (listed.others.has(fact) && !(byList.size > 0 && !byList.has(fact))) continue;
      // "누적 투자" over "200억 원을 넣어 … 누적 투자액은 820억 원": the figure told of the item asked.
      if (besideItemFigure(sentence.text, sentence.facts, fact, items(sentence.articleId), words)) continue;
      // Too far from every topic word, a fact belongs to another clause's subject; a person must
      // stand right by the topic unless the topic names their title or organization.
      const distance = distanceToTopic(fact.start, fact.end, hits);
      if (distance > MAX_FACT_DISTANCE) continue;
      if (fact.type === 'person' && personBonus(fact, pieces) === 1 && distance > MAX_PERSON_DISTANCE) continue;
      const proximity = weightedProximity(fact.start, fact.end, hits, weightOf, PROXIMITY_SCALE);
      // A sentence that holds the topic itself beats one that leans on its neighbours.
      const score =
        sentence.relevance *
        (0.6 + 0.4 * sentence.ownSupport) *
        (0.5 + 0.5 * proximity) *
        countBonus(fact, sentence, question, pieces, weightOf) *
        personBonus(fact, pieces) *
        (titleAsked(fact, question) ? TITLE_ASKED_BONUS : 1) *
        (echoesQuestion(fact, question) ? ECHO_PENALTY : 1) *
        (insideTitle(sentence.text, fact.start) ? TITLE_PENALTY : 1) *
        (bound.get(fact) ?? 1) *
        (listed.bound.has(fact) && listed.others.size > 0 ? LABEL_BONUS : 1) *
        (changes.length === 0 ? 1 : changes.includes(fact) ? CHANGE_AMOUNT_BONUS : NOT_THE_CHANGE_PENALTY) *
        (changedTo(sentence.text, fact.start, fact.end, question.question) !== null ? CHANGED_FROM_PENALTY : 1) *
        (event === null ? 1 : dateOfEvent(sentence.text, fact, event) ? EVENT_DATE_BONUS : sentence.text.includes(event) ? 1 : NO_EVENT_PENALTY);
      candidates.push({ fact, sentence, score });
    }
  }
  return fewerNamesYield(candidates, words, question.cues).sort((a, b) => b.score - a.score);
}

/**
 * Whether a sentence lists figures of the asked type item by item ("충남 1,840㏊, 전북 1,120㏊, 경기
 * 460㏊ 등 모두 3,420㏊") while the question names a word its article never writes ("전남"): the item
 * asked is not in the list, and neither an item's figure nor the total answers it.
 */
function listLacksAsked(sentence: RankedSentence, type: FactType, names: readonly string[], article: string | undefined): boolean {
  if (article === undefined || article.length === 0) return false;
  // (Nouns only: "인한", "발생한" are verbs the article may inflect otherwise; a typo is no other name.)
  const absent = names.filter((word) => !article.includes(word) && !VERB_ENDING.test(word) && !DEICTIC.has(word) && !asksAChange(word) && !isWordPresent(word, article));
  if (absent.length === 0) return false;
  return listItems(sentence, type) >= MIN_LIST_ITEMS;
}

/**
 * How many figures of a type a sentence lists one after another, each after its own label word and
 * nothing else ("충남 1,840㏊, 전북 1,120㏊, 경기 460㏊", "전남(1만4천200호)과 경북(1만1천800호)").
 */
export function listItems(sentence: RankedSentence, type: FactType): number {
  const labels = labelsOf(sentence.text, sentence.facts);
  const figures = sentence.facts.filter((fact) => fact.type === type).sort((a, b) => a.start - b.start);
  let run = 0;
  let best = 0;
  for (const [i, fact] of figures.entries()) {
    const labelled = (labels.get(fact) ?? []).some((word) => !isPeriodWord(word));
    const previous = figures[i - 1];
    const between = previous ? sentence.text.slice(previous.end, fact.start) : '';
    const coordinated = previous !== undefined && /^[)）]?\s*(?:,|，|과|와|및)?\s*[^\s,，]{1,12}\s*[(（]?$/u.test(between);
    run = labelled ? (coordinated && run > 0 ? run + 1 : 1) : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Items that make a list (three: "충남 …, 전북 …, 경기 …"; two may be a figure and the one it is compared with). */
export const MIN_LIST_ITEMS = 3;

/** Words that point at the story rather than name a thing of it ("이번 가뭄"). */
const DEICTIC = new Set(['가운데', '이중', '그중', '나머지', '이번', '이날', '당시', '해당', '관련', '최근', '현재', '지금', '전체', '모두', '각각', '당초', '기존', '앞서', '향후', '요즘', '그간', '지난번']);

/** How a verb or a modifier ends, not a noun ("인한", "늘어난", "줄었어"). */
const VERB_ENDING = /(?:한|할|된|될|던|인|운|른|낸|는|은|을|를|에|로|서|고|며|면|의|해|돼|게|어|아|와|과|도|만|라|려|러|니|요|써|여|냐|지|나|까|다|래|대|야)$/u;

/** Nouns that refer back to the story's actor rather than name one ("시는", "회사는", "정부는"). */
const ANAPHOR = /^(?:시|도|군|구|정부|당국|회사|업체|기업|그룹|이들|그|그는|그녀|측|팀|연구팀|기관|위원회|당|국가|나라|이|이곳|해당)$/u;

/**
 * Whether the question's subject ("필리핀이 … 딴 동메달") is absent from a sentence that opens on
 * another named subject ("한국은 금메달 2개, …"): the sentence's figures are that subject's.
 */
export function subjectClash(question: string, sentence: string): boolean {
  const asked = /^\s*([가-힣A-Za-z]{2,})(?:이|가|은|는)\s/u.exec(question)?.[1];
  const told = /^\s*([가-힣A-Za-z]{2,})(?:은|는)\s/u.exec(sentence)?.[1];
  if (!asked || !told || ANAPHOR.test(asked) || ANAPHOR.test(told)) return false;
  const compact = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
  return !compact(sentence).includes(compact(asked)) && !compact(question).includes(compact(told));
}

/**
 * Whether a sentence counts in the counter a question states a count in, but never that count: "2척의
 * 계약 금액" and "운반선 8척을 약 2조6천억 원에 수주했다" speak of two orders.
 */
export function countsDiffer(stated: readonly Fact[], facts: readonly Fact[], question = ''): boolean {
  return stated.some((asked) => {
    // Only a count written in digits, not a rate ("한 곳당 몇 분씩", "2척당").
    if (asked.type !== 'count' || !/\d/u.test(asked.text) || /^\s*(?:당|씩|마다)/u.test(question.slice(asked.end))) return false;
    const told = facts.filter((fact) => fact.type === 'count' && fact.unit === asked.unit);
    return told.length > 0 && !told.some((fact) => fact.value === asked.value);
  });
}

/** Share of its score kept by a figure whose sentence names fewer of the question's words than another's. */
const FEWER_NAMES_PENALTY = 0.5;

/**
 * "올해 마늘 재배면적" over "올해 양파 재배면적은 1만8,420㏊" and "마늘 … 재배면적이 2만2,150㏊": a figure
 * told of a word the question does not name (양파), whose sentence names only some of the words
 * another figure's sentence of the same article names (periods aside, compared apart), answers
 * another thing.
 */
function fewerNamesYield(candidates: FactCandidate[], words: readonly string[], cues: readonly string[]): FactCandidate[] {
  const names = words.filter((word) => !isPeriodWord(word) && !isInterrogative(word) && !cues.some((cue) => cue.includes(word) || word.includes(cue)));
  if (names.length < 2) return candidates;
  const heldBy = new Map<RankedSentence, Set<string>>();
  for (const { sentence } of candidates) {
    if (heldBy.has(sentence)) continue;
    const compact = sentence.text.replace(/\s+/gu, '').toLowerCase();
    heldBy.set(sentence, new Set(names.filter((word) => compact.includes(word))));
  }
  return candidates.map((candidate) => {
    const held = heldBy.get(candidate.sentence) ?? new Set<string>();
    // Sentences of one article compare: another article may name the same things otherwise.
    const sets = [...heldBy].filter(([sentence]) => sentence.articleId === candidate.sentence.articleId).map(([, words]) => words);
    const outnamed = sets.some((other) => other.size > held.size && [...held].every((word) => other.has(word)));
    // Only a figure told of a word the question does not name ("양파 재배면적") yields.
    const label = labelBefore(candidate.sentence.text, candidate.fact.start);
    const toldOfOther = label.some((word) => !isPeriodWord(word) && !namesLabelWord(words, word));
    return outnamed && toldOfOther ? { ...candidate, score: candidate.score * FEWER_NAMES_PENALTY } : candidate;
  });
}

/**
 * A figure's own clause (절): from the comma or connective ending before it to the one after it.
 * "착공은 오는 2026년 5월, 준공은 2027년 11월 예정이다": 준공's date is the second.
 */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const boundary = /(?:[,，;]|(?:하|되|했|됐|이|며|고)\s)(?=[^,，;]*$)/u.exec(before);
  const from = boundary ? boundary.index + boundary[0].length : 0;
  const after = text.slice(end);
  const next = /[,，;]|(?:하고|되고|했고|됐고|하며|되며|으며|면서)\s/u.exec(after);
  return text.slice(from, next ? end + next.index : text.length);
}

/** Periods a figure is told for: years as people say them, quarters and halves. */
const PERIOD = /(올해|금년|지난해|작년|전년|내년|재작년|[1-4]\s?분기|상반기|하반기|(?:19|20)\d{2}\s?년)/gu;

/** A month a question names ("2026년 9월", "10월"): not 몇 월, not a weekday. */
const MONTH = /(?<![\d.])(1?\d)\s?월(?!\d|요일)/gu;

/** The periods a text names, spelled one way (작년 → 지난해, 금년 → 올해). */
export function periodsIn(text: string): Set<string> {
  const same: Record<string, string> = { 작년: '지난해', 전년: '지난해', 금년: '올해' };
  return new Set([...text.matchAll(PERIOD)].map((match) => match[0].replace(/\s+/gu, '')).map((period) => same[period] ?? period));
}

/** Whether a sentence names periods and none of those the question names. */
export function periodsDiffer(asked: ReadonlySet<string>, sentence: string): boolean {
  if (asked.size === 0) return false;
  // "2만2,150㏊로 지난해보다 5.8% 늘었고": the period compared with is not the one the figure is told for.
  const told = periodsIn(sentence.replace(COMPARED_PERIOD, ''));
  return told.size > 0 && ![...asked].some((period) => told.has(period));
}

/** A period a figure is compared with ("지난해보다", "전년 동기 대비"), not told for. */
const COMPARED_PERIOD = /(?:올해|금년|지난해|작년|전년|재작년|[1-4]\s?분기|상반기|하반기|(?:19|20)\d{2}\s?년)\s?(?:같은\s?(?:기간|시기|달)|동기|동월|동분기)?\s?(?:보다|대비|에\s?비해|比)/gu;

/** Whether a sentence's figures are told for other years or months than the question names ("2026년 9월" asked, 10월's told). */
export function sentenceForAnotherPeriod(question: string, sentence: { text: string; facts: readonly Fact[] }): boolean {
  return toldForAnotherPeriod(periodsIn(question.replace(COMPARED_PERIOD, '')), [...question.matchAll(MONTH)].map((match) => Number(match[1])), sentence);
}

/** Whether a sentence's figures are told for other years or months than the question names. */
function toldForAnotherPeriod(asked: ReadonlySet<string>, askedMonths: readonly number[], sentence: { text: string; facts: readonly Fact[] }): boolean {
  return periodsDiffer(asked, sentence.text) || partsOfYearDiffer(asked, sentence.text) || monthsDiffer(askedMonths, sentence.facts);
}

/** Quarters and halves, compared apart from years: "올해 2분기" is not "올해 3분기". */
const PART_OF_YEAR = /^(?:[1-4]분기|상반기|하반기)$/u;

function partsOfYearDiffer(asked: ReadonlySet<string>, sentence: string): boolean {
  const askedParts = [...asked].filter((period) => PART_OF_YEAR.test(period));
  if (askedParts.length === 0) return false;
  const told = [...periodsIn(sentence)].filter((period) => PART_OF_YEAR.test(period));
  return told.length > 0 && !askedParts.some((period) => told.includes(period));
}

/**
 * Whether a sentence's months, as its dates write them ("10월", "지난달" in an article of November),
 * all differ from the month the question names: "2026년 9월 거래액" is not answered by 10월's.
 */
function monthsDiffer(askedMonths: readonly number[], facts: readonly Fact[]): boolean {
  if (askedMonths.length === 0) return false;
  const told = facts
    .filter((fact) => fact.type === 'date' && /월|달/u.test(fact.text))
    .flatMap((fact) => /^(?:\d{4}|-)-(\d{2})/u.exec(String(fact.value))?.[1] ?? [])
    .map(Number);
  return told.length > 0 && !askedMonths.some((month) => told.includes(month));
}

/** The bonus of a list item's figure the question names ("은메달 4개" among 금·은·동), over other sentences'. */
const LABEL_BONUS = 1.5;

/** A change's amount when the question asks by how much ("4.2% 줄었다"), and the level beside it. */
const CHANGE_AMOUNT_BONUS = 2;
const NOT_THE_CHANGE_PENALTY = 0.3;

const NO_LABELS: ArticleLabels = { items: new Set(), measures: new Set(), lists: new Map(), headline: '' };

/** A date told with the event asked ("2028년 3월 착공해" for "착공 시점"), and one whose sentence never names it. */
const EVENT_DATE_BONUS = 3;
const NO_EVENT_PENALTY = 0.3;

/** Share of its score kept by the value a change starts from ("기존 2만t에서 5만t으로"), unless asked for. */
const CHANGED_FROM_PENALTY = 0.5;

/** The noun a figure is told of: "영업이익은 860억 원" → 영업이익, "준공은 2027년 11월" → 준공. */
function measureNoun(text: string, start: number): string | null {
  const match = /([가-힣A-Za-z]{2,})(?:은|는|이|가)\s+(?:약\s+|총\s+|오는\s+|지난\s+|기존\s+)?$/u.exec(text.slice(Math.max(0, start - 30), start));
  return match?.[1] ?? null;
}

/** Share of its score a figure keeps when another figure's clause, not its own, names what is asked. */
const OTHER_CLAUSE_PENALTY = 0.5;

/** The bonus of a figure whose clause holds the question's own verb ("기대한대" → 기대하고 있다). */
const PREDICATE_CLAUSE_BONUS = 2;

/**
 * Figures of one sentence bound to their clauses: when the question names the noun some figures
 * are told of and not others' ("착공은 A, 준공은 B" asked about 준공), those others answer another
 * subject; a figure whose clause holds the question's own verb ("기대한대") is the one asked.
 * (List commas are not clause ends, so the question's other words do not bind: "15개 사가 참여해
 * 글로벌 VC인 A, B를 비롯한 38개 VC".)
 */
function clauseBinding(text: string, facts: readonly Fact[], verbPieces: readonly string[], question: string): Map<Fact, number> {
  const factors = new Map<Fact, number>();
  // "매출은 1조 원, 영업이익은 860억 원": the noun a figure is told of, right before it, decides
  // when the question names one of them.
  const asked = question.replace(/\s+/gu, '');
  const measures = facts.map((fact) => measureNoun(text, fact.start));
  const named = measures.map((measure) => measure !== null && asked.includes(measure));
  if (named.some(Boolean)) {
    for (const [i, fact] of facts.entries()) if (measures[i] !== null && !named[i]) factors.set(fact, OTHER_CLAUSE_PENALTY);
  }
  const clauses = facts.map((fact) => clauseOf(text, fact.start, fact.end).replace(/\s+/gu, '').toLowerCase());
  for (const [i, fact] of facts.entries()) {
    const clause = clauses[i] ?? '';
    if (verbPieces.some((piece) => clause.includes(piece))) factors.set(fact, (factors.get(fact) ?? 1) * PREDICATE_CLAUSE_BONUS);
  }
  return factors;
}

/** Where a sentence passes from one list to the next: "A, B 등에 이어 C, D 등 20개 기업이 …". */
const LIST_SEAM = /(?:등에\s*이어|에\s*이어|뿐\s*아니라|와\s*함께|과\s*함께)/gu;

/** Share of its score kept by a figure told of another list than the one naming the question's name. */
const OTHER_LIST_PENALTY = 0.3;

/**
 * Figures bound to the list that names what the question names: "지난해 입주한 A, B 등에 이어 C, D
 * 등 20개 기업이 올해 입주한다" asked about D is answered 올해, not 지난해.
 */
function listBinding(text: string, facts: readonly Fact[], topic: string): Map<Fact, number> {
  const factors = new Map<Fact, number>();
  const seams = [...text.matchAll(LIST_SEAM)].map((match) => (match.index ?? 0) + match[0].length);
  if (seams.length === 0 || facts.length < 2) return factors;
  const bounds = [0, ...seams, text.length];
  const parts = bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1] ?? text.length }));
  const partOf = (offset: number) => parts.findIndex((part) => offset >= part.start && offset < part.end);
  if (new Set(facts.map((fact) => partOf(fact.start))).size < 2) return factors;
  // A name of three syllables or more that only one part holds (typos allowed: "한올바이오마파").
  const names = contentWords(topic).filter((word) => [...word].length >= 3);
  for (const name of names) {
    const holding = parts.map((part, i) => (isWordPresent(name, text.slice(part.start, part.end)) ? i : -1)).filter((i) => i >= 0);
    if (holding.length !== 1) continue;
    const own = holding[0];
    for (const fact of facts) if (partOf(fact.start) !== own) factors.set(fact, OTHER_LIST_PENALTY);
    return factors;
  }
  return factors;
}

/** The leading syllable pair of each of the question's verbs ("기대한대" → 기대): the verb as the article may inflect it. */
function predicatePieces(question: QuestionAnalysis): string[] {
  // The question's closing verb is what it asks about; its other verbs ("참여한") only say of whom.
  const pieces = question.predicates.slice(-1).map((word) => syllablePieces(word)[0] ?? '').filter((piece) => /^[가-힣]{2}$/u.test(piece) && !/^(하는|되는|있는|없는|했던)$/u.test(piece));
  // "… 걸로 본대?", "예상한대?": a figure expected is written with any verb of expecting.
  const expects = pieces.some((piece) => EXPECTING.includes(piece)) || /(걸로|것으로)\s*(본대|봐|보나|보는|보고)|(본대|보인대)\s*[?？]?\s*$/u.test(question.question);
  return expects ? [...new Set([...pieces, ...EXPECTING])] : pieces;
}

/** Verbs of expecting (기대, 전망, 예상 …): an article writes any one of them for another. */
const EXPECTING = ['기대', '전망', '예상', '예측', '관측'];

/** "중기부 차관 누구": the person who holds the very title asked for, over a minister nearer the topic. */
const TITLE_ASKED_BONUS = 2;

function titleAsked(fact: Fact, question: QuestionAnalysis): boolean {
  if (fact.type !== 'person' || !fact.title) return false;
  const title = fact.title.replace(/\s+/gu, '');
  const asked = question.question.replace(/\s+/gu, '');
  if (title.length < 2 || !asked.includes(title)) return false;
  // "이 장관", "이영 장관": the question names this person by the title, as context, not as the one asked.
  const name = fact.value.replace(/\s+/gu, '');
  const surname = [...name][0] ?? '';
  return !asked.includes(`${name}${title}`) && !asked.includes(`${surname}${title}`);
}

/** A figure the question itself states ("…올해야?") is what it checks, seldom the answer. */
const ECHO_PENALTY = 0.3;

function echoesQuestion(fact: Fact, question: QuestionAnalysis): boolean {
  const squash = (text: string) => text.replace(/[\s,]+/gu, '');
  return squash(question.question).includes(squash(fact.text));
}

/** The question's cue nouns ("사업비", "예산"), not its question words (얼마, 몇, 언제). */
function figureNouns(question: QuestionAnalysis): string[] {
  return question.cues.filter((cue) => /^[가-힣]{2,}$/u.test(cue) && !isInterrogative(cue));
}

/** Share of the topic a sentence must hold itself for its figures to answer: about a third. */
const MIN_OWN_SUPPORT = 0.3;

/** A question asking the hour of a day: "몇 시에", "몇시" (not 몇 시간). */
const ASKS_HOUR = /몇\s?시(?!간)/u;

/** "며칠이야?" is not answered by a month: a date must carry the day when the question asks for it. */
function fitsPrecision(fact: Fact, question: QuestionAnalysis): boolean {
  if (fact.type !== 'date') return true;
  // "몇 시에" is answered only by a date that gives the hour ("27일 오후 4시").
  if (ASKS_HOUR.test(question.question)) return /\d\s?시/u.test(fact.text);
  if (!question.wantsDay) return true;
  return /^(\d{4}|-)-\d{2}-\d{2}$|^---\d{2}$/u.test(fact.value);
}

/**
 * Whether a count answers the counter the question names: "몇 곳" is answered by 38개 as well as
 * 5곳 or 30여 개 기관 (places, firms and things are counted alike), "몇 명" only by people, "몇
 * 부작" only by 부작, "팀은 몇 개" not by 14개국 (./counters.ts); "몇 포인트" only by a %포인트 figure.
 */
function fitsCounter(fact: Fact, question: QuestionAnalysis): boolean {
  if (fact.type === 'percent') return !ASKS_POINTS.test(question.question) || fact.unit === '%p';
  if (fact.type !== 'count') return true;
  if (question.counter === null) return true;
  return counterFits(question.counter, fact.unit);
}

function sharesBigram(a: string, b: string): boolean {
  const compact = b.replace(/\s+/gu, '').toLowerCase();
  return syllablePieces(a).some((piece) => compact.includes(piece));
}

/**
 * Counts: the thing counted ("38개 VC", "기업·기관(19개)") named by the question marks the count
 * asked about; in "23개 중 5개" the first is the whole — the answer only when the question asks for
 * the whole (전체, 총, 모두).
 */
function countBonus(
  fact: Fact,
  sentence: RankedSentence,
  question: QuestionAnalysis,
  pieces: readonly string[],
  weightOf: (piece: string) => number,
): number {
  if (fact.type !== 'count') return 1;
  let bonus = 1;
  // The rarer the topic word the counted thing shares, the surer the match ("VC" over "기업").
  const counted = fact.counted?.replace(/\s+/gu, '').toLowerCase() ?? '';
  const maxWeight = Math.max(0, ...pieces.map(weightOf));
  const shared = pieces.filter((piece) => counted.includes(piece)).map(weightOf);
  if (counted.length > 0 && shared.length > 0 && maxWeight > 0) bonus *= 1 + 0.6 * (Math.max(...shared) / maxWeight);
  // ("모두 몇 대", "전체 몇 명": the whole asked even when the cue words leave it out.)
  const wantsWhole = question.cues.some((cue) => WHOLE_CUES.has(cue)) || /(?:모두|전체|총)\s*몇/u.test(question.question);
  // "23개 중 5개", "22개 사 중 한국인이 … 창업한 곳이 5개": the count before 중 is the whole.
  const isWhole = /^\s*(중|가운데)(에서?)?(\s|$)/u.test(sentence.text.slice(fact.end, fact.end + 8));
  // "유효투표수 얼마야" over "유효투표 2만6,475표 가운데 1만2,418표를": the number (수) of the very word
  // the whole is told of is asked ("폐교는 몇 곳" over "폐교 17곳 가운데 2곳" is not).
  const asked = question.question.replace(/\s+/gu, '');
  const namedWhole = isWhole && labelBefore(sentence.text, fact.start).some((word) => !isPeriodWord(word) && word.length >= 2 && asked.includes(`${word}수`));
  if (isWhole !== (wantsWhole || namedWhole)) bonus *= 0.5;
  if (question.counter !== null && fact.unit.startsWith(question.counter)) bonus *= 1.2;
  // "스타트업 몇 개" is hardly answered by "30여 개 기관": what is counted should be what is asked.
  if (question.countedNoun !== null && fact.counted && !sharesBigram(question.countedNoun, fact.counted)) bonus *= 0.4;
  return bonus;
}

/** Cue words that ask for a whole rather than a part ("CES 최고혁신상 전체 몇 개"). */
const WHOLE_CUES = new Set(['전체', '모두', '총']);

/**
 * People: a person whose title or organization the topic names ("보건산업진흥원 원장") is the one
 * asked about, more than whoever stands nearest.
 */
function personBonus(fact: Fact, pieces: readonly string[]): number {
  if (fact.type !== 'person') return 1;
  const described = `${fact.title ?? ''}${fact.organization ?? ''}`.replace(/\s+/gu, '').toLowerCase();
  const named = pieces.filter((piece) => described.includes(piece)).length;
  return 1 + Math.min(named, 4) * 0.5;
}
