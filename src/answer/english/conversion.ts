/**
 * Money the question gives ("$5.9 billion", "KRW 270 billion") read as Korean writes it (59억 달러,
 * 2700억 원), and "How much was the $5.9 billion worth in won?": the other currency the article gives
 * beside that figure, in parentheses — "59억 달러(약 7조9000억 원)" → 약 7조9000억 원. Only a figure
 * the article converts itself is an answer; the bot never converts at a rate of its own.
 */
import type { MoneyFact } from '../../facts/types.ts';
import type { Library } from '../library.ts';
import { answerFromSentence } from '../sentenceAnswer.ts';
import type { Answer } from '../types.ts';

export type Money = { value: number; unit: string };

const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', won: 'KRW', krw: 'KRW', euro: 'EUR', euros: 'EUR', eur: 'EUR', yen: 'JPY', jpy: 'JPY',
};
const KOREAN_UNIT: Readonly<Record<string, string>> = { USD: '달러', KRW: '원', EUR: '유로', JPY: '엔' };

/**
 * Money written in English words at token `i` ("$5.9 billion", "USD 15 million", "270 billion won",
 * "KRW 2.7 trillion") and how many tokens it takes, or null.
 */
export function moneyAt(words: readonly string[], i: number): (Money & { length: number }) | null {
  const lower = (at: number) => (words[at] ?? '').toLowerCase();
  let at = i;
  let unit: string | null = null;
  // "USD 15 million", "KRW 270 billion": the code first.
  if (/^(usd|krw|eur|jpy)$/u.test(lower(at)) && /^\d/u.test(lower(at + 1))) {
    unit = CURRENCY_WORDS[lower(at)] ?? null;
    at += 1;
  }
  const figure = /^(us)?([$₩€¥])?(\d+(?:\.\d+)?)$/u.exec(lower(at).replace(/,/gu, ''));
  if (!figure) return null;
  if (figure[2]) unit = figure[2] === '$' ? 'USD' : figure[2] === '₩' ? 'KRW' : figure[2] === '€' ? 'EUR' : 'JPY';
  let value = Number(figure[3]);
  at += 1;
  const scale = SCALE[lower(at)];
  if (scale) {
    value *= scale;
    at += 1;
  }
  // "270 billion won", "15 million dollars": the currency after.
  if (!unit && CURRENCY_WORDS[lower(at)]) {
    unit = CURRENCY_WORDS[lower(at)] ?? null;
    at += 1;
  }
  // A bare number ("in 2023", "23 awards") is no money.
  if (!unit || (!scale && !figure[2] && at - i < 2)) return null;
  return { value, unit, length: at - i };
}

/**
 * @name koreanMoney
 * @description 금액을 기사가 쓰는 꼴로: 조·억·만 단위와 통화.
 * @example
 * koreanMoney({ value: 5_900_000_000, unit: 'USD' }) // '59억 달러'
 * koreanMoney({ value: 1_240_000_000_000, unit: 'KRW' }) // '1조2400억 원'
 */
export function koreanMoney(money: Money): string {
  const value = Math.round(money.value);
  const jo = Math.floor(value / 1e12);
  const eok = Math.floor((value % 1e12) / 1e8);
  const man = Math.floor((value % 1e8) / 1e4);
  const rest = value % 1e4;
  const number = `${jo ? `${jo}조` : ''}${eok ? `${eok}억` : ''}${man ? `${man}만` : ''}${rest && !jo && !eok && !man ? rest : ''}` || '0';
  return `${number} ${KOREAN_UNIT[money.unit] ?? money.unit}`;
}

/** "… worth in won?", "in US dollars", "in KRW": the currency the answer is asked in. */
export function currencyAsked(question: string): string | null {
  const match = /\bin (?:korean |south korean |us |u\.s\. |american )?(won|dollars?|krw|usd|euros?|yen)\b/iu.exec(question);
  return match ? (CURRENCY_WORDS[(match[1] ?? '').toLowerCase()] ?? null) : null;
}

/** The Korean word of a currency code (USD → 달러), or null. */
export function currencyWord(code: string | null): string | null {
  return code === null ? null : (KOREAN_UNIT[code] ?? null);
}

/** The money of a question asked in another currency, or null. */
export function conversionAsked(question: string): { money: Money; target: string } | null {
  const target = currencyAsked(question);
  if (!target) return null;
  const words = question.split(/[\s?!,;:()"“”]+/u).filter((word) => word.length > 0);
  for (let i = 0; i < words.length; i++) {
    const money = moneyAt(words, i);
    if (money && money.unit !== target) return { money: { value: money.value, unit: money.unit }, target };
  }
  return null;
}

/** Sentences read for the figure, best search hits first. */
const SENTENCES_READ = 12;
/** Fixed: read by a rule from the article's own parentheses. */
const CONVERSION_CONFIDENCE = 0.85;

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b)) * 0.01;

/** "59억 달러(약 7조9000억 원)" → the part in the target currency, as written ("약 7조9000억 원"). */
function otherPart(fact: MoneyFact, money: Money, target: string): string | null {
  const converted = fact.converted;
  if (!converted) return null;
  const inside = /\(([^()]+)\)/u.exec(fact.text);
  if (!inside?.[1]) return null;
  const outside = fact.text.slice(0, inside.index).trim();
  // The figure asked outside the parenthesis, the other inside — or the other way round.
  if (fact.unit === money.unit && close(fact.value, money.value) && converted.unit === target) return inside[1].replace(/^한화\s*/u, '').trim();
  if (converted.unit === money.unit && close(converted.value, money.value) && fact.unit === target) return outside;
  return null;
}

/**
 * @name answerConversion
 * @description
 * 질문이 준 금액을 다른 통화로 물으면("$5.9 billion … in won"), 기사가 그 금액 옆 괄호에 적은 환산액. 없으면 null.
 */
export async function answerConversion(library: Library, question: string, korean: string, top: number): Promise<Answer | null> {
  const asked = conversionAsked(question);
  if (!asked) return null;
  const hits = await library.retriever.search(`${koreanMoney(asked.money)} ${korean}`, { limit: SENTENCES_READ });
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    for (const fact of library.factsOf(articleId, index)) {
      if (fact.type !== 'money') continue;
      const part = otherPart(fact, asked.money, asked.target);
      if (!part) continue;
      const start = text.indexOf(part, Math.max(0, text.indexOf(fact.text)));
      return answerFromSentence(
        library,
        { articleId, sentenceIndex: index, text, answer: part, start: start >= 0 ? start : null, confidence: CONVERSION_CONFIDENCE, intent: 'money', facts: [fact] },
        question,
        top,
      );
    }
  }
  return null;
}
