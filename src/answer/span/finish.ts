/**
 * 답 마무리: the last shaping of a shown span, whichever reader chose it (a rule's figure, a slot
 * reader, the scorer). A name's alias in parentheses stays out: "수시력(授時曆)" is asked as 수시력.
 *
 * - A figure's ending that only says how the figure is used is cut: "6개월간", "2년마다",
 *   "3살때" — the value asked is "6개월", "2년", "3살". "12년 만" stays: "만" says it is the first
 *   time in 12 years, which a briefing keeps.
 * - A leading word that only points at the figure or frames it is cut: "무려 3천만 원",
 *   "이에 따라 파나마", "흔히 청파막" → "3천만 원", "파나마", "청파막". "지난 5일" keeps 지난: it dates the day.
 *
 * - A length of time is read with its half: "3년 반", not "3년".
 * - A name's alias in parentheses at the span's end is cut: "호법심(護法心)", "힛잇(HIT IT)" → the
 *   name as the article uses it (on KorQuAD, answers beside such an alias leave it out 75 times to 8).
 * - The question's own frame before its figure is cut: "최대 몇 시간" answered "최대 17시간",
 *   "2011년 몇 월" answered "2011년 3월" — the value asked is "17시간", "3월". A qualifier of an
 *   estimate after it ("140개 정도", "5명 가량") goes always.
 *
 * Readers' figures keep 부터/까지/전/후 ("2030년 6월까지" asked 언제까지): those change the answer.
 */

import { leadsIn } from './trim.ts';
import { letters } from './echoTrim.ts';

/** A unit a figure is counted in, then an ending that is not part of the value. */
const USE_ENDING = /(\d[\d,.]*\s*[가-힣]*?(?:년|개월|달|주|일|시간|분|초|살|세|번|회|차|배))\s*(?:간|동안|마다|때)$/u;

/** A length of time, and "반" (a half) written after it as its own word: "3년 반", "1시간 반의". */
const HALF_AFTER = /^\s반(?=$|[\s,.·)]|(?:이|의|을|만|동안|간|가|은|에|도)(?:$|[\s,.]))/u;
const TIME_LENGTH = /\d\s*(?:년|개월|달|주|시간|일)$/u;

/**
 * A trailing alias in parentheses after a name of at least two letters: "수시력(授時曆)", or a weekday
 * after a date ("4.26(수)"). Parentheses with a figure stay: "59억 달러(약 7조9000억 원)" is asked in won too.
 */
const TRAILING_ALIAS = /(?<=[\p{L}\p{N}]{2}[》〉」』]?)\s?\([^()\d]+\)$/u;

/**
 * Words after a figure that only say it is an estimate. A bound ("65세 이상", "3년 이내") or a run
 * ("6주 연속") stays even when the question writes it: news answers keep it ("몇 세 이상인가" → "65세 이상").
 */
const ESTIMATE = new Set(['정도', '가량', '남짓', '내외', '쯤', '안팎']);

/**
 * The figure's frame, cut: a leading word the question writes before a figure ("최대", a year
 * before a month), and a trailing qualifier of an estimate (see ESTIMATE).
 */
function withoutFrame(sentence: string, start: number, end: number, asked: string | undefined): { start: number; end: number } {
  let from = start;
  let to = end;
  const compact = asked === undefined ? null : letters(asked);
  for (;;) {
    const text = sentence.slice(from, to);
    const space = text.lastIndexOf(' ');
    if (space <= 0 || !/\d/u.test(text.slice(0, space))) break;
    const last = text.slice(space + 1);
    if (!ESTIMATE.has(last)) break;
    to = from + text.slice(0, space).trimEnd().length;
  }
  if (compact === null) return { start: from, end: to };
  const text = sentence.slice(from, to);
  const space = text.indexOf(' ');
  const first = text.slice(0, space);
  const rest = text.slice(space + 1).trimStart();
  // Two letters at least ("최대", "2011년"), and a figure after it whose first word the question
  // does not write ("1월 20일 오전 1시" asked "1월 20일 … 몇 시에" keeps its date whole).
  const next = rest.split(' ')[0] ?? '';
  if (space > 0 && /^\d/u.test(rest) && letters(first).length >= 2 && compact.includes(letters(first)) && !compact.includes(letters(next))) {
    from = to - rest.length;
  }
  return { start: from, end: to };
}

/**
 * The span as finished (new offsets into `sentence`); the span itself when nothing changes.
 * `asked`, the question as written, lets the question's own frame around a figure go.
 */
export function finishSpan(sentence: string, start: number, end: number, asked?: string): { start: number; end: number } {
  let from = start;
  let to = end;
  for (;;) {
    const text = sentence.slice(from, to);
    const space = text.indexOf(' ');
    if (space <= 0 || !leadsIn(text.slice(0, space))) break;
    from += space + 1;
    while (sentence[from] === ' ') from++;
  }
  const alias = TRAILING_ALIAS.exec(sentence.slice(from, to));
  if (alias) to = from + alias.index;
  const framed = withoutFrame(sentence, from, to, asked);
  from = framed.start;
  to = framed.end;
  const use = USE_ENDING.exec(sentence.slice(from, to));
  if (use?.[1]) to = from + use.index + use[1].length;
  // The half is part of the length: "3년 반" read as "3년" is another figure.
  const half = TIME_LENGTH.test(sentence.slice(from, to)) ? HALF_AFTER.exec(sentence.slice(to)) : null;
  if (half) to += half[0].length;
  return { start: from, end: to };
}
