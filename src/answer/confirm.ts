/**
 * 확인 질문 (a figure to confirm): "랩허브 짓는 데 이천칠백억 든다는 거 맞아?", "부지 4만 제곱미터
 * 맞지?". The asker names the figure; the answer is that figure as the article writes it ("약 2,700억
 * 원", "4만㎡"), read from a sentence about the topic that gives the same value. A figure no sentence
 * gives is not confirmed here: the other readers decide (and say so when the articles do not answer).
 */
import type { Fact } from '../facts/types.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { numeralFigureForms } from './numeralWords.ts';
import type { QuestionAnalysis } from './question.ts';

/** The question ends by asking whether it is so: "맞아?", "맞지", "맞나요", "맞는 거지?". */
const ASKS_CONFIRMATION = /맞(?:아|지|나|냐|니|죠|음|는\s?(?:거지|거야|지))(?:요)?\s*[?？]*\s*$/u;

/** A number that names a part, a round, a rank or a date ("2부", "3차", "1위", "4월"): not a figure to confirm. */
const ORDINAL_OR_DATE = /\d\s?(?:부|차|회|기|호|위|등|년|월|일|시|분|초|세기|대)(?![가-힣])|\d\s?(?:부|차|회|위|년|월|일|시)(?:에|에서|의|은|는|이|가|로|부터|까지|째)/u;

/** Multipliers of the units articles keep beside digits. */
const UNIT_VALUE: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** The values a question's figures stand for: "2,700억" → 2.7e11, "40,000" → 40000, "4만" → 40000. */
function valuesOf(forms: readonly string[]): number[] {
  const values: number[] = [];
  for (const form of forms) {
    for (const match of form.replace(/(\d),(?=\d{3})/gu, '$1').matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?:(조)\s?(?:(\d+)(억))?|(억)\s?(?:(\d+)(만))?|(만))?/gu)) {
      const head = Number(match[1]);
      const unit = match[2] ?? match[5] ?? match[8];
      const tailDigits = match[3] ?? match[6];
      const tailUnit = match[4] ?? match[7];
      const tail = tailDigits && tailUnit ? Number(tailDigits) * (UNIT_VALUE[tailUnit] ?? 1) : 0;
      values.push(head * (unit ? (UNIT_VALUE[unit] ?? 1) : 1) + tail);
    }
  }
  return values;
}

/** Facts whose value is a number (money, count, area, percent, duration). */
function numericValue(fact: Fact): number | null {
  return typeof fact.value === 'number' ? fact.value : null;
}

/**
 * The fact that gives the figure a confirmation question names, from the best sentences about its
 * topic (any of them: the value is the evidence); null when the question confirms no figure or no such sentence gives it.
 */
export function answerConfirmation(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_CONFIRMATION.test(q.question)) return null;
  const words = q.question.split(/\s+/u).map((word) => word.replace(/[?？,.!]+$/u, ''));
  // Digits as asked, and numbers spelled in words as a sentence writes them.
  const forms = [
    ...words.filter((word) => /\d/u.test(word) && !ORDINAL_OR_DATE.test(word)),
    ...words.flatMap((word) => numeralFigureForms(word, ranked.map((sentence) => sentence.text))),
  ];
  const values = valuesOf(forms).filter((value) => value > 0);
  if (values.length === 0) return null;
  // The value itself is the evidence: any sentence about the topic that gives it, best first.
  for (const sentence of ranked) {
    const fact = sentence.facts.find((candidate) => {
      const value = numericValue(candidate);
      return value !== null && values.some((asked) => Math.abs(asked - value) < 1e-9 * Math.max(1, value));
    });
    if (fact) return { answer: fact.text, facts: [fact], primary: [sentence], structural: true };
  }
  return null;
}
