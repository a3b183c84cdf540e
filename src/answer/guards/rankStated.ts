/**
 * 질문이 말한 순위 (a rank the question states): "지난 주말 박스오피스 2위를 차지한 영화는 무엇인가?" is not
 * answered "북극성" from "… '북극성'이 … 박스오피스 정상을 지켰다" (the first). A name asked by its rank
 * comes from the sentence that gives that rank; a sentence that gives none, or another, is about
 * another place in the ranking.
 */

/** A rank stated in a question: "2위", "3 위". */
const RANK = /(\d+)\s?위(?![가-힣])|(\d+)\s?위(?=를|에|로|였|인|은|는|의|가|까지)/u;

/** How news says first without the number: 정상, 선두, 1등, 가장 … */
const FIRST_WORDS = /정상|선두|1등|가장|최고|최다|최대|1\s?위/u;

/** Whether the question states a rank that the answer's sentence does not give. */
export function rankNotStated(question: string, sentence: string): boolean {
  const match = RANK.exec(question);
  const rank = match?.[1] ?? match?.[2];
  if (rank === undefined) return false;
  if (new RegExp(`(?<!\\d)${rank}\\s?위`, 'u').test(sentence)) return false;
  return !(rank === '1' && FIRST_WORDS.test(sentence));
}
