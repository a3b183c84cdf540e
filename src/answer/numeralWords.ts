/**
 * Korean numeral words in questions (수사 읽기): chat spells figures out in words ("이천칠백억",
 * "서른여덟 곳", "사만 제곱미터", "육천억대라던데") where articles write digits ("2,700억 원", "38개",
 * "4만㎡", "6,353억 원"). A question word read so takes the article's spelling only when one of the
 * question's hits writes that very figure (or, for "…대", a figure in that range): a figure no article
 * gives stays unknown, and the articles do not answer.
 */

/** Sino-Korean digits (한자어 수). */
const SINO_DIGIT: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
/** Units below 만. */
const SMALL_UNIT: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
/** Units of four places, as articles keep them written beside the digits ("2,700억"). */
const BIG_UNIT: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** Native Korean tens and ones (고유어 수), longest first where one begins another. */
const NATIVE_TENS: readonly (readonly [string, number])[] = [
  ['스물', 20], ['스무', 20], ['서른', 30], ['마흔', 40], ['쉰', 50], ['예순', 60], ['일흔', 70], ['여든', 80], ['아흔', 90], ['열', 10],
];
const NATIVE_ONES: readonly (readonly [string, number])[] = [
  ['하나', 1], ['한', 1], ['둘', 2], ['두', 2], ['셋', 3], ['세', 3], ['넷', 4], ['네', 4], ['다섯', 5], ['여섯', 6], ['일곱', 7], ['여덟', 8], ['아홉', 9],
];

/** What may follow a numeral in a chat word: counters, particles and chat endings ("열다섯곳이", "사만이라던데"). */
const AFTER_NUMERAL =
  /^(?:개|곳|명|건|개사|사|년|개월|달|일|주|번|배|위|원|달러|불)?(?:이라던데|라던데|이라는데|라는데|이라며|라며|이라고|라고|이면|면|이야|야|이나|나|쯤|정도|짜리|이|가|은|는|을|를|로|으로|에|도)?$/u;

/** A value read from a numeral word, with whether it ends in "대" (a range: "육천억대"). */
type Numeral = { value: number; range: boolean; bigUnit: number };

/** A Sino-Korean numeral at the start of a word ("이천칠백억…"): its value and length, or null. */
function readSino(word: string): { value: number; length: number; bigUnit: number } | null {
  let total = 0;
  let group = 0;
  let digit = 0;
  let i = 0;
  let bigUnit = 1;
  let read = false;
  for (; i < word.length; i++) {
    const ch = word[i] ?? '';
    if (SINO_DIGIT[ch] !== undefined) {
      if (digit !== 0) break;
      digit = SINO_DIGIT[ch];
    } else if (SMALL_UNIT[ch] !== undefined) {
      group += (digit === 0 ? 1 : digit) * SMALL_UNIT[ch];
      digit = 0;
    } else if (BIG_UNIT[ch] !== undefined) {
      const unit = BIG_UNIT[ch];
      if (unit >= bigUnit && total > 0) break;
      total += (group + digit === 0 ? 1 : group + digit) * unit;
      bigUnit = unit;
      group = 0;
      digit = 0;
    } else break;
    read = true;
  }
  if (!read) return null;
  return { value: total + group + digit, length: i, bigUnit };
}

/** A native Korean numeral at the start of a word ("서른여덟…", "열다섯…"): its value and length, or null. */
function readNative(word: string): { value: number; length: number } | null {
  let value = 0;
  let length = 0;
  const tens = NATIVE_TENS.find(([text]) => word.startsWith(text));
  if (tens) {
    value += tens[1];
    length += tens[0].length;
  }
  const ones = NATIVE_ONES.find(([text]) => word.startsWith(text, length));
  if (ones) {
    value += ones[1];
    length += ones[0].length;
  }
  // A lone one-syllable word ("한", "세", "열") is too often something else: tens and ones together,
  // or a two-syllable number ("다섯", "스물").
  return length >= 2 ? { value, length } : null;
}

/**
 * The value a question word spells out in Korean numerals, or null when it is not a numeral word.
 * Needs at least two syllables of numeral and a Sino-Korean unit or a native number, so that
 * ordinary words ("이사", "사만" aside) are seldom read as numbers — and the form is used only when
 * an article writes the figure.
 * @example
 * readNumeralWord('이천칠백억') // { value: 270000000000, range: false, bigUnit: 1e8 }
 * readNumeralWord('서른여덟') // { value: 38, … }
 */
export function readNumeralWord(word: string): Numeral | null {
  const native = readNative(word);
  if (native && AFTER_NUMERAL.test(word.slice(native.length))) return { value: native.value, range: false, bigUnit: 1 };
  const sino = readSino(word);
  if (!sino || sino.length < 2) return null;
  // A Sino-Korean number needs a unit: "이사", "오일" are words, "사만", "육천" are numbers.
  if (!/[십백천만억조]/u.test(word.slice(0, sino.length))) return null;
  let rest = word.slice(sino.length);
  const range = rest.startsWith('대') && !rest.startsWith('대로');
  if (range) rest = rest.slice(1);
  return AFTER_NUMERAL.test(rest) ? { value: sino.value, range, bigUnit: sino.bigUnit } : null;
}

/** A value as articles write it without spaces and commas: 270000000000 → "2700억", 40000 → "4만", 38 → "38". */
function writtenForm(value: number, bigUnit: number): string {
  if (bigUnit >= 1e4 && value % bigUnit === 0) return `${value / bigUnit}${bigUnit === 1e4 ? '만' : bigUnit === 1e8 ? '억' : '조'}`;
  return String(value);
}

/** The figures (digits with an optional 만/억/조) a text writes, squashed: "6,353억 원" → "6353억". */
function writtenFigures(text: string): string[] {
  return [...text.replace(/(\d),(?=\d{3})/gu, '$1').matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(만|억|조)?(?![\d.])/gu)].map((m) => `${m[1]}${m[2] ?? ''}`);
}

/**
 * The article's spelling of a question word written in Korean numerals, when one of the texts (the
 * question's hits) writes that figure; none otherwise. "육천억대" takes the figure a text writes
 * between 6,000억 and 7,000억.
 * @example
 * numeralFigureForms('이천칠백억', ['약 2,700억 원을 투입']) // ['2700억']
 * numeralFigureForms('삼천억', ['약 2,700억 원을 투입']) // []
 * numeralFigureForms('육천억대라던데', ['6,353억 원 규모']) // ['6353억']
 */
export function numeralFigureForms(word: string, texts: readonly string[]): readonly string[] {
  if (/\s/u.test(word) || !/^[가-힣]+$/u.test(word)) return [];
  const numeral = readNumeralWord(word);
  if (numeral === null || numeral.value === 0) return [];
  const figures = new Set(texts.flatMap(writtenFigures));
  if (!numeral.range) {
    const form = writtenForm(numeral.value, numeral.bigUnit);
    return figures.has(form) ? [form] : [];
  }
  // "육천억대": the figures a text writes from that value up to the next step of its leading digit.
  const unit = numeral.bigUnit;
  const scaled = numeral.value / unit;
  const step = 10 ** Math.floor(Math.log10(scaled));
  const suffix = unit === 1e4 ? '만' : unit === 1e8 ? '억' : unit === 1e12 ? '조' : '';
  return [...figures].filter((figure) => {
    if (!figure.endsWith(suffix) || (suffix === '' && /[만억조]$/u.test(figure))) return false;
    const n = Number(suffix === '' ? figure : figure.slice(0, -1));
    return n >= scaled && n < scaled + step;
  });
}
