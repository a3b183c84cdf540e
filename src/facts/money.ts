/**
 * 금액: amounts of money in won and other currencies, with their hedges and a conversion given
 * alongside. "약 2,700억 원" → 270000000000 KRW ['about'];
 * "59억 달러(약 7조9000억 원)" → 5.9e9 USD, converted 7.9e12 KRW; "$1.5 billion" → 1.5e9 USD.
 */
import type { Sentence } from '../corpus/types.ts';
import type { MoneyFact, Qualifier } from './types.ts';
import { AMOUNT, FIGURE_START, NUMBER, SCALE_WORDS, hasDigit, parseAmount, tidy } from './numeral.ts';
import { POST_QUALIFIER, PRE_QUALIFIER, readQualifiers } from './qualifier.ts';
import { spanOfMatch } from './span.ts';

/** Korean currency words, longest first, with what may not follow them (원칙, 유로존, 엔진, …). */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['홍콩\\s?달러', 'HKD'],
  ['호주\\s?달러', 'AUD'],
  ['캐나다\\s?달러', 'CAD'],
  ['싱가포르\\s?달러', 'SGD'],
  ['대만\\s?달러', 'TWD'],
  ['달러화?', 'USD'],
  ['유로화?(?!존|파|비|스타)', 'EUR'],
  ['엔화?(?![진지터씨데비트젤])', 'JPY'],
  ['위안화?(?![부소])', 'CNY'],
  ['파운드(?!리)', 'GBP'],
  ['루블', 'RUB'],
  ['원화?(?![칙장자인형주격생리유료소천님활본래수조])', 'KRW'],
];

const KOREAN_CURRENCY = `(?:${CURRENCY_WORDS.map(([word]) => word).join('|')})`;

/** "한화", "미화": the currency named before the figure. */
const CURRENCY_PREFIX = String.raw`(?:(?:한화|원화|미화)\s?)`;

/** A Korean-style amount: "약 2,700억 원", "1500만달러", "최대 5천억 원". */
const KOREAN_MONEY = `${PRE_QUALIFIER}?${FIGURE_START}${AMOUNT}여?\\s?${KOREAN_CURRENCY}`;

/** "(약 7조9000억 원)", "(한화 약 200억원)": a conversion right after an amount. */
const CONVERSION = `\\(\\s?${CURRENCY_PREFIX}?${KOREAN_MONEY}${POST_QUALIFIER}?(?:\\s?상당)?\\s?\\)`;

const MONEY_PATTERN = new RegExp(
  `${CURRENCY_PREFIX}?(${KOREAN_MONEY})(${CONVERSION})?(${POST_QUALIFIER})?`,
  'g',
);

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW' };
const CODES = 'USD|EUR|JPY|CNY|KRW|GBP';
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  won: 'KRW',
  pound: 'GBP',
  pounds: 'GBP',
};
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)`;

/** "$1.5 billion", "US$300m", "€20 million", "USD 2 billion", "1.5 billion dollars". */
const ENGLISH_MONEY = new RegExp(
  String.raw`(?:(?:US|U\.S\.)?([$€£¥₩])\s?(${NUMBER})(${SCALE})?|\b(${CODES})\s?(${NUMBER})(${SCALE})?|(?<![\d.,])(${NUMBER})(${SCALE})?\s(?:US\s)?(dollars?|euros?|yen|yuan|won|pounds?)\b)`,
  'gi',
);

/** Each currency word's pattern, anchored at the start, with its code. */
const CURRENCY_STARTS = CURRENCY_WORDS.map(([pattern, code]) => [new RegExp(`^${pattern}`), code] as const);

/** The ISO code of a Korean currency word ("달러" → USD). */
function currencyCode(word: string): string {
  for (const [pattern, code] of CURRENCY_STARTS) if (pattern.test(word)) return code;
  return 'KRW';
}

const AMOUNT_AND_CURRENCY = new RegExp(`(${AMOUNT})여?\\s?(${KOREAN_CURRENCY})`);

/** Value, currency and qualifiers of one Korean-style amount ("약 7조9000억 원"). */
function readKoreanMoney(text: string): { value: number; unit: string; qualifiers: Qualifier[] } | null {
  const parts = AMOUNT_AND_CURRENCY.exec(text);
  if (parts === null) return null;
  const value = parseAmount(parts[1] ?? '');
  if (value === null) return null;
  return { value, unit: currencyCode(parts[2] ?? ''), qualifiers: readQualifiers(text.replace(/^(?:한화|원화|미화)\s?/, '')) };
}

function scaleOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return SCALE_WORDS[word.trim().toLowerCase()] ?? 1;
}

/**
 * Money amounts in one sentence.
 * @example
 * extractMoney(sentence('약 2,700억 원을 투자해'))[0] // { text: '약 2,700억 원', value: 270000000000, unit: 'KRW', qualifiers: ['about'] }
 */
export function extractMoney(sentence: Sentence): MoneyFact[] {
  const facts: MoneyFact[] = [];
  if (!hasDigit(sentence.text)) return facts;
  for (const match of sentence.text.matchAll(MONEY_PATTERN)) {
    const main = readKoreanMoney(match[1] ?? '');
    if (main === null) continue;
    const conversionText = match[2];
    const converted =
      conversionText === undefined ? null : readKoreanMoney(conversionText.slice(1, -1).trim());
    const qualifiers = [...main.qualifiers];
    for (const q of readQualifiers((match[3] ?? '').trim())) if (!qualifiers.includes(q)) qualifiers.push(q);
    facts.push({
      type: 'money',
      ...spanOfMatch(sentence, match as RegExpExecArray),
      value: main.value,
      unit: main.unit,
      qualifiers,
      converted,
    });
  }
  for (const match of sentence.text.matchAll(ENGLISH_MONEY)) {
    const [, symbol, n1, s1, code, n2, s2, n3, s3, word] = match;
    const digits = n1 ?? n2 ?? n3;
    if (digits === undefined) continue;
    const unit =
      symbol !== undefined
        ? (SYMBOLS[symbol] ?? 'USD')
        : code !== undefined
          ? code.toUpperCase()
          : (WORDS[(word ?? '').toLowerCase()] ?? 'USD');
    const value = tidy(Number(digits.replace(/,/g, '')) * scaleOf(s1 ?? s2 ?? s3));
    facts.push({
      type: 'money',
      ...spanOfMatch(sentence, match as RegExpExecArray),
      value,
      unit,
      qualifiers: [],
      converted: null,
    });
  }
  return facts;
}
