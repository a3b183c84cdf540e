/**
 * 답 마무리: the last shaping of a shown span, whichever reader chose it (a rule's figure, a slot
 * reader, the scorer). A name's alias in parentheses stays out: "수시력(授時曆)" is asked as 수시력.
 *
 * - A figure's ending that only says how the figure is used is cut: "6개월간", "2년마다",
 *   "3살때" — the value asked is "6개월", "2년", "3살". "12년 만" stays: "만" says it is the first
 *   time in 12 years, which a briefing keeps.
 * - A leading word that only points at the figure or frames it is cut: "무려 3천만 원",
 *   "이에 따라 파나마" → "3천만 원", "파나마". "지난 5일" keeps 지난: it dates the day.
 *
 * Readers' figures keep 부터/까지/전/후 ("2030년 6월까지" asked 언제까지): those change the answer.
 */

import { LEADING_FILLERS } from './trim.ts';

/** A unit a figure is counted in, then an ending that is not part of the value. */
const USE_ENDING = /(\d[\d,.]*\s*[가-힣]*?(?:년|개월|달|주|일|시간|분|초|살|세|번|회|차|배))\s*(?:간|동안|마다|때)$/u;


/** The span as finished (new offsets into `sentence`); the span itself when nothing changes. */
export function finishSpan(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  for (;;) {
    const text = sentence.slice(from, to);
    const space = text.indexOf(' ');
    if (space <= 0 || !LEADING_FILLERS.has(text.slice(0, space))) break;
    from += space + 1;
    while (sentence[from] === ' ') from++;
  }
  const use = USE_ENDING.exec(sentence.slice(from, to));
  if (use?.[1]) to = from + use.index + use[1].length;
  return { start: from, end: to };
}
