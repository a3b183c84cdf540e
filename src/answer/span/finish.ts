/**
 * 답 마무리: the last shaping of a shown span, whichever reader chose it (a rule's figure, a slot
 * reader, the scorer).
 *
 * - A figure's ending that only says how the figure is used is cut: "40분만에" read as "40분만",
 *   "6개월간", "3년 만", "2년마다", "3살때" — the value asked is "40분", "6개월", "3년".
 * - A leading word that only points at the figure or frames it is cut: "지난 2009년 6월",
 *   "무려 3천만 원", "이에 따라 파나마" → "2009년 6월", "3천만 원", "파나마".
 * - A name written with its other spelling in parentheses right after it ("유니시(Unish)",
 *   "참여연대(PSPD)", "유흠(劉歆)") is shown with it: the article defines the name so.
 *
 * Readers' figures keep 부터/까지/전/후 ("2030년 6월까지" asked 언제까지): those change the answer.
 */

import { LEADING_FILLERS } from './trim.ts';

/** A unit a figure is counted in, then an ending that is not part of the value. */
const USE_ENDING = /(\d[\d,.]*\s*[가-힣]*?(?:년|개월|달|주|일|시간|분|초|살|세|번|회|차|배))\s*(?:만|간|동안|마다|때)$/u;


/** An alias in parentheses: letters (Latin, Hangul, Hanja) and spaces, dots or hyphens; no figure. */
const ALIAS = /^\(([\p{L}][\p{L}\s.·&'-]{0,19})\)/u;
/** What news writes in parentheses that is not another name: a photo's place, a tag, "이하 …". */
const NOT_ALIAS = /^(?:사진|왼쪽|오른쪽|가운데|좌측|우측|앞줄|뒷줄|가칭|가명|종합|상보|속보|이하|현지|한국시간|공동|대표|단독|영상|자료|그래픽)/u;
/** Longest span an alias is added to, in characters: a phrase with a parenthesis is not a name. */
const MAX_NAMED_CHARS = 20;

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
  const span = sentence.slice(from, to);
  const alias = ALIAS.exec(sentence.slice(to));
  // Only a name: no digit, no parenthesis of its own, not a whole phrase.
  const named = alias?.[1] !== undefined && !NOT_ALIAS.test(alias[1]) && (!/^\p{Script=Hangul}/u.test(alias[1]) || alias[1].length >= 3);
  if (alias && named && !/[\d()]/u.test(span) && span.length <= MAX_NAMED_CHARS && /\p{L}$/u.test(span)) to += alias[0].length;
  return { start: from, end: to };
}
