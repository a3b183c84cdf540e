/**
 * 다른 회차 (another round of the same series): "시리즈B에서 유치한 투자 금액" is not answered by
 * "820억 원 규모의 시리즈C 투자", nor "3분기 영업이익" by "2분기 영업이익은 …", nor "2단계 사업비" by
 * the 1단계 one. A question naming one round of a numbered series, over a sentence that names other
 * rounds of that series and not it, asks a figure the sentence does not give.
 */

/** Numbered series news writes figures by: investment rounds, quarters, half-years, stages, rounds (차). */
const SERIES: readonly RegExp[] = [
  /시리즈\s?([A-Z])(?![A-Za-z])/gu,
  /(?<![\d.])([1-4])\s?분기/gu,
  /([상하])반기/gu,
  /(?<![\d.])(\d{1,2})\s?단계/gu,
  /제?(?<![\d.])(\d{1,2})\s?차(?=\s|[을를이가은는의에로와과]|$)/gu,
];

function rounds(series: RegExp, text: string): Set<string> {
  return new Set([...text.matchAll(series)].map((match) => (match[1] ?? '').toUpperCase()));
}

/** Whether `sentence` names other rounds of a series the question names one of, and not that one. */
export function otherRound(question: string, sentence: string): boolean {
  return SERIES.some((series) => {
    const asked = rounds(series, question);
    if (asked.size === 0) return false;
    const stated = rounds(series, sentence);
    return stated.size > 0 && ![...asked].some((round) => stated.has(round));
  });
}
