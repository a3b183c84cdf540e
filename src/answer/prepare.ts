/**
 * The question as the engine reads it (준비된 질문): prepared once where it enters the engine, then
 * handed from stage to stage. "K-바이오 랩허브 예산" typed in NFD, with full-width letters, zero-width
 * characters or extra spaces is the same question as the plain one and gets the same answer.
 */
import { normalizeLine } from '../corpus/normalize.ts';

/** Text prepared by `prepareQuestion`: NFC, no invisible characters, ASCII for full-width, single spaces. */
export type PreparedQuestion = string & { readonly __prepared: 'question' };

/**
 * @name prepareQuestion
 * @description
 * 질문을 말뭉치와 같은 형태로: NFC, 보이지 않는 문자 제거, 전각 영숫자를 반각으로, 공백 하나로.
 * @example
 * prepareQuestion('랩허브　예산？') // '랩허브 예산?'
 */
export function prepareQuestion(input: string): PreparedQuestion {
  return normalizeLine(input) as PreparedQuestion;
}
