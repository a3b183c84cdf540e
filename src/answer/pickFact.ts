/**
 * Picks the fact that answers a question among the facts of the best sentences: the right type,
 * close to the topic words in its sentence, in a highly ranked sentence.
 */
import type { Fact, FactType } from '../facts/types.ts';
import type { QuestionAnalysis } from './question.ts';
import type { RankedSentence } from './sentences.ts';
import type { QuestionIntent } from './types.ts';
import { distanceToTopic, locateTopic, weightedProximity } from './locate.ts';
import { syllablePieces } from '../korean/pieces.ts';
import { isInterrogative } from '../korean/josa.ts';

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
): FactCandidate[] {
  const candidates: FactCandidate[] = [];
  // The noun that names the figure ("총사업비", "예산", "면적") anchors it as the topic's words do.
  const namePieces = figureNounPieces(question);
  for (const sentence of sentences) {
    const named = locateTopic(sentence.text, namePieces);
    const hits = [...locateTopic(sentence.text, pieces), ...named];
    // A sentence with none of the topic's words anchors none of its figures.
    if (hits.length === 0) continue;
    // A figure answers only from a sentence that itself holds a good part of the topic, or names
    // the figure asked in a paragraph that holds it: one-sentence paragraphs deep in a story
    // ("총사업비는 120억 원으로 …") leave the topic to the headline and lead.
    if (sentence.ownSupport < MIN_OWN_SUPPORT && named.length === 0) continue;
    const facts = sentence.facts.filter(
      (fact) => fact.type === type && fitsCounter(fact, question) && fitsPrecision(fact, question),
    );
    for (const fact of facts) {
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
        (insideTitle(sentence.text, fact.start) ? TITLE_PENALTY : 1);
      candidates.push({ fact, sentence, score });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

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

/** Syllable pairs of the question's cue nouns ("사업비", "예산"), not its question words (얼마, 몇, 언제). */
function figureNounPieces(question: QuestionAnalysis): string[] {
  return question.cues.filter((cue) => /^[가-힣]{2,}$/u.test(cue) && !isInterrogative(cue)).flatMap((cue) => syllablePieces(cue));
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
 * 부작" only by 부작.
 */
function fitsCounter(fact: Fact, question: QuestionAnalysis): boolean {
  if (fact.type !== 'count') return true;
  if (question.counter === null) return true;
  return fact.unit.startsWith(question.counter) || (isGenericCounter(question.counter) && isGenericCounter(fact.unit));
}

function sharesBigram(a: string, b: string): boolean {
  const compact = b.replace(/\s+/gu, '').toLowerCase();
  return syllablePieces(a).some((piece) => compact.includes(piece));
}

/** Counters that stand in for one another when people ask: 개, 개사, 개 기관, 곳, 군데, 사. */
function isGenericCounter(unit: string): boolean {
  return /^(개(?!월)|곳|군데|사$)/u.test(unit);
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
  const wantsWhole = question.cues.some((cue) => WHOLE_CUES.has(cue));
  // "23개 중 5개", "22개 사 중 한국인이 … 창업한 곳이 5개": the count before 중 is the whole.
  const isWhole = /^\s*중(\s|$)/u.test(sentence.text.slice(fact.end, fact.end + 8));
  if (isWhole !== wantsWhole) bonus *= 0.5;
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
