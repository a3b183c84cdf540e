/**
 * 토큰화 (tokenization) without a dictionary: syllable bigrams survive spacing and particles.
 */
import { normalize } from './normalize.ts';

/** What one character is, for splitting text into runs. */
type CharKind = 'syllable' | 'jamo' | 'digit' | 'letter' | 'space' | 'other';

function charKind(code: number, char: string): CharKind {
  if (code >= 0xac00 && code <= 0xd7a3) return 'syllable';
  if (code >= 0x3131 && code <= 0x318e) return 'jamo';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'letter';
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return 'space';
  if (code < 0x80) return 'other';
  if (code >= 0xd800 && code <= 0xdfff) return 'other';
  return /[\p{L}\p{N}]/u.test(char) ? 'letter' : 'other';
}

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
    const char = text[i] ?? '';
    const kind = charKind(code, char);
    if (kind === 'space' || kind === 'other') {
      gap += kind === 'space' ? ' ' : '#';
      i++;
      continue;
    }
    let j = i + 1;
    let runKind: Run['kind'];
    if (kind === 'syllable' || kind === 'jamo') {
      runKind = kind === 'syllable' ? 'hangul' : 'jamo';
      while (j < text.length && charKind(text.charCodeAt(j), text[j] ?? '') === kind) j++;
    } else {
      // Letters and digits form one word; a pure digit run (with decimals) is a number.
      while (j < text.length) {
        const k = charKind(text.charCodeAt(j), text[j] ?? '');
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
  const crossSpace = options.crossSpaceBigrams ?? true;
  const terms: string[] = [];
  let previous: Run | undefined;
  for (const run of splitRuns(text)) {
    if (run.kind === 'hangul') {
      const t = run.text;
      if (
        crossSpace &&
        previous?.kind === 'hangul' &&
        (run.spacedFromPrevious || run.touchesPrevious)
      ) {
        terms.push(previous.text.slice(-1) + t[0]);
      }
      if (t.length === 1) terms.push(t);
      for (let k = 0; k + 1 < t.length; k++) terms.push(t.slice(k, k + 2));
    } else if (run.kind === 'number') {
      terms.push(run.text);
    } else {
      terms.push(run.text);
    }
    // A number followed by a unit syllable: "2700억", "38개", "2025년".
    if (run.kind === 'hangul' && previous?.kind === 'number' && run.touchesPrevious) {
      terms.push(previous.text + run.text[0]);
    }
    previous = run;
  }
  return terms;
}
