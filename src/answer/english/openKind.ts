/**
 * What an open English question may be answered with (열린 영어 질문의 답 종류).
 *
 * "Which biohealth plan did the policy chief vow to implement?" asks a thing; when the Korean
 * reading has lost what is asked, the span ranker may answer with the only sure span of the
 * sentence it found — the event's date and hour ("27일 오후 4시"). A question that asked no date
 * (its intent is not 'date') is not answered by a bare date or time; the sentence stays evidence.
 */
import { glossary } from './glossary.ts';

/** A span that is only a date or a time of day: "27일 오후 4시", "4월 28일", "2023년 5월", "오후 4시 30분". */
const BARE_DATE = /^(?:(?:\d{2,4}년|\d{1,2}월|\d{1,2}일|오전|오후|\d{1,2}시|\d{1,2}분|\d{1,2}\.\d{1,2}\.?|\([월화수목금토일]\)|현지\s*시간|\(현지\s*시간\))\s*)+$/u;

/** "Which day", "what time", "how long ago": questions whose open reading may still want a date. */
const DATE_WORDS = /\b(?:date|day|days|year|years|month|months|time|hour|when|deadline|schedule|period)\b/iu;

/**
 * @name dateAnswersOpen
 * @description
 * 날짜를 묻지 않은 열린 영어 질문의 답이 날짜·시각뿐이면 false: "Which plan …?"에 "27일 오후 4시"는 답이 아니다.
 */
export function dateAnswersOpen(question: string, answer: string): boolean {
  // The English rendering after it ("(2026-03-05)", "(about KRW …)") is no part of the Korean span.
  const shown = answer.replace(/\s*\([^()가-힣]*\)\s*$/u, '').trim();
  if (shown.length === 0 || !BARE_DATE.test(shown)) return true;
  return DATE_WORDS.test(question);
}

/** "…, research or workforce training?": the two choices a question ends on. */
const CHOICE_END = /(?:^|[,;:—–-]\s*|\bwhat\s+)([a-z][a-z\s-]{1,40}?)\s+or\s+([a-z][a-z\s-]{1,40}?)\s*\?\s*$/iu;

/**
 * @name choiceAnswered
 * @description
 * "A or B?"로 끝나는 영어 질문이면, 짧은 답이 둘 중 하나의 한국어(용어집)를 담아야 한다. 선택지를 옮길 수
 * 없으면(용어집에 없는 낱말뿐) 판단하지 않고 true.
 * @example
 * choiceAnswered('An MOU on what, research or workforce training?', '메사추세츠 종합병원') // false
 */
export function choiceAnswered(question: string, answer: string): boolean {
  const match = CHOICE_END.exec(question);
  if (!match) return true;
  const book = glossary();
  const spellings = [match[1] ?? '', match[2] ?? ''].map((choice) =>
    choice
      .toLowerCase()
      .split(/[\s-]+/u)
      .filter((word) => word.length > 2)
      .flatMap((word) => book.lookup([word])?.korean ?? []),
  );
  if (spellings.some((korean) => korean.length === 0)) return true;
  const shown = answer.replace(/\s+/gu, '');
  return spellings.some((korean) => korean.some((spelling) => shown.includes(spelling.replace(/\s+/gu, ''))));
}

/** Words before a figure that make it an average (평균 21.3점), a per-head or per-unit figure. */
const AVERAGE_BEFORE = /(?:평균|경기당|1인당|인당|하루\s*평균|연평균)\s*$/u;

/** English that asks an average or a rate per something. */
const AVERAGE_ASKED = /\b(?:average|mean|per|each|a game|a day|a year|annual(?:ly)?|typical)\b/iu;

/**
 * @name averageUnasked
 * @description
 * 평균을 묻지 않은 영어 질문에 "평균 21.3점"의 21.3점은 답이 아니다: "How many points did X score?"는
 * 그 경기의 득점을 묻는다. 답이 문장에서 평균·경기당 뒤에 오면 true.
 */
export function averageUnasked(question: string, answer: string, sentence: string): boolean {
  if (AVERAGE_ASKED.test(question)) return false;
  const shown = answer.replace(/\s*\([^()가-힣]*\)\s*$/u, '').trim();
  const at = shown.length > 0 ? sentence.indexOf(shown) : -1;
  return at >= 0 && AVERAGE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at));
}

/** "On what date …", "from which day …", "the exact date": a day is asked, not a year or a month. */
const DAY_ASKED = /\b(?:what|which|exact)\s+(?:exact\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:date|day)\b/iu;

/** A day the span names ("3월 2일", "28일", "4.26", "2026-03-02"). */
const DAY_SHOWN = /\d\s*일|\d{1,2}\.\s?\d{1,2}|\d{4}-\d{2}-\d{2}|[월화수목금토일]요일|오늘|내일|어제|모레/u;

/**
 * @name dayUnanswered
 * @description
 * 날짜(며칠)를 물은 영어 질문에 날(일)이 없는 답(연도·달뿐: "2025년 기준", "10월")이면 true.
 * @example
 * dayUnanswered('From what date can people get the shot?', '2025년 기준') // true
 * dayUnanswered('From what date can people get the shot?', '3월 2일') // false
 */
export function dayUnanswered(question: string, answer: string): boolean {
  const shown = answer.replace(/\s*\([^()가-힣]*\)\s*$/u, '').trim();
  return DAY_ASKED.test(question) && shown.length > 0 && !DAY_SHOWN.test(shown);
}

/**
 * @name dayUnstated
 * @description
 * 날(며칠)을 물은 영어 질문에 근거 문장으로 답했는데 그 문장에 날이 없으면(달뿐: "오는 10월") true: 기사가 말하지 않은 것.
 * @example
 * dayUnstated('On which October day does the fair open?', '박람회는 오는 10월 LA에서 열린다.') // true
 */
export function dayUnstated(question: string, sentence: string): boolean {
  return DAY_ASKED.test(question) && sentence.length > 0 && !DAY_SHOWN.test(sentence);
}
