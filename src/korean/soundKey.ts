/**
 * 외래어 소리 열쇠 (sound keys): English names and loanwords compared with their Hangul spelling by
 * how they sound ("Pfizer" ~ 화이자, "Nvidia" ~ 엔비디아, "Silicon Valley" ~ 실리콘밸리).
 *
 * Both sides become a string of sound classes: consonants by place (K: g k c q, T: d t, P: b p v,
 * F: f ph, S: s sh th, J: j z ch, L: l r, M, N, G: ng, H), a vowel as V, and the vowel ㅡ that
 * Korean inserts between consonants ("스트", "브리") as a weak v. Vowel quality is ignored: English
 * spelling says little about it. `soundDistance` is an edit distance that makes inserting a weak
 * vowel or confusing near sounds (F/P/H, S/J/T) cheap.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** 초성 → class ('' for silent ㅇ). */
const INITIAL_CLASS = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'J', 'J', 'J', 'K', 'T', 'P', 'H'];
/** 종성 → class, as loanword finals sound (로봇 → T, 인터넷 → T). */
const FINAL_CLASS = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'G', 'T', 'T', 'K', 'T', 'P', 'T'];
/** 중성 ㅡ (index 18): the vowel inserted between consonants. */
const WEAK_MEDIAL = 18;

/**
 * @name hangulSoundKey
 * @description
 * 한글 낱말의 소리 열쇠. 모음은 V, 자음 사이에 끼워 넣는 ㅡ는 v, 겹친 같은 소리는 하나로.
 * @example
 * hangulSoundKey('화이자') // 'HVJV'
 * hangulSoundKey('실리콘밸리') // 'SVLVKVNPVLV'
 */
export function hangulSoundKey(hangul: string): string {
  let key = '';
  for (const char of hangul) {
    const code = char.codePointAt(0) ?? 0;
    if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) continue;
    const offset = code - SYLLABLE_FIRST;
    const initial = Math.floor(offset / 588);
    const medial = Math.floor((offset % 588) / 28);
    const final = offset % 28;
    key += INITIAL_CLASS[initial] ?? '';
    key += medial === WEAK_MEDIAL ? 'v' : 'V';
    key += FINAL_CLASS[final] ?? '';
  }
  return collapse(key);
}

/** Spelling rules applied in order to lower-case English letters. */
const LATIN_RULES: readonly [RegExp, string][] = [
  // "Johnson&Johnson", "P&G": the ampersand is said "and" (존슨앤존슨, 피앤지).
  [/&/gu, 'en'],
  [/[^a-z]/gu, ''],
  [/ph|pf/gu, 'f'],
  [/gh(?![aeiou])/gu, ''],
  [/ck/gu, 'k'],
  // An h after a vowel and before a consonant is silent (John → 존, Sarah → 사라).
  [/([aeiou])h(?![aeiouy])/gu, '$1'],
  [/qu/gu, 'kw'],
  [/x/gu, 'ks'],
  [/tion/gu, 'syon'],
  [/dge/gu, 'j'],
  [/c(?=[eiy])/gu, 's'],
  [/sh|th/gu, 's'],
  [/zh/gu, 'j'],
  [/ch/gu, 'j'],
  // "-er" at the end sounds as a vowel (Pfizer → 화이자).
  [/er$/gu, 'a'],
  // Non-rhotic r (Park, Pfizer, Moderna): silent unless a vowel follows; "-re" at the end too.
  [/r(?![aeiouy])|re$/gu, ''],
  // A silent final e after a consonant (Google, Cambridge).
  [/([^aeiou])e$/gu, '$1'],
  [/ng/gu, 'G'],
  [/n(?=k)/gu, 'G'],
];

const LATIN_CLASS: Readonly<Record<string, string>> = {
  a: 'V', e: 'V', i: 'V', o: 'V', u: 'V', y: 'V', w: 'V',
  g: 'K', k: 'K', c: 'K', q: 'K', d: 'T', t: 'T', b: 'P', p: 'P', v: 'P', f: 'F',
  s: 'S', z: 'J', j: 'J', l: 'L', r: 'L', m: 'M', n: 'N', h: 'H', G: 'G',
};

