/**
 * 순위 (a rank asked): "리그 몇 위야", "박스오피스 순위는?" asks the place a thing holds, which news
 * writes as N위 ("41.7%로 리그 3위다", "14만8,320명으로 3위에 이름을 올렸다"). The fact readers do not
 * count ranks (a 1위 is no count), so the figure readers answer such questions with the share or the
 * count beside the rank; this reader gives the rank itself.
 */
import { locateTopic, distanceToTopic } from './locate.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { syllablePieces } from '../korean/pieces.ts';
import { withoutSpaces } from '../korean/normalize.ts';

/** A question asking a rank: 몇 위, 순위, 몇 등 (not 몇 등급). */
const ASKS_RANK = /몇\s?위|순위|몇\s?등(?!급)/u;

/** A rank as news writes it: "3위", "공동 2위", "세계 10위권" (not 위원, 위해, 위치 …). */
const RANK = /(?:공동\s?)?(?<![\d.,])\d{1,3}\s?위(?:권)?(?![가-힣])|(?:공동\s?)?(?<![\d.,])\d{1,3}\s?위(?=(?:를|을|로|에|의|는|은|이|가|와|과|다|였|인|까지|에서|에도)(?![가-힣]{2}))/gu;

/** Sentences read for the rank: the best few (a rank further down is another thing's). */
const SENTENCES = 2;

/** Least share of the topic a sentence must hold itself to give the rank. */
const MIN_OWN_SUPPORT = 0.5;

/** The rank the best sentences give the question's topic, or null when the question asks none or no sentence gives one. */
export function answerRank(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_RANK.test(q.question)) return null;
  const asked = withoutSpaces(q.question);
  const pieces = q.topic.split(/\s+/u).flatMap((word) => syllablePieces(word));
  for (const sentence of ranked.slice(0, SENTENCES)) {
    if (sentence.ownSupport < MIN_OWN_SUPPORT) continue;
    // (A rank the question itself states, "2위를 차지한", is what it starts from.)
    const ranks = [...sentence.text.matchAll(RANK)].filter((match) => !asked.includes(withoutSpaces(match[0])));
    if (ranks.length === 0) continue;
    // Two ranks: the one nearest the topic's words; one rank: that one.
    const hits = locateTopic(sentence.text, pieces);
    const [best] = ranks
      .map((match) => ({ match, distance: hits.length === 0 ? 0 : distanceToTopic(match.index ?? 0, (match.index ?? 0) + match[0].length, hits) }))
      .sort((a, b) => a.distance - b.distance);
    if (!best) continue;
    return { answer: best.match[0].trim(), facts: sentence.facts, primary: [sentence], structural: true };
  }
  return null;
}
