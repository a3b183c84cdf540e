/**
 * 기준일 (the date a figure is counted as of): "보스톤 라운드테이블 몇일에 열렸어" is not answered "5월
 * 3일 기준" from "5월 3일 기준 투자 유치를 논의 중인 규모는 …". A date written with 기준 (not 현재,
 * which reference prose writes of how things stand: "2013년 현재 감독회장")
 * dates a tally, not an event; a question that asks when something happened is not answered by it,
 * unless it asks the reference date itself ("몇 일 기준이야").
 */

/** What follows (or ends) an as-of date: 기준, 기준으로. */
const AS_OF = /^\s*기준(?![가-힣])|^\s*기준(?:으로|으론)/u;

/** Whether the date span at [start, end) of the sentence dates a tally, and the question asks an event's date. */
export function asOfDate(question: string, shown: string, sentence: string, end: number | null): boolean {
  if (/기준/u.test(question)) return false;
  if (/기준\s*$/u.test(shown.trim())) return true;
  return end !== null && AS_OF.test(sentence.slice(end));
}
