/**
 * 변화의 기준값 (the value a change is measured from): "지역균형 모집인원은 몇 명 늘어나는가?" over
 * "… 2028학년도 8,640명에서 2029학년도 1만310명으로 1,670명 늘어난다" is not "8,640명", and "지원
 * 규모는 … 어느 정도 늘었나?" over "2년 전의 1,120억 원보다 2.5배 이상 늘었지만" is not "1,120억 원".
 * A question that asks by how much something changed is answered by the amount its change verb
 * follows; a figure written as the baseline ("…에서", "…보다", "… 대비") beside such an amount is the
 * other end of the comparison, and read out it would be a wrong figure.
 */
import { asksChangeAmount, isChangeAmount } from '../change.ts';

/** "어느 정도 늘었나", "얼마만큼 줄었어", "몇 배 뛰었나": a change asked without 얼마나/몇 + unit. */
const ASKS_HOW_FAR = /(?:어느\s?정도|얼마만큼|몇\s?배)[^?？]*(?:늘|줄|증가|감소|올랐|오른|올라|오르|내렸|내린|떨어|상승|하락|높아|낮아|확대|축소|급증|급감|뛰|삭감|증액|감액|깎)/u;

/** What follows a baseline figure: 에서 (then the new value), 보다, 대비, 에 비해. */
const BASELINE_AFTER = /^\s*(?:에서|보다|대비|에\s?비해|과\s?비교해|와\s?비교해)(?=[\s,]|$)/u;

/** A number as news writes it, with its unit ("1,670명", "2.5배", "4.2%", "3만 톤"). */
const FIGURE = /\d[\d,.]*(?:\s?[만억조천](?:\d[\d,.]*)?)*\s?(?:%포인트|%p|[%％]|배|[가-힣A-Za-z]{1,3})?/gu;

/** Whether a question asks by how much something changed. */
export function asksHowMuchChanged(question: string): boolean {
  return asksChangeAmount(question) || ASKS_HOW_FAR.test(question);
}

/**
 * Whether the span at [start, end) of `sentence` is the baseline of a change whose amount the same
 * sentence states, shown for a question that asks the change.
 */
export function baselineForChange(question: string, sentence: string, start: number, end: number): boolean {
  if (!asksHowMuchChanged(question) || !BASELINE_AFTER.test(sentence.slice(end))) return false;
  for (const match of sentence.matchAll(FIGURE)) {
    const at = match.index ?? 0;
    if (at < end) continue;
    if (isChangeAmount(sentence, at + match[0].length)) return true;
  }
  return false;
}
