/**
 * 단위의 일치 (the counted noun must agree): "팀은 몇 개" is not answered by "14개국" (countries),
 * "몇 명" not by "38개사" or "1천500대", "몇 면" not by "2곳", "몇 포인트" only by a %포인트 figure.
 */
import { withoutSpaces } from '../korean/normalize.ts';
import type { Answer } from './types.ts';

/** Counters that stand in for one another when people ask: 개, 개사, 개 기관, 곳, 군데, 사. */
export function isGenericCounter(unit: string): boolean {
  return /^(개(?![월국년])|곳|군데|사$)/u.test(unit);
}

/**
 * Counters said for one another (같은 셈): how often (번, 회, 차례, 차: "몇 번 맞아야 돼" → 두 차례) and
 * votes, which news counts by the members casting them ("찬성 몇 표" → 찬성 188명).
 */
const SAME_COUNT: readonly (readonly string[])[] = [
  ['번', '회', '차례', '차'],
  ['표', '명'],
];

function sameCount(asked: string, unit: string): boolean {
  return SAME_COUNT.some((counters) => counters.includes(asked) && counters.some((counter) => counter !== asked && unit === counter));
}

/** Counters that count a kind of their own, whatever counter the question says before them. */
const OWN_KIND = /^개(?:국|월|년)/u;

/**
 * Whether a count's counter answers the counter a question asks with: the same counter, or both
 * generic, or counters said for one another (`SAME_COUNT`); 개국 (countries) and 개월 only when
 * the question counts those.
 * @example
 * counterFits('개', '개국') // false: "팀은 몇 개" is not "14개국"
 * counterFits('곳', '개') // true
 * counterFits('번', '차례') // true
 */
export function counterFits(asked: string, unit: string): boolean {
  const squashed = withoutSpaces(unit);
  if (OWN_KIND.test(squashed)) return asked !== '개' && squashed.startsWith(asked);
  return squashed.startsWith(asked) || (isGenericCounter(asked) && isGenericCounter(squashed)) || sameCount(asked, squashed);
}

/** The counter of a short answer that is a count ("국내 중소기업 38개사" → 개사, "1천500대" → 대), or null. */
export function counterOfAnswer(answer: string): string | null {
  const match = /\d(?:[\d,.]*)(?:\s?[십백천만억]\d*[\d,.]*)*\s?(?:여\s?)?([가-힣]{1,3}|[A-Za-z]{1,3})\s*$/u.exec(answer.trim());
  if (!match?.[1]) return null;
  // Money, dates, shares and measures are not counts.
  if (/^(원|달러|위안|엔|유로|년|월|일|시|분|초|억|조|만|천|배|퍼센트|포인트|세|살|층|호)$/u.test(match[1])) return null;
  return match[1];
}

/**
 * Whether a short answer fits the counter a count question asks: true when it is no count or the
 * question names no counter.
 */
export function answerFitsCounter(asked: string | null, answer: string): boolean {
  if (asked === null) return true;
  const given = counterOfAnswer(answer);
  if (given === null) return true;
  return counterFits(asked, given) || counterFits(asked, given.replace(/^개\s?/u, ''));
}

/** A question that asks percentage points ("몇 포인트", "몇 %p"). */
export const ASKS_POINTS = /포인트|%\s?p\b|퍼센트\s?포인트/u;

/**
 * Whether a short answer is counted as the question asks: a count in the question's counter, a
 * share in percentage points when 포인트 is asked.
 */
export function spanFitsCounter(q: { intent: string; counter: string | null; question: string }, answer: string): boolean {
  if (q.intent === 'count') return answerFitsCounter(q.counter, answer);
  if (q.intent === 'percent' && ASKS_POINTS.test(q.question)) return !/%\s*$/u.test(answer.trim());
  return true;
}

/**
 * What 얼마 asks when it follows a measure rather than a price: "무게는 얼마" (28㎏), "고도는 얼마"
 * (530㎞), "물동량은 얼마" (2,261만 TEU) a count with its unit; "연속 운전한 시간은 얼마", "추적
 * 기간은 얼마" a duration; "민감도 얼마" a share.
 */
