/**
 * 빈칸 읽기 (slot reader): the second reader beside the span scorer for questions that ask for
 * one slot whose kind a typed reader of the answer stage reads exactly — a person with a title
 * for 누구 ("랩센트럴 대표는 누구" → 요하네스 프로이하우프 랩센트럴 대표), a place where something
 * is held or built for 어디 ("세계 한상대회 어디서 열린대" → 미국 LA), a time figure written as the
 * question asks for it ("몇 년 만이래" → 12년 만).
 *
 * Why: the span scorer is fitted on encyclopedia questions, where a person or place answer is
 * seldom a news sentence's titled name or venue; on chatty who/where questions over news its
 * winner is often a loose noun ("행사", "가치동맹") below the threshold, and the bot said "not in
 * the articles" although the rule had read the slot from the best sentence. The rule's span is
 * given when the question's slot is exactly the rule's kind and the model is not sure of another
 * span; the model's own confidence in the rule's span is reported, not raised.
 */
import type { Fact } from '../../facts/types.ts';
import { disassemble, getChoseong, isChoseongOnly, withinEdits } from '../../korean/jamo.ts';
import type { SpanQuestion } from './question.ts';
import { withoutSpaces } from '../../korean/normalize.ts';

/** Focus nouns that ask for a person's title ("직함 뭐야"). */
const TITLE_FOCUS = /^(직함|직책|직위)$/u;

/** Focus nouns that ask for a person's name ("원장 이름 뭐였지"). */
const NAME_FOCUS = /^(이름|성함|실명|풀네임|직함|직책|직위)$/u;

/**
 * Whether the question's slot is exactly the kind the answer stage's rule read for `intent`:
 * a person asked with 누구/누가 (or "… 이름"), a place asked with 어디 (or 어느 도시/나라).
 */
export function slotFitsRule(question: SpanQuestion, intent: string, ruleText = ''): boolean {
  if (intent === 'person') return question.wh === 'who' || (question.focus !== null && NAME_FOCUS.test(question.focus));
  if (intent === 'place') return question.wh === 'where';
  if (intent === 'duration' || intent === 'date') return askedAsWritten(question.compact, ruleText);
  if (intent === 'money') return moneyAsAsked(question.compact, ruleText);
  return false;
}

/** Currencies and hedges a money question may name ("달러로", "최대 얼마"). */
const MONEY_MARKS = ['달러', '유로', '엔화', '위안', '파운드', '최대', '최소', '최고', '이상', '미만'];

/**
 * Whether an amount is the one the question asks for by its own words: the currency or the hedge
 * it names is the amount's ("투자 유치 얼마 … 달러로" and "59억 달러", "최대 얼마" and "최대 5천억
 * 원"). A bare "얼마" is not enough: the nearest amount may be another deal's; nor is an amount the
 * question itself states.
 */
export function moneyAsAsked(compactQuestion: string, amount: string): boolean {
  // "최대 5천억 규모 기술수출은 어느 자리에서": a question stating the amount does not ask for it.
  const figure = /\d[\d,.]*\s*[십백천만억조]*/u.exec(amount)?.[0]?.replace(/[\s,]/gu, '');
  if (figure && compactQuestion.replace(/,/gu, '').includes(figure)) return false;
  return MONEY_MARKS.some((mark) => compactQuestion.includes(mark) && amount.includes(mark));
}

/** What may follow a time counter and changes what is asked: 몇 년 전 is not 몇 년 만. */
const BOUND_AFTER_COUNTER = /^(만|전|후|째|동안|간|주년)/u;

/**
 * Whether a time figure is written the way the question asks for it: "몇 년 만이라고" and
 * "12년 만", "몇 월에 열려" and "오는 10월" — the figure's unit (and 만, 전, 째 …) right where the
 * question has 몇. "몇 년 전에" is not answered as written by "2011년", nor "몇 년" by "70주년".
 */
export function askedAsWritten(compactQuestion: string, figure: string): boolean {
  const at = compactQuestion.indexOf('몇');
  if (at < 0) return false;
  const asked = compactQuestion.slice(at + 1);
  const unit = /\d[\d,.]*(?:여)?([^\d]*)$/u.exec(withoutSpaces(figure))?.[1] ?? '';
  if (unit.length === 0 || !asked.startsWith(unit)) return false;
  return !BOUND_AFTER_COUNTER.test(asked.slice(unit.length));
}

/** Least model confidence in the rule's span: the scorer must not think it plainly not the answer. */
export const SLOT_MIN_CONFIDENCE = 0.15;