/**
 * @name latinSoundKey
 * @description
 * 영어 철자의 소리 열쇠 (hangulSoundKey와 같은 부호).
 * @example
 * latinSoundKey('Pfizer') // 'FVJV'
 * latinSoundKey('Silicon Valley') // 'SVLVKVNPVLV'
 */
export function latinSoundKey(latin: string): string {
  let text = latin.toLowerCase();
  for (const [pattern, replacement] of LATIN_RULES) text = text.replace(pattern, replacement);
  let key = '';
  for (const char of text) key += LATIN_CLASS[char] ?? '';
  return collapse(key);
}

/** French spellings read as French (Dassault → 다쏘, Renault → 르노, Peugeot → 푸조): per word. */
const FRENCH_RULES: readonly [RegExp, string][] = [
  [/eaux?$|aux?$|ault$|ault(?=s$)/gu, 'o'],
  [/eu/gu, 'u'],
  [/ou/gu, 'u'],
  [/g(?=e)/gu, 'j'],
  // Final consonants are silent (Systèmes → 시스템), and so is a final e.
  [/(e?s|t|d|x|z)$/gu, ''],
  [/([^aeiou])e$/gu, '$1'],
];

/** Spellings French has and English seldom: -ault, -eau(x), -aux, -eot, -ois, -eur, -ette, -èmes, accents. */
const FRENCH_LOOK = /ault|eaux?\b|aux\b|eot\b|ois\b|eur\b|ette\b|[^aeiou]emes\b|[\u0300-\u036f]|ç/u;

/**
 * @name latinSoundKeys
 * @description
 * 영어 철자의 소리 열쇠들: 영어로 읽은 것, 그리고 프랑스어로 읽은 것(다르면). 외래어 이름의
 * 상당수가 프랑스어 읽기를 따른다 (Dassault Systèmes → 다쏘시스템).
 * @example
 * latinSoundKeys('Dassault') // ['TVSVLT', 'TVSV']
 */
export function latinSoundKeys(latin: string): string[] {
  const english = latinSoundKey(latin);
  // Only a spelling that looks French is read as French ("Ford" is not "For").
  if (!FRENCH_LOOK.test(latin.normalize('NFD').toLowerCase())) return [english];
  const words = latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((word) => word.length > 0);
  const french = latinSoundKey(
    words
      .map((word) => {
        let text = word;
        for (const [pattern, replacement] of FRENCH_RULES) text = text.replace(pattern, replacement);
        return text;
      })
      .join(' '),
  );
  return french === english || french.replace(/V/gu, '').length < 2 ? [english] : [english, french];
}

/** Runs of one class become one ("LL" → "L", "VV" → "V"); a weak vowel beside a vowel is the vowel. */
function collapse(key: string): string {
  return key
    .replace(/([A-Z])\1+/gu, '$1')
    .replace(/[Vv]*V[Vv]*/gu, 'V')
    .replace(/v+/gu, 'v');
}

/** The symbols of sound keys, each an index into the cost tables below. */
const SYMBOLS = 'VvKTPFSJLMNGH';

/** Pairs of sounds that spelling confuses often, cheaper to swap than unrelated ones. */
const NEAR = ['FH', 'SJ', 'ST', 'TJ', 'KG', 'NG', 'JK'];

/** Substitution costs between symbols (vowels alike; f is written ㅍ in loanwords: 포드, 포럼). */
const SUBSTITUTION: number[][] = [...SYMBOLS].map((a) =>
  [...SYMBOLS].map((b) => {
    if (a === b) return 0;
    if ('Vv'.includes(a) && 'Vv'.includes(b)) return 0;
    if ((a === 'F' && b === 'P') || (a === 'P' && b === 'F')) return 0.2;
    return NEAR.includes(a + b) || NEAR.includes(b + a) ? 0.5 : 1;
  }),
);

