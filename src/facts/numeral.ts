/**
 * 수사(數詞): how figures are written in Korean news ("2,700억", "7조9000억", "5천억", "1.5") and
 * how to read them as numbers. Shared by every numeric fact module of this stage.
 */

/** A plain number: "2,700", "6353", "2.59", "88.69". */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/**
 * A figure with Korean place units: "59억", "7조9000억", "7조 9000억", "5천억", "1500만", "4만",
 * "1만2000" (plain digits glued after the last unit), "14만 9,000", "97만 4,880" (the last group spaced off
 * after 만, 억 or 조: one number, not two). Units are attached to the digits ("2,700억"); a space may
 * follow a unit before the next group.
 */
export const AMOUNT = String.raw`${NUMBER}(?:[조억만천백](?:\s?${NUMBER}(?=[조억만천백]))?)*(?:[조억만천백](?:${NUMBER})?|[조억만]\s(?:\d,\d{3}|\d{1,4})(?![\d.,]|\s?[년월일]))?`;

/**
 * Where a figure may start: not inside another number, not glued to Latin letters or a Latin
 * model name ("B-52H", "COVID-19", "GS25"), not after 제 (ordinals: "제28회") — the prefix 제, not a
 * word's last syllable ("천문축제 41만2천 명", "경제 3조 원" are figures).
 */
export const FIGURE_START = String.raw`(?<![\d.,A-Za-z]|[A-Za-z]-|(?<![가-힣])제\s?)`;

/**
 * Josa (조사) or copula that may follow a counter word before the word ends: lets "15개 사가" read
 * as 개사 but keeps "15개 사업" from doing so.
 */
export const WORD_END = String.raw`(?=(?:에서|에게|에는|으로|까지|부터|보다|이다|이며|이고|이라|이나|은|는|이|가|을|를|의|와|과|도|에|로|만|씩|나|들|및|일|인|중|당)?(?![가-힣]))`;

const PLACE_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3, 백: 1e2 };

/**
 * Reads a figure written with Korean place units.
 * @example
 * parseAmount('2,700억') // 270000000000
 * parseAmount('7조9000억') // 7900000000000
 * parseAmount('5천억') // 500000000000
 * parseAmount('2.59') // 2.59
 */
export function parseAmount(text: string): number | null {
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let seen = false;
  for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)|([조억만천백])/g)) {
    const [, digits, unit] = match;
    if (digits !== undefined) {
      current = Number(digits.replace(/,/g, ''));
      seen = true;
    } else if (unit !== undefined) {
      const size = PLACE_UNITS[unit] ?? 1;
      if (size >= 1e4) {
        const group = section + (current ?? 0);
        total += (group === 0 ? 1 : group) * size;
        section = 0;
      } else {
        section += (current ?? 1) * size;
      }
      current = null;
    }
  }
  if (!seen) return null;
  total += section + (current ?? 0);
  return tidy(total);
}

/** Removes binary floating-point noise: 2.59 * 1e6 → 2590000. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Whether text holds an ASCII digit: every pattern built on `NUMBER` or `AMOUNT` needs one, so a
 * sentence without any is not searched with them (most of its positions would be tried in vain).
 */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}
const DIGIT = /[0-9]/;

/** English scale words: "$1.5 billion". */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** 고유어 수사: native numerals used with counters ("다섯 개", "두 명"). */
export const NATIVE_NUMERALS: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
