/**
 * 얼마 without money (단위 없는 "얼마"): "SCFI 얼마였어" (1,412포인트), "장성 눈 얼마나 왔어" (41.8㎝),
 * "표본오차 얼마?" (±3.5%포인트). Chat asks every quantity with 얼마; the question analysis reads it as
 * money, and an article that gives no amount about the topic leaves it unanswered though it states
 * the quantity asked. When no money word backs the 얼마, the count of the topic (a quantity in its
 * unit: 포인트, ㎝, 척) may answer instead (compose.ts tries it only after no amount did).
 */
import type { QuestionIntent } from './types.ts';

/** The question words that ask "how much" and nothing else. */
const HOW_MUCH = new Set(['얼마', '얼만']);

/**
 * Topic words that name money (금액 명사) by how they end or what they are: 피해액, 사업비, 상여금,
 * 이적료, 주가, 예산, 매출, 연봉 … Asked with 얼마, they ask an amount and nothing else.
 */
const MONEY_WORD =
  /(?:액|비|금|료|세|값|가|가격|비용|예산|매출|이익|수익|손실|적자|흑자|시총|연봉|임금|급여|월급|수출|수입|투자|지원|보상|배상|대출|부채|빚|자산|자본|펀드|밴드|돈|원|달러|불|엔|유로|억|조|만)$/u;

/**
 * Verbs of money changing hands (돈이 오가는 동사): "총 얼마 들어가?", "얼마 든대", "얼마 받았어",
 * "얼마 냈어", "얼마 투입". With them a bare 얼마 asks an amount: "총 얼마 든대" is not "11톤".
 */
const MONEY_VERB =
  /^(?:들어|들었|들여|든대|든다|든데|드는|들까|썼|쓴대|쓴다|쓰는|써|받았|받는|받아|받은|받대|받을|벌었|벌어|번대|내야|냈|낸대|내는|줬|줘|준대|주는|샀|산대|사는데|팔았|판대|투입|지급|유치)/u;

/**
 * The other intents a money question may be answered in, most likely first: none unless it asks
 * with a bare 얼마 (no money cue, no money word in its topic, no unit).
 * @example
 * otherMeasuresOfHowMuch({ intent: 'money', cues: ['얼마'], topic: 'SCFI', … }) // ['count']
 * otherMeasuresOfHowMuch({ intent: 'money', cues: ['얼마'], topic: '피해액', … }) // []
 */
export function otherMeasuresOfHowMuch(q: { intent: QuestionIntent; cues: readonly string[]; topic: string; question: string }): readonly QuestionIntent[] {
  if (q.intent !== 'money' || q.cues.length === 0 || !q.cues.every((cue) => HOW_MUCH.has(cue))) return [];
  // "얼마짜리", "얼마어치": a price or worth, money whatever the topic.
  if (/\d|원|달러|돈|얼마\s*(?:짜리|어치)/u.test(q.question)) return [];
  if (q.question.split(/\s+/u).some((word) => MONEY_VERB.test(word))) return [];
  // A question bound to a year ("작년 평균 대기 시간 얼마였어") was refused by the amount reading's
  // period checks for a reason; the count reading would take this year's figure beside last year's.
  if (/지난해|작년|전년|재작년|올해|금년|내년/u.test(q.question)) return [];
  const words = q.topic.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length === 0 || words.some((word) => MONEY_WORD.test(word))) return [];
  // (A percentage tried after no amount answered was another share of the sentence more often than
  // the one asked: "95% 신뢰수준에서 ±3.5%포인트".)
  return ['count'];
}