/**
 * Whether the rule's span may be given for the slot:
 * - it does not repeat the question: "이명박 대통령의 아버지 이름은?" is not answered by 이명박 대통령;
 * - the model, though unsure, gives it some weight (≥ SLOT_MIN_CONFIDENCE) in one of the two best
 *   sentences or the one holding most of the question; a span the scorer has no candidate for ("워싱턴 D.C.") is judged by the rule alone.
 * On KorQuAD dev (encyclopedia questions, not this reader's kind) these two checks cut the rule's
 * answers from 51 (5 holding the gold) to 30 (13 holding it).
 */
export function slotSpanHolds(
  text: string,
  fact: Fact | undefined,
  question: SpanQuestion,
  model: { confidence: number; rank: number; best: boolean } | null,
): boolean {
  // A time figure written as the question asks for it (askedAsWritten) is its own check.
  if (fact?.type === 'duration' || fact?.type === 'date') return true;
  const modelAllows = model === null || (model.confidence >= SLOT_MIN_CONFIDENCE && (model.rank <= 1 || model.best));
  // An amount asked by its currency or hedge: the question stating it was ruled out already.
  if (fact?.type === 'money') return modelAllows;
  // A name with Latin letters or digits ("KB 한마음 대표") is an organization read as a person; a span
  // opening on punctuation ("-의 경기장") is a fragment.
  if (fact?.type === 'person' && /[A-Za-z0-9]/u.test(fact.name)) return false;
  if (!/^[\p{L}\p{N}]/u.test(text)) return false;
  const squashed = (word: string) => withoutSpaces(word, { lower: true });
  const name = fact?.type === 'person' && text.includes(fact.name) ? fact.name : text;
  // "차순도 누구야?" names only the person: the titled name is the answer, echo or not.
  const onlyNamesIt = question.words.length > 0 && question.words.every((word) => squashed(text).includes(squashed(word)));
  // The question spells the person's 초성 ("ㅇㅁㅅ": the corpus's name for it is an echo, not
  // the name asked) or names their whole fused title ("산불방지과장"): the rule's person is the one
  // asked, whatever the scorer prefers.
  if (fact?.type === 'person' && namesThePerson(question, fact)) return true;
  if (question.compact.toLowerCase().includes(squashed(name)) && !onlyNamesIt) return false;
  return modelAllows;
}

/** Whether a question singles a person out: their name's 초성, or their title fused to its organization. */
export function namesThePerson(question: SpanQuestion, fact: Fact & { type: 'person' }): boolean {
  const name = withoutSpaces(fact.name);
  const initials = getChoseong(name);
  if (question.words.some((word) => isChoseongOnly(word) && word === initials)) return true;
  // "임인텍 실장 직함": the title of the person named (a one-jamo typo allowed) is asked.
  if (question.focus !== null && TITLE_FOCUS.test(question.focus) && [...name].length >= 3) {
    if (question.words.some((word) => word === name || ([...word].length === [...name].length && withinEdits(disassemble(word), disassemble(name), 1)))) return true;
  }
  const fused = withoutSpaces(`${fact.organization ?? ''}${fact.title ?? ''}`);
  return fact.organization !== null && fact.title !== null && fused.length >= 5 && question.compact.includes(fused);
}

/**
 * Least model confidence for a span that names the asked kind to be given (see `namesTheFocus`):
 * on the 8 strict seed sets, every such span from 0.5 up was right.
 */
export const FOCUS_MIN_CONFIDENCE = 0.5;

/**
 * Whether a span names the kind of thing a "어떤/무슨 N" question asks for: it ends on N and says
 * more than N ("무슨 서비스" → 원루프 서비스, "어떤 동맹" → 포괄적 전략동맹), as one noun phrase
 * (no particle or verb form inside).
 */
export function namesTheFocus(text: string, question: SpanQuestion): boolean {
  const focus = question.focus;
  if (question.wh !== 'which' || focus === null || focus.length < 2) return false;
  const compact = withoutSpaces(text);
  if (!compact.endsWith(focus) || compact.length <= focus.length) return false;
  if (question.compact.includes(compact.toLowerCase())) return false;
  return text.split(/\s+/u).slice(0, -1).every((word) => /^[\p{L}\p{N}·\-]+$/u.test(word) && !/(은|는|을|를|의|에|에서|와|과|로|으로|이|가|한|된|할|될|던|하는|되는)$/u.test(word));
}