export function measureOfHowMuch(question: string): 'count' | 'duration' | 'percent' | null {
  const asked = (nouns: string, more = '(?!나)') => howMuchOf(question, nouns, more);
  const physical = physicalMeasure(question);
  if (physical !== null) return physical;
  // "물동량은 얼마", "유효투표수 얼마야", "처리량 얼마나 늘어": a quantity or a number of things is
  // counted (2,261만 TEU, 2만6,475표), however much 얼마 sounds like a price.
  if (asked(`${QUANTITY_NOUN}|${NUMBER_NOUN}`, '')) return 'count';
  // "민감도 얼마 나왔지", "특이도는 얼마로": a test's or a measure's rate is a share (91.3%).
  if (asked(RATE_NOUN, '')) return 'percent';
  return null;
}

/** Whether a question asks 얼마 of one of `nouns` ("무게는 얼마", "물동량은 얼마인가"); `more` follows 얼마. */
function howMuchOf(question: string, nouns: string, more: string): boolean {
  return new RegExp(`(?:${nouns})(?:은|는|이|가)?\\s*(?:약\\s*|총\\s*|모두\\s*|대략\\s*)?얼마${more}`, 'u').test(question);
}

/** What 얼마 asks of a physical measure or a time: "무게는 얼마" (28㎏) a count with its unit, "추적 기간은 얼마" a duration. */
export function physicalMeasure(question: string): 'count' | 'duration' | null {
  if (howMuchOf(question, '무게|중량|고도|길이|거리|높이|깊이|두께|출력|속도|크기|너비|지름|용량|부피', '(?!나)')) return 'count';
  if (howMuchOf(question, '(?<!몇\\s?)시간|기간', '(?!나)')) return 'duration';
  return null;
}

/** A noun of quantity: 생산량, 물동량, 처리량, 물량 (not 역량, 대량, 다량, 소량, 과량, 재량, 분량 of text). */
const QUANTITY_NOUN = '[가-힣]*[가-힣](?<![역대다소과재분])량';

/** A noun of a number of things: 투표수, 관객 수, 가구수, 단수 (not 액수, 세수, 인수, 매수: sums of money and deals). */
const NUMBER_NOUN = '[가-힣]+(?<![액세매인])수';

/** Nouns of a rate measured as a share: 민감도, 특이도, 정확도, 인지도. */
const RATE_NOUN = '(?:민감|특이|정확|인지|적중|달성|충족|자급)도';

/** A question asking a quantity ("생산량 얼마야?", "물량"): no sum of money answers it. */
export function asksQuantity(question: string): boolean {
  return /[가-힣](?<![역대다소과])량/u.test(question) && !/원|달러|금액|액수|비용|돈/u.test(question);
}

/** "몇 개 분기", "몇 개 도시": the noun a question counts after a generic counter. */
const COUNTED_NOUN = /몇\s?개\s?([가-힣]{1,4}?)(?:이|가|을|를|은|는|에서|에|로|으로|만|째)?(?:\s|$|[?？])/u;

/**
 * A count shown as "5개" where the question asks "몇 개 분기" and the sentence writes "5개 분기": the
 * answer is widened to the counted noun, so it says what it counts.
 */
export function widenCountedNoun(answer: Answer, question: string): Answer {
  if (!answer.found || answer.answerKind !== 'span' || answer.answerStart === null || answer.answerEnd === null || answer.intent !== 'count') return answer;
  const noun = COUNTED_NOUN.exec(question)?.[1];
  const shown = answer.answer ?? '';
  if (!noun || noun.length < 2 || !/\d\s?개$/u.test(shown)) return answer;
  const text = answer.citations[0]?.text ?? '';
  if (text.slice(answer.answerStart, answer.answerEnd) !== shown) return answer;
  const after = new RegExp(`^\\s?${noun}`, 'u').exec(text.slice(answer.answerEnd));
  if (!after) return answer;
  const end = answer.answerEnd + after[0].length;
  return { ...answer, answer: text.slice(answer.answerStart, end), answerEnd: end };
}
