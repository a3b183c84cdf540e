/**
 * 질문 되풀이 덜기: the words of a shown span that only repeat the question, cut off.
 *
 * "박사모 회장은 누구인가?" answered "정광용 회장", "유교의 무엇을 국교로" answered "유교 성리학",
 * "2011년 몇 월에" answered "2011년 3월": the question already says 회장, 유교, 2011년; the answer is
 * what it does not say (정광용, 성리학, 3월). Cut are
 * - leading eojeols the question writes (a year too, when a figure follows), and
 * - for a person asked (누구), trailing eojeols the question writes (a title: 회장, 전 대통령),
 * as long as something the question does not write is left. Trailing words of other spans stay:
 * "남미 축구 선수권 대회" asked as "… 대회의 이름은?" is named with its kind noun.
 * "몇 년도에", "… 해는?" answered with a full date keeps its year ("1953년 3월 24일" → "1953년").
 */
import type { SpanQuestion } from './question.ts';

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether the question writes an eojeol of the span (its letters, or them without a closing 의). */
function echoes(eojeol: string, question: string): boolean {
  const plain = letters(eojeol);
  if (plain.length === 0) return false;
  if (/\d/u.test(plain)) return /^\d{4}년$/u.test(plain) && question.includes(plain);
  if (plain.length < 2 && plain !== '전') return false;
  return question.includes(plain) || (plain.endsWith('의') && plain.length >= 3 && question.includes(plain.slice(0, -1)));
}

/** A question asking for a year alone: "몇 년도에", "몇 년에 …", "연도는", "… 해는?" (not 몇 년 동안, 몇 월). */
const ASKS_YEAR = /(몇\s?년도|연도|(?<!학)년도|몇\s?년에|(?:^|\s)(?:[가-힣]+[한된던은는])\s?해는|해는\s*(?:언제|몇)?\s*[?？]?\s*$)/u;
const FULL_DATE = /^(\d{4}년)\s+\d{1,2}월/u;

/** Nouns of kind that stand before a name in apposition ("요양서비스 기업 사쿠라케어", "성직자 임호테프"). */
const KIND_BEFORE_NAME = new Set([
  '기업', '회사', '업체', '스타트업', '제약사', '기관', '단체', '법인', '브랜드', '그룹', '구단', '팀',
  '래퍼', '가수', '배우', '멤버', '선수', '감독', '작가', '성직자', '학자', '화가', '시인', '장군', '왕',
]);

/**
 * "일본 요양서비스 기업 사쿠라케어", "미국의 래퍼 Snoop Dogg": a description, a noun of its kind, and
 * then the name — the name is the answer (a question asks which company, not how it is described).
 */
export function nameAfterKind(sentence: string, start: number, end: number): { start: number; end: number } {
  const text = sentence.slice(start, end);
  const words = text.split(' ');
  if (words.length < 2) return { start, end };
  const last = words[words.length - 1] ?? '';
  const kind = (words[words.length - 2] ?? '').replace(/의$/u, '');
  if (!KIND_BEFORE_NAME.has(kind) || letters(last).length < 2) return { start, end };
  return { start: end - last.length, end };
}

/** A year asked ("몇 년도에"), a full date given: the year's offsets; null otherwise. */
export function yearAsked(sentence: string, start: number, end: number, asked: string): { start: number; end: number } | null {
  if (!ASKS_YEAR.test(asked) || /월|며칠|날짜/u.test(asked)) return null;
  const date = FULL_DATE.exec(sentence.slice(start, end));
  return date?.[1] ? { start, end: start + date[1].length } : null;
}

/** The span with its echoes cut (new offsets into `sentence`); the span itself when nothing is cut. */
export function trimEcho(sentence: string, start: number, end: number, question: SpanQuestion, asked: string): { start: number; end: number } {
  const compact = letters(asked);
  let from = start;
  let to = end;
  const span = () => sentence.slice(from, to);
  const year = yearAsked(sentence, from, to, asked);
  if (year) return year;
  for (;;) {
    const text = span();
    const space = text.indexOf(' ');
    if (space <= 0) break;
    const first = text.slice(0, space);
    const rest = text.slice(space + 1).trimStart();
    if (!echoes(first, compact) || letters(rest).length < 2 || compact.includes(letters(rest))) break;
    // A year is cut only before a further figure ("2011년 3월"), never before a name.
    if (/\d/u.test(first) && !/^\d/u.test(rest)) break;
    from = to - rest.length;
  }
  if (question.wh === 'who') {
    for (;;) {
      const text = span();
      const space = text.lastIndexOf(' ');
      if (space <= 0) break;
      const last = text.slice(space + 1);
      const rest = text.slice(0, space).trimEnd();
      if (!echoes(last, compact) || letters(rest).length < 2 || compact.includes(letters(rest))) break;
      to = from + rest.length;
    }
  }
  return { start: from, end: to };
}