/** Insertion or deletion costs: the vowel ㅡ that Korean inserts 0.2, a vowel or h 0.5, a consonant 1. */
const INDEL: number[] = [...SYMBOLS].map((symbol) => (symbol === 'v' ? 0.2 : symbol === 'V' || symbol === 'H' ? 0.5 : 1));

function codes(key: string): number[] {
  return [...key].map((symbol) => Math.max(0, SYMBOLS.indexOf(symbol)));
}

/**
 * @name soundDistance
 * @description
 * 두 소리 열쇠의 편집 거리: ㅡ 삽입 0.2, f↔ㅍ 0.2, 모음·h 0.5, 비슷한 자음 바꿈 0.5, 나머지 1.
 * `limit`을 넘으면 일찍 그만두고 Infinity.
 * @example
 * soundDistance(latinSoundKey('Google'), hangulSoundKey('구글')) // 0.2
 */
export function soundDistance(a: string, b: string, limit = Infinity): number {
  const x = codes(a);
  const y = codes(b);
  let previous = new Float64Array(y.length + 1);
  let current = new Float64Array(y.length + 1);
  for (let j = 1; j <= y.length; j++) previous[j] = (previous[j - 1] ?? 0) + (INDEL[y[j - 1] ?? 0] ?? 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1] ?? 0;
    const deleteX = INDEL[xi] ?? 1;
    const row = SUBSTITUTION[xi] ?? [];
    current[0] = (previous[0] ?? 0) + deleteX;
    let rowMin = current[0] ?? 0;
    for (let j = 1; j <= y.length; j++) {
      const yj = y[j - 1] ?? 0;
      const cost = Math.min(
        (previous[j] ?? 0) + deleteX,
        (current[j - 1] ?? 0) + (INDEL[yj] ?? 1),
        (previous[j - 1] ?? 0) + (row[yj] ?? 1),
      );
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit) return Infinity;
    [previous, current] = [current, previous];
  }
  return Math.round((previous[y.length] ?? Infinity) * 100) / 100;
}

/**
 * The most a loanword's key may differ from an English spelling's and still be taken for it:
 * 0.15 of the key, at least half an edit.
 */
export function soundTolerance(key: string): number {
  return Math.max(0.5, 0.15 * key.length);
}

/** 중성 by English vowel letter: the Hangul vowels a loanword writes for it first. */
const VOWEL_MEDIALS: Readonly<Record<string, string>> = {
  a: 'ㅏㅐㅔㅓㅑㅒㅖㅘㅙ',
  e: 'ㅔㅐㅓㅣㅖㅕㅡ',
  i: 'ㅣㅏㅔㅓㅟㅡ',
  o: 'ㅗㅓㅜㅘㅝㅚ',
  u: 'ㅜㅓㅠㅏㅡㅝ',
  y: 'ㅣㅏㅠㅛㅑㅕㅖㅐ',
};
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';

/**
 * @name firstVowelAgrees
 * @description
 * 영어 철자의 첫 모음 글자와 한글 낱말 첫 음절의 모음이 외래어 표기로 어울리는지. 모음을 보지 않는
 * 소리 열쇠가 짧은 낱말에서 우연히 맞는 것("Osong" ~ 이상)을 거른다.
 * @example
 * firstVowelAgrees('Osong', '오송') // true
 * firstVowelAgrees('Osong', '이상') // false
 */
export function firstVowelAgrees(latin: string, hangul: string): boolean {
  const letter = /[aeiouy]/u.exec(latin.toLowerCase())?.[0];
  const first = hangul.codePointAt(0) ?? 0;
  if (!letter || first < SYLLABLE_FIRST || first > SYLLABLE_LAST) return true;
  const medial = MEDIALS[Math.floor(((first - SYLLABLE_FIRST) % 588) / 28)] ?? '';
  return (VOWEL_MEDIALS[letter] ?? '').includes(medial);
}
