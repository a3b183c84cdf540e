/**
 * 기간의 양 끝 (both ends of a span of dates): "언제부터 언제까지야?" is answered by "다음 달 2일부터
 * 16일까지" whole, not by one of its ends.
 */
import type { Answer } from './types.ts';

/** A question asking from when until when ("언제부터 언제까지", "며칠부터 며칠까지"). */
export function asksRange(question: string): boolean {
  return /부터/u.test(question) && /까지/u.test(question);
}

/**
 * Whether a question's date answer is widened to the span of dates it is one end of: a range asked
 * ("언제부터 언제까지"), or a date asked with 언제 that asks neither end ("공연은 언제 열리나" →
 * "2월 6일부터 8일까지", not "8일까지"); not "언제 시작", "마감은 언제".
 */
export function widensToRange(question: string, intent: string): boolean {
  if (asksRange(question)) return true;
  return intent === 'date' && /언제/u.test(question) && !ONE_END.test(question);
}

/** Words that ask one end of a span: its start or its end. */
const ONE_END = /부터|까지|시작|개시|끝나|끝난|종료|마감|마무리|첫날|마지막|개막|폐막|개장|착공|준공|완공|출시|처음|언제쯤/u;

/** A figure's lower end written before it: "15만∼20만 원" (the answer "20만 원"), "3~4%". */
const LOWER_END = /(?<![\d.,])\d[\d,.]*(?:[조억만천]\d*)*\s?[~∼〜]\s?$/u;

/**
 * A figure answer widened to the range it is the upper end of ("15만∼20만 원"), in the first citation;
 * unchanged when nothing stands before it.
 */
export function widenFigureRange(answer: Answer): Answer {
  if (!answer.found || answer.answerKind !== 'span' || answer.answerStart === null || answer.answerEnd === null) return answer;
  if (!['money', 'percent', 'count', 'area', 'duration'].includes(answer.intent)) return answer;
  const text = answer.citations[0]?.text ?? '';
  const shown = answer.answer ?? '';
  if (text.slice(answer.answerStart, answer.answerEnd) !== shown || !/^\d/u.test(shown)) return answer;
  const lower = LOWER_END.exec(text.slice(Math.max(0, answer.answerStart - 16), answer.answerStart));
  if (!lower) return answer;
  const start = answer.answerStart - lower[0].length;
  return { ...answer, answer: text.slice(start, answer.answerEnd), answerStart: start };
}

/** One end of a span of dates as news writes it: "다음 달 2일", "2028년 1월", "16일", "6월 30일(화)". */
const END = String.raw`(?:(?:(?:다음|지난|오는|이번)\s?달|내달|내년|올해|지난해|(?:19|20)\d{2}년)\s?)?(?:\d{1,2}월\s?)?(?:\d{1,2}일(?:\s?\([^)]{1,3}\))?)?`;

/** "A부터 B까지", each end a date of at least a month or a day. */
const RANGE = new RegExp(String.raw`(?<![\d가-힣])(${END})\s?부터\s?(${END})\s?까지`, 'gu');

/** "3일과 4일 이틀간", "5월 2일, 3일 양일": two days told as one span by the word after them. */
const PAIR = new RegExp(String.raw`(?<![\d가-힣])(${END})\s?(?:과|와|,|및)\s?(${END})(?=\s?(?:이틀|사흘|나흘|양일|양일간|동안))`, 'gu');

/**
 * The answer widened to the span of dates its span is one end of, in the first citation; the
 * answer unchanged when it is no such end.
 */
export function widenToRange(answer: Answer): Answer {
  if (!answer.found || answer.answerKind !== 'span' || answer.answerStart === null || answer.answerEnd === null) return answer;
  const text = answer.citations[0]?.text ?? '';
  for (const match of [...text.matchAll(RANGE), ...text.matchAll(PAIR)]) {
    const [whole, from, until] = match;
    if (!/\d/u.test(from ?? '') || !/\d/u.test(until ?? '') || (match[0].includes('부터') === false && !/일/u.test(from ?? ''))) continue;
    const start = match.index ?? 0;
    const end = start + whole.length;
    if (start < answer.answerEnd && answer.answerStart < end) {
      return { ...answer, answer: text.slice(start, end), answerStart: start, answerEnd: end };
    }
  }
  return answer;
}
