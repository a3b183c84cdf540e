/**
 * Picks the fact that answers a question among the facts of the best sentences: the right type,
 * close to the topic words in its sentence, in a highly ranked sentence.
 */
import type { Fact, FactType } from '../facts/types.ts';
import type { QuestionAnalysis } from './question.ts';
import type { QuestionIntent } from './types.ts';
import { distanceToTopic, locateTopic, topicPieces } from './locate.ts';

/** Intents answered by one extracted fact, and the fact type each wants. */
const FACT_TYPE_OF_INTENT: Partial<Record<QuestionIntent, FactType>> = {
  money: 'money',
  date: 'date',
  count: 'count',
  area: 'area',
  duration: 'duration',
  percent: 'percent',
  person: 'person',
};

export function factTypeOf(intent: QuestionIntent): FactType | null {
  return FACT_TYPE_OF_INTENT[intent] ?? null;
}

/** A sentence search found, with its relevance normalized to the best one (0..1]. */
export type RankedSentence = {
  articleId: string;
  sentenceIndex: number;
  text: string;
  relevance: number;
  /** Share (0..1) of the topic's words in the sentence itself. */
  ownSupport: number;
  /** Whether the sentence's paragraph holds (nearly) every topic word: only then may it answer. */
  supported: boolean;
  facts: readonly Fact[];
};

export type FactCandidate = {
  fact: Fact;
  sentence: RankedSentence;
  score: number;
};

/** Counters that stand in for one another when people ask: 몇 곳 / 몇 개 / 몇 개사. */
const GENERIC_COUNTERS = new Set(['개', '곳', '개사', '개소', '군데', '사', '개 기관', '개 기업']);

/** A figure inside a quoted name (‘2023년 세계 한상대회’) is part of the name, rarely the answer. */
const TITLE_PENALTY = 0.4;

/** Whether an offset lies between single quotes or 『』「」 brackets: inside a name or a title. */
function insideTitle(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const opened = (before.match(/[‘『「《〈]/gu) ?? []).length;
  const closed = (before.match(/[’』」》〉]/gu) ?? []).length;
  return opened > closed;
}

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
): FactCandidate[] {
  const pieces = topicPieces(question.topic);
  const candidates: FactCandidate[] = [];
  for (const sentence of sentences) {
    const hits = locateTopic(sentence.text, pieces);
    const facts = sentence.facts.filter((fact) => fact.type === type);
    for (const fact of facts) {
      const distance = distanceToTopic(fact.start, fact.end, hits);
      const proximity = Number.isFinite(distance) ? 1 / (1 + distance / PROXIMITY_SCALE) : 0.3;
      // A sentence that holds the topic itself beats one that leans on its neighbours.
      const score =
        sentence.relevance *
        (0.6 + 0.4 * sentence.ownSupport) *
        (0.5 + 0.5 * proximity) *
        countBonus(fact, sentence, question, pieces) *
        (insideTitle(sentence.text, fact.start) ? TITLE_PENALTY : 1);
      candidates.push({ fact, sentence, score });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * Counts: the counted noun right after the number names what is counted ("38개 VC"), the counter
 * the question names should match ("몇 곳" → 곳), and in "23개 중 5개" the first is the whole.
 */
function countBonus(
  fact: Fact,
  sentence: RankedSentence,
  question: QuestionAnalysis,
  pieces: readonly string[],
): number {
  if (fact.type !== 'count') return 1;
  let bonus = 1;
  const after = sentence.text.slice(fact.end, fact.end + 12);
  const countedNoun = /^\s*([\p{L}\p{N}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (countedNoun.length > 0 && pieces.some((piece) => countedNoun.includes(piece))) bonus *= 1.6;
  if (/^\s*중\s*\d/u.test(after)) bonus *= 0.5;
  if (question.counter !== null) {
    // "몇 곳" is answered by 38개 as well as 5곳 (곳 and 개 count places alike), but never by "3장"
    // when the question asked "몇 부작".
    const unit = fact.unit;
    if (unit.startsWith(question.counter)) bonus *= 1.2;
    else if (!(GENERIC_COUNTERS.has(question.counter) && GENERIC_COUNTERS.has(unit))) bonus *= 0.3;
  }
  return bonus;
}
