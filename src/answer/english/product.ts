/**
 * "What does X produce?", "What kind of solution does X develop?": Korean news says what a company
 * makes in the words it puts before its name — "분자진단키트 생산기업 위즈바이오솔루션", "수면관리
 * 솔루션개발업체 에이슬립" — so the answer is the thing before the verbal noun (생산, 개발, 제조 …) of that kind.
 */
import type { Answer, Citation } from '../types.ts';

/** The question: what a named company makes, develops, sells … */
const PRODUCT_QUESTION =
  /\bwhat (?:(?:kind|type|sort)s? of [a-z-]+(?: [a-z-]+)? )?(?:does|did|do) .+? (?:produce|make|manufacture|develop|build|sell|supply|offer|provide)s?\b(?! (?:to|for|with)\b)|\b(?:makes?|produces?|manufactures?|develops?) (?:which|what) (?:kind of )?(?:products?|items?|goods|devices?|kits?|solutions?)\b|\b(?:maker|manufacturer|producer|developer) of what\b/iu;

/** The verbal nouns Korean puts before a company's kind noun, by the English verb asked. */
const MAKING = '(?:생산|제조|개발|판매|공급|제작)';

/** "[thing] [verb][kind] NAME" right before the name: the thing, and the stem of a compound ("솔루션" of 솔루션개발업체). */
const BEFORE_NAME = new RegExp(`((?:[가-힣A-Za-z0-9‧·]+\\s){0,1}[가-힣A-Za-z0-9‧·]+)\\s([가-힣A-Za-z]*?)${MAKING}(?:전문)?(?:기업|업체|회사|사|업체인|기업인)\\s?$`, 'u');

const PRODUCT_CONFIDENCE = 0.8;

/** The thing a sentence says a name makes, with where it stands in the sentence, or null. */
function productBefore(text: string, name: string): { text: string; start: number; end: number } | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const match = BEFORE_NAME.exec(before);
    if (!match?.[1]) continue;
    // "AI‧IoT 기반 수면관리 솔루션개발업체": the word before the compound, then the compound's stem.
    const words = match[1].split(/\s/u);
    const last = words.at(-1) ?? '';
    const thing = match[2] ? `${last} ${match[2]}` : last;
    // A word with a particle or an ending is no thing made ("거둔", "선정된").
    if (/(?:은|는|이|가|을|를|의|에|와|과|로|한|된|인|는|던)$/u.test(last) || last.length < 2) continue;
    const start = text.indexOf(thing, Math.max(0, at - 40));
    if (start >= 0) return { text: thing, start, end: start + thing.length };
  }
  return null;
}

/**
 * @name answerProduct
 * @description
 * "What does X produce/develop?": 인용 문장에서 X 앞 "○○ 생산기업", "○○ 솔루션개발업체"의 ○○. 없으면 null.
 * @example
 * // "분자진단키트 생산기업 위즈바이오솔루션" → 분자진단키트
 */
export function answerProduct(answer: Answer, question: string, names: readonly string[]): Answer | null {
  // A span the readers chose (a name beside it: "위즈바이오솔루션") is no thing made: the product read wins.
  if (!answer.found || !PRODUCT_QUESTION.test(question)) return null;
  for (const [rank, citation] of answer.citations.slice(0, 2).entries()) {
    for (const name of names) {
      const product = productBefore(citation.text, name);
      if (!product) continue;
      const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
      return { ...answer, answer: product.text, answerKind: 'span', confidence: PRODUCT_CONFIDENCE, answerStart: product.start, answerEnd: product.end, citations };
    }
  }
  return null;
}
