/**
 * "… will spur cluster innovation through what?": the means a sentence gives before "을 통해" / "를
 * 통해" ("글로벌 수준의 규제 개선을 통해" → 규제 개선), the noun phrase back to the first word with a particle.
 */
import type { Answer, Citation } from '../types.ts';

const MEANS_QUESTION = /\b(?:through|via|by means of) what\b|\bby what (?:means|method|way)\b|\bthrough which (?:means|method|measures?)\b/iu;

/** Up to three words before 을/를 통해 (또는 으로써): the means. */
const BEFORE_THROUGH = /((?:[가-힣A-Za-z0-9‧·]+\s){0,2}[가-힣A-Za-z0-9‧·]+?)(?:을|를)\s?통해/gu;

const MEANS_CONFIDENCE = 0.75;

function meansIn(text: string): { text: string; start: number; end: number } | null {
  for (const match of text.matchAll(BEFORE_THROUGH)) {
    const words = (match[1] ?? '').split(/\s/u);
    let from = 0;
    words.forEach((word, i) => {
      if (i < words.length - 1 && /(?:은|는|을|를|의|에|에서|와|과|으로|,)$/u.test(word)) from = i + 1;
    });
    const means = words.slice(from).join(' ');
    if (means.length < 2) continue;
    const start = (match.index ?? 0) + (match[1] ?? '').lastIndexOf(means);
    return { text: means, start, end: start + means.length };
  }
  return null;
}

/**
 * @name answerMeans
 * @description
 * "… through what?": 인용 문장의 "○○을/를 통해"의 ○○. 없으면 null.
 * @example
 * // "국내에 글로벌 수준의 규제 개선을 통해 클러스터 혁신을 촉진하는" → 규제 개선
 */
export function answerMeans(answer: Answer, question: string, words: readonly string[]): Answer | null {
  // A span the readers chose ("간소화") gives way to the whole means.
  if (!MEANS_QUESTION.test(question)) return null;
  // A sentence the readers did not stand by must still say two of the question's words.
  const asked = words.filter((word) => /^[가-힣]{2,}$/u.test(word));
  for (const [rank, citation] of answer.citations.slice(0, 2).entries()) {
    if (!answer.found && asked.filter((word) => citation.text.includes(word)).length < Math.min(2, asked.length)) continue;
    const means = meansIn(citation.text);
    if (!means) continue;
    const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
    return { ...answer, found: true, answer: means.text, answerKind: 'span', confidence: MEANS_CONFIDENCE, answerStart: means.start, answerEnd: means.end, citations };
  }
  return null;
}
