/**
 * 확인 질문 (confirmation questions): "랩허브 이천칠백억 든다는 거 맞아?", "포럼 27일에 열린 거 맞지?"
 * state a figure and ask whether it is right. The figure is the asker's claim, not a word the
 * answer's sentence must hold: the question is asked again without it, as the question of the
 * figure's kind in the figure's place ("랩허브 짓는 데 얼마 든다는"), and the articles' figure is the answer — the same
 * one when the asker remembered right, the article's own when not (`Answer.confirms` says which).
 */
import { spellNumberWords } from '../korean/numberWords.ts';
import type { Fact } from '../facts/types.ts';
import { sameFigure } from './check.ts';
import { askingCue, readClaims } from './claims.ts';
import { prepareQuestion, type PreparedQuestion } from './prepare.ts';
import type { Answer } from './types.ts';

/** A question that states a figure and asks whether it holds. */
export type Confirmation = {
  /** The figure the question states, read as the articles' figures are. */
  claimed: Fact;
  /** The question asked without the figure, with the question word of the figure's kind. */
  asked: PreparedQuestion;
};

/** "… 맞아?", "… 거 맞지?", "… 사실이야?", "… 진짜야?": the ending that asks whether a statement holds. */
const CONFIRMING_END =
  /\s*(?:(?:거|것|게|건|걸)\s*)?(?:맞(?:아요|아|지요|지|나요|나|죠|니|냐|음|습니까|는\s*거야|는\s*거지|는\s*지|을까|는가)|사실(?:이야|이에요|임|인가요|인가)|진짜(?:야|임|예요)?|정말(?:이야|이에요)?)\s*[?？!.~]*\s*$/u;

/** Kinds of figure a confirmation can state and the articles can answer with another value. */
const FIGURE_TYPES = new Set<Fact['type']>(['money', 'count', 'percent', 'area', 'duration', 'date']);

/**
 * The confirmation a question asks, or null when it asks something else.
 * @example
 * readConfirmation(prepareQuestion('랩허브 이천칠백억 든다는 거 맞아?'))
 * // { claimed: { type: 'money', text: '2700억', … }, asked: '랩허브 얼마 든다는' }
 */
export function readConfirmation(question: PreparedQuestion): Confirmation | null {
  const ending = CONFIRMING_END.exec(question);
  if (!ending || ending.index === 0) return null;
  const body = spellNumberWords(question.slice(0, ending.index));
  // The figure confirmed is the last one stated: "6353억 계약, 2부에서 10건 맞지?" asks about 10건.
  const claimed = readClaims(body)
    .map((claim) => claim.fact)
    .filter((fact) => FIGURE_TYPES.has(fact.type))
    .at(-1);
  if (!claimed) return null;
  // The question word takes the figure's place, with the particle glued to it ("27일에"): the
  // counted noun stays right before it ("VC 38곳 참여" → "VC 몇 곳 참여").
  const at = body.lastIndexOf(claimed.text);
  if (at < 0) return null;
  const before = body.slice(0, at);
  const after = body.slice(at + claimed.text.length).replace(/^[가-힣]*/u, '');
  if (!/[\p{L}]/u.test(before + after)) return null;
  return { claimed, asked: prepareQuestion(`${before} ${askingCue(claimed)} ${after}`.replace(/\s+/gu, ' ').trim()) };
}

/**
 * The answer to a confirmation: the answer to its asked question under the question as typed, with
 * whether the articles' figure is the one claimed. Null when the asked question finds nothing (the
 * question as typed is then answered as it stands).
 */
export function confirmedAnswer(answer: Answer, query: PreparedQuestion, claimed: Fact): Answer | null {
  if (!answer.found) return null;
  const squashed = (text: string) => text.replace(/[\s,]+/gu, '');
  const shown = answer.answerKind === 'span' && answer.answer !== null ? squashed(answer.answer) : null;
  const stated = shown === null ? undefined : answer.facts.find((fact) => fact.type === claimed.type && shown.includes(squashed(fact.text)));
  const agrees = stated !== undefined && sameFigure(claimed, stated);
  // The stated figure beside another answer in the same sentence ("38개 VC" beside "15개 사"): the
  // answer is not sure to be the figure meant; the question is answered as typed instead.
  if (stated && !agrees && answer.facts.some((fact) => fact.type === claimed.type && sameFigure(claimed, fact))) return null;
  return { ...answer, query, ...(stated ? { confirms: { claimed: claimed.text, agrees } } : {}) };
}
