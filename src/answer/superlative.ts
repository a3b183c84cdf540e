/**
 * 최상급으로 묻는 항목 ("분야별로 젤 많은 예산 뭐야?"): the question asks which item, not how much;
 * the answer is the label of the figure the article says is the most (or least): "사회복지 예산이
 * 5,120억 원으로 가장 많고" → 사회복지.
 */
import { labelTokensBefore, questionWords } from './listBinding.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';

/** "가장/제일/젤 많은", "제일 큰", "가장 낮은": most (more) or least (less). */
const SUPERLATIVE = /(?:가장|제일|젤|최고로)\s*(많|크|큰|높|적|작|낮)/u;

/** Question words that ask which (뭐, 어디, 어느 …), and those that ask a figure (얼마, 몇). */
const ASKS_WHICH = /뭐|뭘|무엇|어디|어느|무슨|어떤/u;
const ASKS_FIGURE = /얼마|몇|규모|금액|액수/u;

function direction(adjective: string): 'most' | 'least' {
  return /^(적|작|낮)$/u.test(adjective) ? 'least' : 'most';
}

/** Sentences read for the item: the best few (a superlative further down is another list's). */
const SENTENCES = 3;

/**
 * The item whose figure is the most (least) in the best sentences, when the question asks which
 * item is; null otherwise.
 */
export function answerSuperlative(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const asked = SUPERLATIVE.exec(q.question);
  if (!asked?.[1] || !ASKS_WHICH.test(q.question) || ASKS_FIGURE.test(q.question)) return null;
  const want = direction(asked[1]);
  const words = questionWords(q.question);
  for (const sentence of ranked.slice(0, SENTENCES)) {
    const pattern = new RegExp(SUPERLATIVE.source, 'gu');
    for (const match of sentence.text.matchAll(pattern)) {
      if (!match[1] || direction(match[1]) !== want) continue;
      // The figure right before "(으)로 가장 많": the item is what it is told of.
      const at = match.index ?? 0;
      const fact = sentence.facts.find((candidate) => candidate.end <= at && /^\s*(?:으로|로|이|가)?\s*$/u.test(sentence.text.slice(candidate.end, at)));
      if (!fact) continue;
      const label = labelTokensBefore(sentence.text, fact.start).filter((word) => !words.some((asked) => asked.startsWith(word) || word.startsWith(asked)));
      if (label.length === 0) continue;
      // Labels are read nearest first; the item is written in reading order.
      const item = [...label].reverse().join(' ');
      if (!sentence.text.includes(item)) continue;
      return { answer: item, facts: [fact], primary: [sentence], structural: true };
    }
  }
  return null;
}
