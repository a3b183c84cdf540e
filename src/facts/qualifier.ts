/**
 * 한정어: how a figure is hedged. "약 2,700억 원" (about), "최대 5천억 원" (at most),
 * "1500만달러 이상" (at least), "100여명" (about).
 */
import type { Qualifier } from './types.ts';

/** Words before a figure: 약, 대략, 최대, 최소, …. */
export const PRE_QUALIFIER = String.raw`(?:(?<![가-힣])(?:약|대략|최대|최고|최소|적어도|무려|어림잡아)\s?)`;

/** Words after a figure and its unit: 이상, 이하, 초과, 미만, 가량, 정도, 넘게, …. */
export const POST_QUALIFIER = String.raw`(?:\s?(?:이상|이하|초과|미만|가량|정도|안팎|내외|남짓|넘게|넘는))`;

const MEANINGS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:약|대략|어림잡아)$/, 'about'],
  [/^(?:가량|정도|안팎|내외|남짓|여)$/, 'about'],
  [/^(?:최대|최고|이하)$/, 'max'],
  [/^(?:최소|적어도|이상)$/, 'min'],
  [/^초과$/, 'over'],
  [/^미만$/, 'under'],
  [/^(?:넘게|넘는)$/, 'more-than'],
];

/** The qualifier a word expresses, or null ("무려" only emphasises). */
export function qualifierOf(word: string): Qualifier | null {
  for (const [pattern, qualifier] of MEANINGS) if (pattern.test(word)) return qualifier;
  return null;
}

/**
 * Qualifiers of a span: the hedging word before it, "여" right after the digits, the word after it.
 * @example
 * readQualifiers('약 2,700억 원') // ['about']
 * readQualifiers('100여명') // ['about']
 * readQualifiers('1500만달러 이상') // ['min']
 */
export function readQualifiers(span: string): Qualifier[] {
  const found: Qualifier[] = [];
  const add = (word: string | undefined) => {
    const q = word === undefined ? null : qualifierOf(word);
    if (q !== null && !found.includes(q)) found.push(q);
  };
  add(/^(약|대략|최대|최고|최소|적어도|어림잡아)/.exec(span)?.[1]);
  if (/\d여/.test(span)) add('여');
  add(/(이상|이하|초과|미만|가량|정도|안팎|내외|남짓|넘게|넘는)$/.exec(span)?.[1]);
  return found;
}
