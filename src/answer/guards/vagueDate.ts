/**
 * "패키지 신청 언제부터야?" is not answered "올해" read off a sentence that never says 신청: a vague
 * time ("올해", "지난해", "2027년 하반기") from a sentence that does not name the event asked is a guess
 * about another event of that year. A precise date there may still be the event's (a plan's dates
 * are often written without its noun), so only vague times are refused.
 */
import { withoutSpaces } from '../../korean/normalize.ts';

/** A time that names no day or month: a relative year, or a year's half or end. */
const VAGUE_TIME = /^(?:올해|지난해|작년|내년|금년|재작년|이날|당시|최근|현재|\d{4}년\s?(?:상반기|하반기|초|말|중|께))$/u;

/** Words before 언제 that say nothing of the event ("정확히 언제", "날짜 언제"). */
const NOT_EVENT = new Set(['정확히', '대체', '도대체', '그럼', '그래서', '대략', '처음', '최초', '다시', '또', '이번', '날짜', '시기', '시점', '일정', '날', '때', '해', '연도', '일시', '시각', '시간', '기간']);

/** Particles and verb endings glued to the event noun ("개통은", "입주한", "신청하는"). */
const ENDING = /(?:은|는|이|가|을|를|의|도|에|에서|로|으로|엔|에는|까지|부터|이랑|랑|한|된|했|하는|할|한게|한거|된게|된거|된건|한건|했던|되는|될)$/u;

/** The event a 언제 question asks the time of: the noun before 언제 ("개통 정확히 언제" → 개통), or null. */
export function askedEvent(question: string): string | null {
  const words = question.replace(/[?？!.,"'“”‘’]/gu, ' ').split(/\s+/u).filter(Boolean);
  const at = words.findIndex((word) => /^(?:언제|며칠)/u.test(word));
  for (let i = at - 1; i >= 0; i--) {
    const word = (words[i] ?? '').replace(ENDING, '');
    if (NOT_EVENT.has(word) || NOT_EVENT.has(words[i] ?? '')) continue;
    return /^[가-힣]{2,}$/u.test(word) ? word : null;
  }
  return null;
}

/** Whether a vague time answers a 언제 question from a sentence that never names the event asked. */
export function vagueTimeElsewhere(question: string, shown: string, sentence: string): boolean {
  if (!VAGUE_TIME.test(shown.trim())) return false;
  const event = askedEvent(question);
  return event !== null && !withoutSpaces(sentence).includes(event.slice(0, 2));
}
