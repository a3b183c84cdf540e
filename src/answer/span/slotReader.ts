/**
 * 빈칸 읽기 (slot reader): the second reader beside the span scorer for questions that ask for
 * one slot whose kind a typed reader of the answer stage reads exactly — a person with a title
 * for 누구 ("랩센트럴 대표는 누구" → 요하네스 프로이하우프 랩센트럴 대표), a place where something
 * is held or built for 어디 ("세계 한상대회 어디서 열린대" → 미국 LA).
 *
 * Why: the span scorer is fitted on encyclopedia questions, where a person or place answer is
 * seldom a news sentence's titled name or venue; on chatty who/where questions over news its
 * winner is often a loose noun ("행사", "가치동맹") below the threshold, and the bot said "not in
 * the articles" although the rule had read the slot from the best sentence. The rule's span is
 * given when the question's slot is exactly the rule's kind and the model is not sure of another
 * span; the model's own confidence in the rule's span is reported, not raised.
 */
import type { SpanQuestion } from './question.ts';

/** Focus nouns that ask for a person's name ("원장 이름 뭐였지"). */
const NAME_FOCUS = /^(이름|성함|실명)$/u;

/**
 * Whether the question's slot is exactly the kind the answer stage's rule read for `intent`:
 * a person asked with 누구/누가 (or "… 이름"), a place asked with 어디 (or 어느 도시/나라).
 */
export function slotFitsRule(question: SpanQuestion, intent: string): boolean {
  if (intent === 'person') return question.wh === 'who' || (question.focus !== null && NAME_FOCUS.test(question.focus));
  if (intent === 'place') return question.wh === 'where';
  return false;
}
