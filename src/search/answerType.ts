/**
 * Expected answer type (답의 종류) from the question's cue words, and whether a sentence holds a
 * value of that type: "랩허브 예산" wants a sentence with an amount of money in it.
 */

export type AnswerType = 'money' | 'date' | 'count' | 'area';

/** Cue words (normalized) that announce each type; a question may announce several. */
const CUES: Record<AnswerType, RegExp> = {
  money: /예산|금액|비용|규모|얼마|매출|가격|투자액|액수|자금/,
  date: /언제|시기|날짜|연도|몇 ?년|몇 ?월|며칠|기한/,
  count: /몇 ?(개|곳|명|건|개사|차례|번)|몇|수는|개수|인원/,
  area: /면적|넓이|부지/,
};

/** What a value of each type looks like in normalized text. */
const VALUES: Record<AnswerType, RegExp> = {
  money: /\d[\d.]*\s*(만|억|조)?\s*(원|달러|유로|엔|위안|파운드)|\d\s*(억|조)/,
  date: /\d+\s*(년|월|일)|\d{4}/,
  count: /\d+\s*(개|곳|명|건|사|차례|번|개국|개사)/,
  area: /\d[\d.]*\s*(만|천)?\s*(m2|km2|평|헥타르|ha)/,
};

/**
 * @name expectedAnswerTypes
 * @description
 * 질문의 단서어로 기대하는 답의 종류를 고른다.
 * @example
 * expectedAnswerTypes('랩허브 예산') // ['money']
 * expectedAnswerTypes('완공 시기') // ['date']
 */
export function expectedAnswerTypes(normalizedQuery: string): AnswerType[] {
  return (Object.keys(CUES) as AnswerType[]).filter((type) => CUES[type].test(normalizedQuery));
}

/** Whether normalized sentence text holds a value of one of `types`. */
export function holdsAnswerType(normalizedSentence: string, types: readonly AnswerType[]): boolean {
  return types.some((type) => VALUES[type].test(normalizedSentence));
}
