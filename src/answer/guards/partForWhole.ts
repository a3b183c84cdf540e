/**
 * A part is not the whole: "전체 예산 얼마" over "사업비는 총 480억원으로, …, 세온대가 60억원을" is not
 * "60억원"; "최고혁신상 전부 몇 개" over "23개 중 5개를" is not "5개". And a part the question never
 * names is not the whole it adds up to: "상황실엔 몇 명이 근무해" over "… 관리사 5명 등 17명이 근무" is
 * not "5명". When the answer's sentence writes a whole of the same unit beside the part, the span is
 * refused rather than read out (the figure choice itself belongs to figures.ts).
 */
import { withoutSpaces } from '../../korean/normalize.ts';

/** Words that ask for a whole ("총 몇", "전체 예산", "모두 얼마", "다 합치면"). 총 alone or opening a noun (총사업비), never 총장/총괄/총책. */
export const ASKS_WHOLE = /전체|전부|모두|합계|합치면|합쳐|통틀어|(?:^|\s)총(?!장|괄|책|리|재|회|연|영사|선|파업|격)/u;

/** A figure as news writes it: digits with separators and 조/억/만/천 groups, then its unit. */
const FIGURE = /\d[\d,.]*(?:\s?(?:조|억|만|천)(?:\s?\d[\d,.]*)?)*\s?([가-힣A-Za-z%㏊㎞㎡]+)/gu;

/** Magnitude words and particles are not the unit: "억원" → "원", "명이" → "명". */
function unitOf(raw: string): string {
  return raw.replace(/^(?:조|억|만|천)+/u, '').replace(/(?:으로|로|이|가|을|를|은|는|의|에|씩|와|과|중|가운데)$/u, '');
}

/** The value of a figure for comparison: digits and magnitude words, no spaces or commas. */
function valueOf(raw: string): string {
  return withoutSpaces(raw, { commas: true }).replace(/[^\d.조억만천]/gu, '');
}

interface Figure {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly unit: string;
}

function figuresIn(text: string): Figure[] {
  return [...text.matchAll(FIGURE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: valueOf(match[0].slice(0, match[0].length - (match[1]?.length ?? 0))),
    unit: unitOf(match[1] ?? ''),
  }));
}

/**
 * Whether a figure is written as the whole the shown part belongs to: "총 480억원", "모두 17명",
 * "… 등 17명", or "23개 중" / "1,040대 가운데" right before the part ("23개 중 5개를"; a "중" before
 * another noun's figure is that noun's whole).
 */
function writtenAsWhole(text: string, figure: Figure, partStart: number): boolean {
  const before = text.slice(Math.max(0, figure.start - 6), figure.start);
  const after = text.slice(figure.end, figure.end + 5);
  if (/(?:총|모두|전체|등)\s*$/u.test(before)) return true;
  return /^\s*(?:중|가운데)(?:\s|$)/u.test(after) && partStart > figure.end && partStart - figure.end <= 12;
}

/**
 * Whether a span read at [start, end) of `sentence` is a part where the question asks the whole, or
 * a part the question does not name, summed up beside it by "등 N".
 */
export function partForWhole(question: string, sentence: string, start: number, end: number): boolean {
  const shown = figuresIn(sentence.slice(start, end))[0];
  if (!shown || shown.unit.length === 0) return false;
  const sameUnit = (figure: Figure) => figure.unit.length > 0 && (figure.unit.startsWith(shown.unit) || shown.unit.startsWith(figure.unit));
  const others = figuresIn(sentence).filter((figure) => (figure.end <= start || figure.start >= end) && sameUnit(figure) && figure.value !== shown.value);
  if (ASKS_WHOLE.test(question)) return others.some((figure) => writtenAsWhole(sentence, figure, start));
  // "… 구급상황관리사 5명 등 17명이": the word before the part names it; a question that does not
  // name it asks the whole.
  const sum = others.find((figure) => figure.start >= end && figure.start - end <= 40 && /^[^.]*?등\s*(?:총\s*)?$/u.test(sentence.slice(end, figure.start)));
  if (!sum) return false;
  const named = sentence.slice(0, start).trim().split(/\s+/u).at(-1) ?? '';
  const stem = named.replace(/[^가-힣A-Za-z0-9]/gu, '');
  return stem.length > 0 && !withoutSpaces(question).includes(stem.slice(0, Math.max(2, stem.length - 1)));
}
