/**
 * 자모 (jamo) helpers over hangul-js: the only module that imports it.
 */
import Hangul from 'hangul-js';

/** Compatibility-jamo initial consonants (초성) as typed on a keyboard: ㄱ..ㅎ. */
const CHOSEONG_LIST = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Syllables per initial consonant: 21 vowels × 28 finals. */
const SYLLABLES_PER_CHOSEONG = 588;

/**
 * @name disassemble
 * @description
 * 한글을 자모 문자열로 분해한다 (겹모음·겹받침도 낱자로). 한글이 아닌 문자는 그대로 둔다.
 * @example
 * disassemble('랩허브') // 'ㄹㅐㅂㅎㅓㅂㅡ'
 * disassemble('값') // 'ㄱㅏㅂㅅ'
 * disassemble('MOU') // 'MOU'
 */
export function disassemble(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += disassembleChar(text.charCodeAt(i));
  return out;
}

/**
 * Jamo of one UTF-16 unit, computed by hangul-js once per character and remembered: hangul-js
 * builds arrays per call, and typo checks disassemble the same syllables over and over (profiled
 * as the costliest step of evidence checks at 50× KorQuAD).
 */
const jamoOfChar = new Map<number, string>();
function disassembleChar(code: number): string {
  let jamo = jamoOfChar.get(code);
  if (jamo === undefined) {
    jamo = Hangul.disassemble(String.fromCharCode(code)).join('');
    if (jamoOfChar.size < 20_000) jamoOfChar.set(code, jamo);
  }
  return jamo;
}

/**
 * @name getChoseong
 * @description
 * 완성형 음절마다 초성을 뽑는다. 음절이 아닌 문자는 버린다 (공백 포함).
 * @example
 * getChoseong('대웅제약') // 'ㄷㅇㅈㅇ'
 * getChoseong('랩 허브') // 'ㄹㅎㅂ'
 */
export function getChoseong(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) {
      out += CHOSEONG_LIST[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_CHOSEONG)];
    }
  }
  return out;
}

/**
 * @name isChoseongOnly
 * @description
 * 초성(자음 낱자)만으로 된 두 글자 이상의 문자열인지 (초성 검색어 판별).
 * @example
 * isChoseongOnly('ㄷㅇㅈㅇ') // true
 * isChoseongOnly('ㄷ') // false (한 글자는 너무 모호하다)
 * isChoseongOnly('대웅') // false
 */
export function isChoseongOnly(text: string): boolean {
  if (text.length < 2) return false;
  for (const char of text) if (!CHOSEONG_LIST.includes(char)) return false;
  return true;
}

/**
 * @name jamoDistance
 * @description
 * 두 문자열을 자모로 분해한 뒤의 편집 거리 (Levenshtein). 오타 허용 비교에 쓴다.
 * @example
 * jamoDistance('랩헙', '랩허브') // 1 (ㅂ → ㅂㅡ)
 * jamoDistance('대웅재약', '대웅제약') // 1 (ㅐ → ㅔ)
 */
export function jamoDistance(a: string, b: string): number {
  return editDistance(disassemble(a), disassemble(b));
}

/**
 * Whether two jamo strings are within `max` edits: `editDistance(a, b) <= max`, but stopping as
 * soon as the answer is known (lengths too far apart, or a whole row of the table above `max`).
 * @example
 * withinEdits(disassemble('랩헙'), disassemble('랩허브'), 1) // true
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length) <= max;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]! <= max;
}

/** Levenshtein distance over UTF-16 units (jamo are single units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}
