/**
 * 기간의 양 끝 (both ends of a span of dates): "언제부터 언제까지야?" is answered by "다음 달 2일부터
 * 16일까지" whole, not by one of its ends.
 */
import type { Answer } from './types.ts';

/** A question asking from when until when ("언제부터 언제까지", "며칠부터 며칠까지"). */
export function asksRange(question: string): boolean {
  return /부터/u.test(question) && /까지/u.test(question);
}

/** One end of a span of dates as news writes it: "다음 달 2일", "2028년 1월", "16일", "6월 30일(화)". */
const END = String.raw`(?:(?:(?:다음|지난|오는|이번)\s?달|내달|내년|올해|지난해|(?:19|20)\d{2}년)\s?)?(?:\d{1,2}월\s?)?(?:\d{1,2}일(?:\s?\([^)]{1,3}\))?)?`;

/** "A부터 B까지", each end a date of at least a month or a day. */
const RANGE = new RegExp(String.raw`(?<![\d가-힣])(${END})\s?부터\s?(${END})\s?까지`, 'gu');

/**
 * The answer widened to the span of dates its span is one end of, in the first citation; the
 * answer unchanged when it is no such end.
 */
export function widenToRange(answer: Answer): Answer {
  if (!answer.found || answer.answerKind !== 'span' || answer.answerStart === null || answer.answerEnd === null) return answer;
  const text = answer.citations[0]?.text ?? '';
  for (const match of text.matchAll(RANGE)) {
    const [whole, from, until] = match;
    if (!/\d/u.test(from ?? '') || !/\d/u.test(until ?? '')) continue;
    const start = match.index ?? 0;
    const end = start + whole.length;
    if (start < answer.answerEnd && answer.answerStart < end) {
      return { ...answer, answer: text.slice(start, end), answerStart: start, answerEnd: end };
    }
  }
  return answer;
}
