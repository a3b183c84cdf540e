/**
 * 수치의 달 (the month a figure is told for), when the question names one ("11월 반도체 수출"):
 * - a range of months that ends there is another period ("1~11월 누적 반도체 수출은 1,598억 달러"),
 *   unless the question asks a span itself ("1~11월", "누적", "까지");
 * - a sentence that names no month of its own is told for the month its paragraph named before it,
 *   else the month the story's opening sentences are set in — resolved against the article's date
 *   ("지난달" in an article of 12월 1일 is 11월; "지난 4~6일" in one of 12월 7일 is 12월). "이번 주말
 *   전체 극장 관객 수" in a story of December's first weekend does not answer "11월 극장 관객".
 * Dates are read by the fact reader (src/facts/date.ts), relative ones resolved against the article's date.
 */
import type { Fact } from '../facts/types.ts';

/** "1~11월", "1∼11월", "1-11월", "1월~11월": a span of months. */
const MONTH_RANGE = /(?<![\d.])(1?\d)\s?월?\s?[~∼〜\-–]\s?(1?\d)\s?월/gu;

/** A question that asks a span of months itself. */
const ASKS_SPAN = /[~∼〜\-–]|누적|까지|부터|동안|들어|연간|합계|총/u;

/** The opening sentences of a story, which set the month it is told in. */
const SCENE_SENTENCES = 3;

/** The month (1–12) of a date fact read to the month, or null ("2026-11", "2026-11-25"; not "2026", not "---25"). */
function monthOf(fact: Fact): number | null {
  if (fact.type !== 'date') return null;
  const match = /^(?:\d{4}|-)-(\d{2})/u.exec(String(fact.value));
  return match?.[1] ? Number(match[1]) : null;
}

/** The months a sentence's own dates name, outside any range of months. */
function monthsNamed(text: string, facts: readonly Fact[]): number[] {
  const ranges = [...text.matchAll(MONTH_RANGE)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  return facts.flatMap((fact) => {
    if (ranges.some((range) => fact.start < range.end && fact.end > range.start)) return [];
    return monthOf(fact) ?? [];
  });
}

/**
 * Whether a sentence's figures are told for another month than the one the question names: a range
 * ending there, or (naming no month itself) the month its paragraph or the story's opening is set in.
 */
export function toldForAnotherMonth(
  question: string,
  askedMonths: readonly number[],
  sentence: { text: string; sentenceIndex: number; facts: readonly Fact[] },
  article: ReadonlyMap<number, { text: string; facts: readonly Fact[]; paragraph?: number }> | undefined,
  paragraphOf: (index: number) => number | undefined = () => undefined,
): boolean {
  if (askedMonths.length === 0 || ASKS_SPAN.test(question)) return false;
  const own = monthsNamed(sentence.text, sentence.facts);
  if (own.length > 0) return false;
  if (MONTH_RANGE.test(sentence.text)) {
    MONTH_RANGE.lastIndex = 0;
    return true;
  }
  MONTH_RANGE.lastIndex = 0;
  if (!article) return false;
  // The month its paragraph named before it.
  const paragraph = paragraphOf(sentence.sentenceIndex);
  if (paragraph !== undefined) {
    for (let index = sentence.sentenceIndex - 1; index >= 0 && paragraphOf(index) === paragraph; index--) {
      const before = article.get(index);
      if (!before) break;
      const months = monthsNamed(before.text, before.facts);
      if (months.length > 0) return !askedMonths.some((month) => months.includes(month));
    }
  }
  // The month the story's opening is set in.
  const opening = [...article.keys()].sort((a, b) => a - b).slice(0, SCENE_SENTENCES);
  const scene = opening.flatMap((index) => {
    const first = article.get(index);
    return first ? monthsNamed(first.text, first.facts) : [];
  });
  return scene.length > 0 && !askedMonths.some((month) => scene.includes(month));
}
