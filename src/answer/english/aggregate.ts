/**
 * A total the question did not ask for (합계·누적 수치): "How much is Sekwang's order for eight LNG
 * carriers worth?" is not the "올해 누적 수주액은 62억4천만 달러" of all its orders this year, and "How
 * many moviegoers did the film draw?" is not the "전체 극장 관객 수 142만 명" of every film. The
 * figure's own clause says it is a total; a question that asks a total says so ("in total", "so far").
 */
import { withoutSpaces } from '../../korean/normalize.ts';

/** Words that make a figure a running or whole total, standing shortly before it in its clause. */
const AGGREGATE = /누적|통산|합계|총계|전체/u;

/** How far before the figure (characters, spaces out) an aggregate word still qualifies it. */
const REACH = 14;

/** A question that asks a total or a running total. */
const TOTAL_ASKED = /\b(?:total(?:s|led|ed)?|cumulative(?:ly)?|so far|in all|altogether|combined|overall|all told|year-to-date|to date|aggregate|whole|entire|all)\b/iu;

/**
 * @name aggregateUnasked
 * @description
 * 답한 수치가 합계·누적·전체 수치(같은 절에서 바로 앞에 누적·전체·합계)인데 질문은 합계를 묻지 않았으면 true.
 * 비율(%)은 전체의 몫이라 '전체'로는 판단하지 않는다.
 * @example
 * aggregateUnasked('How much is the order worth?', '62억4천만 달러', '올해 누적 수주액은 62억4천만 달러로 늘었다.') // true
 * aggregateUnasked('How much in total?', '62억4천만 달러', '올해 누적 수주액은 62억4천만 달러로 늘었다.') // false
 */
export function aggregateUnasked(question: string, shown: string, sentence: string): boolean {
  if (TOTAL_ASKED.test(question)) return false;
  const figure = withoutSpaces(shown).replace(/\([^)]*\)$/u, '');
  const flat = withoutSpaces(sentence);
  const at = figure.length > 0 ? flat.indexOf(figure) : -1;
  if (at < 0) return false;
  // The figure's own clause: from the last comma before it.
  const before = flat.slice(Math.max(0, at - REACH), at);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  const word = AGGREGATE.exec(clause)?.[0];
  if (word === undefined) return false;
  return !(word === '전체' && /%/u.test(figure));
}
