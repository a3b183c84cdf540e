/**
 * 반대편의 수치 (the other side's figure): "베트남 수출액 얼마였나?" is not answered "18억4천만 달러"
 * from "반도체 제조장비 수입은 18억4천만 달러로 …", nor "무역수지 흑자" by a 적자, nor "영업이익" by an
 * 영업손실. News writes both sides of such a pair side by side in one story; a question that names one
 * side and a sentence that names only the other are about different figures.
 */

/** Pairs of opposite measures news reports side by side. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['수출', '수입'],
  ['흑자', '적자'],
  ['이익', '손실'],
  ['상승', '하락'],
  ['인상', '인하'],
  ['찬성', '반대'],
  ['유입', '유출'],
  ['증가', '감소'],
  ['매수', '매도'],
];

/** Whether the question names one side of a pair and the sentence only the other. */
export function otherSideFigure(question: string, sentence: string): boolean {
  return OPPOSITES.some(([one, other]) => namesOnly(question, one, other) && namesOnly(sentence, other, one) || namesOnly(question, other, one) && namesOnly(sentence, one, other));
}

function namesOnly(text: string, side: string, not: string): boolean {
  return text.includes(side) && !text.includes(not);
}
