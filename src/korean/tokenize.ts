/**
 * 토큰화 (tokenization) without a dictionary: syllable bigrams survive spacing and particles.
 */
import { normalize } from './normalize.ts';

/** What one character is, for splitting text into runs. */
type CharKind = 'syllable' | 'jamo' | 'digit' | 'letter' | 'space' | 'other';

/** The kind of the character `code` at `text[i]` (the character is looked at only outside ASCII and Hangul). */
function charKind(code: number, text: string, i: number): CharKind {
  if (code >= 0xac00 && code <= 0xd7a3) return 'syllable';
  if (code >= 0x3131 && code <= 0x318e) return 'jamo';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'letter';
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return 'space';
  if (code < 0x80) return 'other';
  if (code >= 0xd800 && code <= 0xdfff) return 'other';
  return LETTER_OR_NUMBER.test(text[i] ?? '') ? 'letter' : 'other';
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** A maximal run of one kind of character in normalized text. */
export type Run = {
  kind: 'hangul' | 'jamo' | 'number' | 'word';
  text: string;
  /** True when only spaces (no punctuation) separate it from the previous run. */
  spacedFromPrevious: boolean;
  /** True when it touches the previous run (no character between). */
  touchesPrevious: boolean;
};

/**
 * Splits normalized text into Hangul syllable runs, compatibility-jamo runs, numbers
 * ("2700", "3.5") and other letter/digit words ("ul", "m2", "covid").
 * @example
 * splitRuns('2700억 원').map((r) => r.text) // ['2700', '억', '원']
 */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  let gap = ''; // what separates the next run from the previous one
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const kind = charKind(code, text, i);
    if (kind === 'space' || kind === 'other') {
      gap += kind === 'space' ? ' ' : '#';
      i++;
      continue;
    }
    let j = i + 1;
    let runKind: Run['kind'];
    if (kind === 'syllable' || kind === 'jamo') {
      runKind = kind === 'syllable' ? 'hangul' : 'jamo';
      while (j < text.length && charKind(text.charCodeAt(j), text, j) === kind) j++;
    } else {
      // Letters and digits form one word; a pure digit run (with decimals) is a number.
      while (j < text.length) {
        const k = charKind(text.charCodeAt(j), text, j);
        if (k === 'digit' || k === 'letter') j++;
        else if (text[j] === '.' && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? '')) j++;
        else break;
      }
      runKind = /^[\d.]+$/.test(text.slice(i, j)) ? 'number' : 'word';
    }
    runs.push({
      kind: runKind,
      text: text.slice(i, j),
      spacedFromPrevious: gap.length > 0 && !gap.includes('#'),
      touchesPrevious: gap.length === 0 && runs.length > 0,
    });
    gap = '';
    i = j;
  }
  return runs;
}

/** Tokenizer settings; index and query must use the same ones. */
export type TokenizeOptions = {
  /** Emit a bigram across a space between two Hangul runs ("랩 허브" → 랩허), default true. */
  crossSpaceBigrams?: boolean;
};

/**
 * @name tokenize
 * @description
 * 검색어/본문을 색인어로 나눈다 (정규화 포함): 한글은 음절 바이그램 (한 음절 덩어리는 유니그램,
 * 띄어쓰기를 넘는 바이그램 포함), 숫자·로마자는 낱말로, 숫자+단위("2700억")는 한 낱말로 더한다.
 * 어떤 문자열에도 예외를 던지지 않는다.
 * @example
 * tokenize('랩허브의 예산') // ['랩허', '허브', '브의', '의예', '예산']
 * tokenize('2,700억 원') // ['2700', '2700억', '억', '억원', '원']
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return tokenizeNormalized(normalize(text), options);
}

/** `tokenize` for text already passed through `normalize`. */
export function tokenizeNormalized(text: string, options: TokenizeOptions = {}): string[] {
  const terms: string[] = [];
  scanTerms(
    text,
    {
      bigram: (first, second) => terms.push(String.fromCharCode(first, second)),
      term: (term) => terms.push(term),
    },
    options.crossSpaceBigrams ?? true,
  );
  return terms;
}

/**
 * Where `scanTerms` hands the terms of a text, in order. A two-syllable term comes as its two
 * character codes (no string made for it: the index build numbers most terms without one).
 */
export interface TermSink {
  /** A two-syllable term (both codes Hangul syllables). */
  bigram(first: number, second: number): void;
  /** Any other term. */
  term(term: string): void;
  /** A run of Hangul syllables `text[start … end)`, told before its terms. */
  hangulRun?(text: string, start: number, end: number): void;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * The terms of normalized text, exactly as `tokenizeNormalized` lists them, handed to `sink` one
 * by one: one pass over the characters, no run objects, no string per syllable bigram.
 */
export function scanTerms(text: string, sink: TermSink, crossSpace = true): void {
  const n = text.length;
  // The previous run: its kind (null before the first), start and end.
  let prevKind: Run['kind'] | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  let gapLength = 0; // characters since the previous run
  let gapHasOther = false; // whether any of them was punctuation (not a space)
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = charKind(code, text, i);
    if (kind === 'space' || kind === 'other') {
      gapLength++;
      if (kind === 'other') gapHasOther = true;
      i++;
      continue;
    }
    const spaced = gapLength > 0 && !gapHasOther;
    const touches = gapLength === 0 && prevKind !== null;
    let j = i + 1;
    let runKind: Run['kind'];
    if (kind === 'syllable') {
      runKind = 'hangul';
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 0xac00 || c > 0xd7a3) break;
        j++;
      }
      sink.hangulRun?.(text, i, j);
      if (crossSpace && prevKind === 'hangul' && (spaced || touches)) sink.bigram(text.charCodeAt(prevEnd - 1), code);
      if (j - i === 1) sink.term(text[i] ?? '');
      for (let k = i; k + 1 < j; k++) sink.bigram(text.charCodeAt(k), text.charCodeAt(k + 1));
      if (prevKind === 'number' && touches) sink.term(text.slice(prevStart, prevEnd) + (text[i] ?? ''));
    } else if (kind === 'jamo') {
      runKind = 'jamo';
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 0x3131 || c > 0x318e) break;
        j++;
      }
      sink.term(text.slice(i, j));
    } else {
      // Letters and digits form one word; a pure digit run (with decimals) is a number.
      let onlyDigits = kind === 'digit';
      while (j < n) {
        const c = text.charCodeAt(j);
        const k = charKind(c, text, j);
        if (k === 'digit') j++;
        else if (k === 'letter') {
          onlyDigits = false;
          j++;
        } else if (c === 0x2e && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))) j++;
        else break;
      }
      runKind = onlyDigits ? 'number' : 'word';
      sink.term(text.slice(i, j));
    }
    prevKind = runKind;
    prevStart = i;
    prevEnd = j;
    gapLength = 0;
    gapHasOther = false;
    i = j;
  }
}
