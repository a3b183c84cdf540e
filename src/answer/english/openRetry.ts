/**
 * An English question the figure reader left unanswered, asked again open (열린 질문으로 다시 묻기).
 *
 * "How much was the reserve fund set at?" is read "예비비 규모 얼마": the Korean figure reader looks for
 * the one amount of the 예비비 and, when its sentence holds several ("정부안 4조8천억 원에서 1조 원이
 * 삭감된 3조8천억 원으로 결정됐다"), refuses. Asked open ("예비비?") the span ranker weighs the whole
 * sentence and may pick the amount. Its span is kept only when it is a figure of the kind the English
 * asked (an amount for "how much") and passes every check an English answer of that kind must pass.
 */
import type { QuestionIntent } from '../types.ts';
import type { EnglishQuestion } from './translate.ts';

/** Intents asked again open: a figure with its unit says by itself whether it is of the kind asked. */
const RETRIED = new Set<QuestionIntent>(['money']);

/** The Korean cue words a money question adds (규모 얼마): dropped when it is asked open. */
const MONEY_CUES = new Set(['규모', '얼마', '금액']);

/** An amount as Korean news writes it: "3조8천억 원", "약 22억 원", "1500만달러", "3만2천 원". */
const AMOUNT = /^(?:약|총|최대|최소|연)?\s*\d[\d,.]*\s*(?:[조억만천백]\s*[\d,.]*\s*)*(?:원|달러|유로|엔|위안|파운드)(?:\s*(?:이상|가량|안팎|수준|규모))?$/u;

/** Most characters an amount answer may have (a longer span is a clause, not a figure). */
const MAX_AMOUNT = 24;

/**
 * @name openReading
 * @description
 * 수치를 묻는 영어 질문을 큐 낱말 없이 열린 질문으로: "예비비 규모 얼마" → "예비비?". 다시 물을 의도가 아니면 null.
 */
export function openReading(english: EnglishQuestion): EnglishQuestion | null {
  if (english.intent === null || !RETRIED.has(english.intent) || english.unknown.length > 0 || english.claim) return null;
  const words = english.korean.replace(/\?$/u, '').split(/\s+/u).filter((word) => word.length > 0 && !MONEY_CUES.has(word));
  if (words.length === 0) return null;
  return { ...english, korean: `${words.join(' ')}?`, intent: null, expands: null, identifies: null };
}

/**
 * @name figureOfIntent
 * @description
 * 열린 질문의 답이 영어가 물은 종류의 수치인지: 돈을 물었으면 "3조8천억 원"처럼 단위가 붙은 금액 하나.
 * 뒤에 붙는 영어 풀이("(about KRW 3.8 trillion)")는 빼고 본다.
 */
export function figureOfIntent(answer: string, intent: QuestionIntent | null): boolean {
  const korean = answer.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  if (korean.length === 0 || korean.length > MAX_AMOUNT) return false;
  if (intent === 'money') return AMOUNT.test(korean);
  return false;
}
