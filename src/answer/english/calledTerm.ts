/**
 * "What did the vice minister call the United States?": the name a speaker gives something is, in
 * Korean quotes, the term set in inner quotation marks (“미국은 … ‘기회의 땅’”이라며). Read from the
 * quote the answer stage found: the inner-quoted term nearest after the question's words.
 */
import { escapeRegExp } from '../../escapeRegExp.ts';

/**
 * "What did X call Y", "… dub / label / describe Y as", "How did X describe Y", "What did X say Y
 * would be": the question asks the term X used.
 */
export const CALLED_QUESTION =
  /\bwhat (?:did|does|do|has|had)\b.*\b(?:call|calls|called|dub|dubbed|label|labell?ed|describe[sd]?\b.*\bas)\b|\bhow (?:did|does|do|has|had)\b.*\b(?:describe|call|characteri[sz]e|refer to)\b|\bwhat (?:did|does|do)\b.*\bsa(?:y|id)\b.*\b(?:would|will|could|is|was) be(?:come)?\b|\b(?:called|calls|described|describes|dubbed|labell?ed)\b.*\ba (?:[a-z-]+ )?what\b/iu;

/** Inner quotation marks of a Korean quote: ‘…’ or '…'. */
const INNER_QUOTE = /[‘'](?<term>[^‘’'“”"]{1,30})[’']/gu;

/**
 * @name calledTerm
 * @description
 * 인용문 안 작은따옴표로 묶인 말 가운데, 질문 낱말이 앞에 가장 가까이 나오는 것. 없으면 null.
 * @example
 * calledTerm('“… 미국은 우리 기업들에게 ‘기회의 땅’”이라며', ['미국']) // '기회의 땅'
 */
export function calledTerm(quote: string, words: readonly string[]): string | null {
  let best: { term: string; distance: number } | null = null;
  for (const match of quote.matchAll(INNER_QUOTE)) {
    const term = match.groups?.term?.trim();
    if (!term) continue;
    const before = quote.slice(0, match.index);
    // How far back the nearest question word is: the term the question's subject is called.
    const distances = words.map((word) => before.lastIndexOf(word)).filter((at) => at >= 0).map((at) => before.length - at);
    const distance = distances.length > 0 ? Math.min(...distances) : Infinity;
    if (!best || distance < best.distance) best = { term, distance };
  }
  if (best && best.distance < Infinity) return best.term;
  // "C&D 인큐베이션 오피스": the name's last word carries the particle.
  const pieces = [...new Set(words.flatMap((word) => [word, word.split(/\s+/u).at(-1) ?? word]))];
  for (const word of pieces) {
    const key = escapeRegExp(word);
    // "세계 바이오테크의 메카인 보스턴": what a word is called set before it.
    const apposition = new RegExp(`((?:[^\\s“”‘’"',]+\\s){0,2}[^\\s“”‘’"',]+?)(?:인|이자)\\s${key}`, 'u').exec(quote);
    if (apposition?.[1]) return apposition[1];
    // "오피스는 … 전초기지로서": what it serves as.
    const role = new RegExp(`${key}(?:은|는|이|가)\\s[^“”]{0,80}?\\s([^\\s“”‘’"',]+?)(?:으로서|로서)`, 'u').exec(quote);
    if (role?.[1]) return role[1];
  }
  return null;
}
