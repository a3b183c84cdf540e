/**
 * "왜" questions (이유 읽기): the reason a sentence gives, read from how Korean news states one —
 * a connective before the outcome ("막의 내구성이 낮아 그동안 상용화가 더뎠다", "교육청 소유여서
 * … 부담이다", "… 판단에 따라 건설을 결정했다") or a sentence that says what the outcome comes from
 * ("빈집 증가는 고령화와 인구 유출이 겹친 결과로 분석된다", "… 부진했기 때문이다").
 *
 * Why: the span scorer has no notion of a reason; a why question got the whole sentence at best.
 * A reason is given only when one sentence about the topic states it with one of these markers and
 * the clause is short; otherwise the sentence stays evidence.
 */
import { readSpanQuestion } from './span/question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import type { QuestionAnalysis } from './question.ts';
import { withoutSpaces } from '../korean/normalize.ts';

/** A sentence that says what an outcome comes from: "A 때문이다", "A 영향으로 풀이된다", "A 결과로 분석된다". */
const REASON_STATEMENT = /^(.+?(?:때문|탓|영향|결과|여파|덕분))(?:이다|이라는|으로|로|인 것으로|이란)(?:\s*(?:풀이|분석|보인|해석|추정|전망|알려|파악)[가-힣]*)?\s*[.。]?$/u;

/**
 * Connectives that give a cause before its outcome (인과 연결 어미·표현): "…여서", "…면서",
 * "… 탓에", "… 판단에 따라", and a state said with -아/-어 ("낮아", "않아", "없어").
 */
const REASON_CONNECTIVE = new RegExp(
  [
    '[가-힣]+(?:아서|어서|여서|해서|라서|이어서|이라서|돼서|되어서)(?=\\s)',
    '[가-힣]+(?<!밝히|말하|강조하|설명하|언급하|덧붙이|전하)(?:으면서|면서)(?=\\s)',
    '[가-힣]*(?:때문에|탓에|덕분에|덕에|여파로|영향으로|결과로)(?=\\s)',
    '[가-힣]*(?:으로|로) 인해(?=\\s)',
    '[가-힣]*(?:판단|방침|요청|요구)에 따라(?=\\s)',
    '[가-힣]*(?:않아|없어|많아|적어|낮아|높아|작아|부족해|어려워|비싸|좁아|겹쳐|흩어져|몰려|밀려)(?=\\s)',
  ].join('|'),
  'gu',
);

/** Where a clause may begin: after a comma, an opening quote, or "지만". */
const CLAUSE_BOUNDARY = /(?:,\s*|[“"‘']|지만\s+)/gu;

/** Words that open a sentence without being part of its reason. */
const OPENING_ADVERB = /^(?:반면|특히|또|또한|다만|이는|이번|한편|그러나|하지만|실제로|결국)\s+/u;

/** Longest reason shown (characters without spaces): a longer one is a sentence, not a span. */
const MAX_REASON = 45;

/** Supported sentences looked at, best first. */
const WHY_SENTENCES = 3;

/**
 * The reason a sentence gives, or null when it gives none by these markers.
 * @example
 * reasonClause('음이온교환막 수전해는 차세대 기술로 꼽히지만, 막의 내구성이 낮아 그동안 상용화가 더뎠다.') // '막의 내구성이 낮아'
 * reasonClause('빈집 증가는 고령화와 인구 유출이 겹친 결과로 분석된다.') // '고령화와 인구 유출이 겹친 결과'
 */
export function reasonClause(text: string): string | null {
  const sentence = text.trim();
  const statement = REASON_STATEMENT.exec(sentence);
  if (statement?.[1]) {
    // "빈집 증가는 …": the outcome named as the subject is not the reason.
    const reason = statement[1].replace(/^[^\s,]+(?:\s[^\s,]+)?(?:은|는)\s+(?=\S+\s)/u, '');
    return shortClause(reason.replace(OPENING_ADVERB, ''));
  }
  const connectives = [...sentence.matchAll(REASON_CONNECTIVE)];
  const last = connectives.at(-1);
  if (!last || last.index === undefined) return null;
  const end = last.index + last[0].length;
  // The clause runs from the last boundary (or the connective before it) to the connective's end.
  const previous = connectives.at(-2);
  let start = previous?.index !== undefined ? previous.index + previous[0].length : 0;
  for (const boundary of sentence.slice(0, last.index).matchAll(CLAUSE_BOUNDARY)) {
    if (boundary.index !== undefined) start = Math.max(start, boundary.index + boundary[0].length);
  }
  return shortClause(sentence.slice(start, end).trim().replace(OPENING_ADVERB, ''));
}

/** A clause short enough to be an answer, of two words at least; else null. */
function shortClause(clause: string): string | null {
  const words = clause.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2 || withoutSpaces(clause).length > MAX_REASON) return null;
  return clause;
}

/** Whether a question asks why ("왜 늦었어", "감소한 이유는"). */
export function asksWhy(q: { question: string }): boolean {
  return readSpanQuestion(q.question).wh === 'why';
}

/**
 * The reason asked by a "왜" question: from the best supported sentence, the sentence right after it
 * when that one states a reason ("… 때문이다"), or the next best sentences; null when none states one.
 */
export function answerWhy(q: QuestionAnalysis, ranked: readonly RankedSentence[], next: (sentence: RankedSentence) => RankedSentence | null): Finding | null {
  if (!asksWhy(q)) return null;
  const [best, ...rest] = ranked;
  if (!best) return null;
  const following = next(best);
  const candidates = [best, ...(following && REASON_STATEMENT.test(following.text.trim()) ? [following] : []), ...rest.slice(0, WHY_SENTENCES - 1)];
  for (const sentence of candidates) {
    const reason = reasonClause(sentence.text);
    if (reason !== null) return { answer: reason, facts: sentence.facts, primary: [sentence], structural: true };
  }
  return null;
}
