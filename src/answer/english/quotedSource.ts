/**
 * "Whose words does the minister quote …?": the person a writer borrows a saying from, written
 * "… 헨리 포드의 말처럼" / "… 의 말을 빌리면" — the name right before 의 말, after its kind (기업가).
 */
import type { Answer, Citation } from '../types.ts';

export const QUOTED_SOURCE_QUESTION =
  /^\s*whose (?:words?|saying|remarks?|quote|quotation|maxim|advice)\b|\bwho(?:m)? (?:does|did|do) .+ (?:quote|cite)\b|\bwhose (?:line|lines|words?|saying|quote|quotation) (?:is|was) (?:it|this|that)\b|\b(?:which|what) (?:[a-z-]+ ){0,2}(?:industrialist|entrepreneur|businessman|businesswoman|inventor|writer|author|thinker|philosopher|scholar|poet|novelist|statesman|scientist|economist|figure|person)s? (?:does|did|do) .+ (?:quote|cite)\b/iu;

/** Up to two name words before 의 말(처럼/을/이) or 의 명언. */
const BEFORE_SAYING = /((?:[가-힣]{1,5}\s)?[가-힣]{1,5})의\s?(?:말|명언|격언|표현)(?:처럼|을|이|과|대로|에)/gu;

/** Kind nouns said before the name, never part of it (기업가, 작가, 대통령 …). */
const KIND_WORDS = /^(?:기업가|작가|철학자|과학자|학자|사상가|정치인|기업인|언론인|투자자|대통령|총리|시인|경제학자|사업가|발명가|창업자|속담|전문가|교수|장관|선수|감독|왕|황제|성인)$/u;

const QUOTED_CONFIDENCE = 0.75;

function sourceIn(text: string): { text: string; start: number; end: number } | null {
  for (const match of text.matchAll(BEFORE_SAYING)) {
    const words = (match[1] ?? '').split(/\s/u).filter((word) => !KIND_WORDS.test(word) && !/(?:은|는|이|가|을|를|의|에|와|과|로)$/u.test(word));
    // A two-word name only when the words before stand apart from a kind noun or particle.
    const name = words.slice(-2).join(' ');
    if (!/^[가-힣]{2,5}(?: [가-힣]{1,5})?$/u.test(name) || /^(?:그|이|저|누구|사람|모두)$/u.test(name)) continue;
    const start = (match.index ?? 0) + (match[1] ?? '').lastIndexOf(name);
    return { text: name, start, end: start + name.length };
  }
  return null;
}

/**
 * @name answerQuotedSource
 * @description
 * "Whose words does X quote?": 인용(관련) 문장의 "○○의 말처럼"의 ○○. 없으면 null.
 * @example
 * // "… 미국의 기업가 헨리 포드의 말처럼 …" → 헨리 포드
 */
export function answerQuotedSource(answer: Answer, question: string): Answer | null {
  if (!QUOTED_SOURCE_QUESTION.test(question)) return null;
  for (const [rank, citation] of answer.citations.slice(0, 3).entries()) {
    const source = sourceIn(citation.text);
    if (!source) continue;
    const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
    return { ...answer, found: true, answer: source.text, answerKind: 'span', confidence: QUOTED_CONFIDENCE, answerStart: source.start, answerEnd: source.end, citations, facts: [] };
  }
  return null;
}
