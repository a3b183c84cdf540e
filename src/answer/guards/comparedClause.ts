/**
 * 비교 대상의 수치 (the figure of what is compared with): "이번 월드투어는 몇 개 도시에서 열리나?" over
 * "2025년 두 번째 월드투어가 16개 도시 27회 공연에 … 모은 것과 비교하면 도시 수와 공연 횟수가 모두
 * 늘었다" is not "16개 도시". A figure in a clause the sentence closes with "…과 비교하면", "…에
 * 비하면", "…에 비해" is the other thing's, the earlier one's; a question that asks about this one
 * (이번, 올해, 현재) is not answered by it.
 */

/** Words of a question that ask about the current one, not the one compared with. */
const ASKS_CURRENT = /(?:^|\s)(?:이번|올해|올|현재|이번에|금번|새|신규)(?:\s|$|에|의|은|는)/u;

/** A clause closed as the thing compared with: no comma between the figure and the closing words. */
const COMPARED_AFTER = /^[^,，]{0,60}?(?:(?:과|와)\s?비교하면|(?:과|와)\s?비교해|에\s?비하면|에\s?비해)/u;

/** Whether the span ending at `end` of `sentence` lies in a compared clause, asked about the current one. */
export function comparedClauseFigure(question: string, sentence: string, end: number): boolean {
  if (!ASKS_CURRENT.test(question) || /보다|비교|대비|비해|비하면/u.test(question)) return false;
  return COMPARED_AFTER.test(sentence.slice(end));
}
