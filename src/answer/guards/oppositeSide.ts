/**
 * 반대편의 수치 (the other side's figure): "베트남 수출액 얼마였나?" is not answered "18억4천만 달러"
 * from "반도체 제조장비 수입은 18억4천만 달러로 …", nor "무역수지 흑자" by a 적자, nor "영업이익" by an
 * 영업손실. News writes both sides of such a pair side by side in one story; a question that names one
 * side and a sentence that names only the other are about different figures.
 */

/** Opposite sides of measures news reports side by side (a side may be written several ways: a loss is 손실 or 적자). */
const OPPOSITES: readonly (readonly [RegExp, RegExp])[] = [
  [/수출/u, /수입/u],
  [/흑자|이익/u, /적자|손실/u],
  [/상승/u, /하락/u],
  [/인상/u, /인하/u],
  [/찬성/u, /반대/u],
  [/유입/u, /유출/u],
  [/증가/u, /감소/u],
  [/매수/u, /매도/u],
];

/** Whether the question names one side of a pair and the sentence only the other. */
export function otherSideFigure(question: string, sentence: string): boolean {
  return OPPOSITES.some(([one, other]) => (namesOnly(question, one, other) && namesOnly(sentence, other, one)) || (namesOnly(question, other, one) && namesOnly(sentence, one, other)));
}

function namesOnly(text: string, side: RegExp, not: RegExp): boolean {
  return side.test(text) && !not.test(text);
}
