/**
 * Expected answer type (답의 종류): search prefers, among the sentences of its best passages, those
 * holding a value of the kind the question asks for — "랩허브 예산" wants a sentence with an amount
 * of money in it. Which kinds there are, their cue words and value shapes, is not search's to say:
 * the fact-kind registry (`src/facts/kinds.ts`) hands them in as `SearchIndexOptions.answerTypes`.
 */

/** One kind of answer: a cue in the (normalized) question, and what its value looks like in normalized text. */
export type AnswerTypeHint = { cue: RegExp; value: RegExp };

/**
 * @name expectedAnswerTypes
 * @description
 * 질문의 단서어로 기대하는 답의 종류를 고른다.
 * @example
 * expectedAnswerTypes('랩허브 예산', hints) // [money's hint]
 */
export function expectedAnswerTypes(normalizedQuery: string, hints: readonly AnswerTypeHint[]): AnswerTypeHint[] {
  return hints.filter((hint) => hint.cue.test(normalizedQuery));
}

/** Whether normalized sentence text holds a value of one of `types`. */
export function holdsAnswerType(normalizedSentence: string, types: readonly AnswerTypeHint[]): boolean {
  return types.some((type) => type.value.test(normalizedSentence));
}
