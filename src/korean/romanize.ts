/**
 * 로마자 표기 (romanization): the Hangul of the corpus written in Latin letters, so an English
 * question can name what the articles write in Hangul ("Yoon Suk Yeol" → 윤석열, "Daegu" → 대구,
 * "Hyundai" → 현대).
 *
 * Two views of one rule set:
 * - `romanize`: the Revised Romanization (국어의 로마자 표기법) of a word, one spelling;
 * - `spellsRomanized`: whether a Latin spelling is one of the spellings news uses for a word —
 *   RR, McCune–Reischauer-like (Kim, Park, Choi, Chung), and the common surname forms (Lee, Yoon).
 *   Each syllable has a small set of spellings; a word matches when the Latin splits into them.
 *
 * es-hangul's `romanize` gives the one RR string only; matching needs every common spelling of each
 * syllable, so the tables live here.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** 초성 in Unicode order → RR and the other spellings news uses. */
const INITIALS: readonly (readonly string[])[] = [
  ['g', 'k'], ['kk', 'gg'], ['n'], ['d', 't'], ['tt', 'dd'], ['r', 'l', 'n'], ['m'], ['b', 'p'], ['pp', 'bb'],
  ['s', 'sh'], ['ss', 's'], [''], ['j', 'ch'], ['jj', 'j'], ['ch'], ['k'], ['t'], ['p'], ['h'],
];

/** 중성 in Unicode order → RR and the other spellings (ㅓ "u"/"o": Jung, Seoul → Soul; ㅕ "you": Young). */
const MEDIALS: readonly (readonly string[])[] = [
  ['a', 'ar'], ['ae', 'ai', 'e'], ['ya'], ['yae'], ['eo', 'u', 'o', 'ur'], ['e', 'ei'], ['yeo', 'yu', 'yo', 'you'], ['ye'],
  ['o', 'oh'], ['wa'], ['wae'], ['oe', 'oi', 'we'], ['yo'], ['u', 'oo', 'ou'], ['wo'], ['we'], ['wi', 'wee'],
  ['yu', 'yoo'], ['eu', 'u'], ['ui', 'eui'], ['i', 'ee', 'y'],
];

/** 종성 in Unicode order (index 0: none) → how the final sounds (대표음), then other spellings. */
const FINALS: readonly (readonly string[])[] = [
  [''], ['k', 'g'], ['k', 'kk'], ['k'], ['n'], ['n'], ['n'], ['t', 'd'], ['l', 'r'], ['k', 'l'], ['m', 'l'],
  ['l', 'p'], ['l'], ['l'], ['p', 'l'], ['l'], ['m'], ['p', 'b'], ['p'], ['t', 's'], ['t', 'ss'], ['ng'],
  ['t', 'j'], ['t', 'ch'], ['k'], ['t'], ['p'], ['t'],
];

/**
 * Surname and syllable spellings the letter rules above cannot make: 두음법칙 (이 → Lee, 노 → Roh),
 * and spellings with a silent h (Ahn, Sohn). General conventions, not any article's names.
 */
const SYLLABLE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  이: ['lee', 'yi', 'rhee', 'rhie', 'ri'],
  임: ['lim', 'rim'],
  노: ['roh', 'noh', 'ro'],
  나: ['ra'],
  류: ['ryu', 'yoo', 'yu', 'lyu'],
  유: ['yoo', 'yu', 'you'],
  안: ['ahn'],
  손: ['sohn'],
  신: ['shin'],
  심: ['shim'],
  오: ['oh'],
  우: ['woo'],
  허: ['huh', 'hur'],
  박: ['park', 'pak', 'bak'],
  백: ['baek', 'paik', 'baik'],
  최: ['choi', 'choe'],
  정: ['jung', 'chung', 'jeong', 'cheong'],
  조: ['cho', 'jo', 'joe'],
  주: ['joo', 'ju', 'chu'],
  구: ['koo', 'goo', 'ku', 'gu'],
  김: ['kim', 'gim'],
  강: ['kang', 'gang'],
  곽: ['kwak'],
  권: ['kwon', 'gwon'],
  석: ['suk', 'seok', 'sok'],
  엄: ['um', 'eom', 'uhm'],
  염: ['yeom', 'yum'],
  여: ['yeo', 'yuh'],
  변: ['byun', 'byeon'],
  명: ['myung', 'myeong'],
  형: ['hyung', 'hyeong'],
  경: ['kyung', 'kyeong', 'gyeong'],
  영: ['young', 'yeong', 'yung'],
  용: ['yong'],
  윤: ['yoon', 'yun'],
  은: ['eun'],
  을: ['eul'],
  근: ['keun', 'geun'],
  금: ['keum', 'geum'],
  륜: ['ryun', 'yun'],
  련: ['ryeon', 'ryun', 'yeon'],
};

const CONSONANT_LINKING: Readonly<Record<number, string>> = {
  // 연음 (liaison): a final before a silent ㅇ is read as the next syllable's initial.
  1: 'g', 2: 'kk', 4: 'n', 7: 'd', 8: 'r', 16: 'm', 17: 'b', 19: 's', 20: 'ss', 22: 'j', 23: 'ch', 25: 't', 26: 'p', 27: 'h',
};

type Syllable = { initial: number; medial: number; final: number };

function decompose(char: string): Syllable | null {
  const code = char.codePointAt(0) ?? 0;
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return null;
  const offset = code - SYLLABLE_FIRST;
  return { initial: Math.floor(offset / 588), medial: Math.floor((offset % 588) / 28), final: offset % 28 };
}

/**
 * @name romanize
 * @description
 * 국어의 로마자 표기법(RR)으로 쓴다: 음절마다 첫 표기, 받침은 대표음, 모음 앞 받침은 연음,
 * ㄹㄹ은 ll. 한글이 아닌 글자는 소문자로 그대로 둔다.
 * @example
 * romanize('대구') // 'daegu'
 * romanize('한국어') // 'hangugeo'
 * romanize('실리콘밸리') // 'sillikonbaelli'
 */
export function romanize(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const syllable = decompose(chars[i] ?? '');
    if (!syllable) {
      out += (chars[i] ?? '').toLowerCase();
      continue;
    }
    const previous = i > 0 ? decompose(chars[i - 1] ?? '') : null;
    const linked = previous !== null && previous.final !== 0 && syllable.initial === 11;
    const initial = linked
      ? (CONSONANT_LINKING[previous.final] ?? '')
      : syllable.initial === 5 && previous?.final === 8
        ? 'l'
        : (INITIALS[syllable.initial]?.[0] ?? '');
    const next = i + 1 < chars.length ? decompose(chars[i + 1] ?? '') : null;
    const finalLinks = syllable.final !== 0 && next !== null && next.initial === 11 && CONSONANT_LINKING[syllable.final] !== undefined;
    const final = finalLinks ? '' : (FINALS[syllable.final]?.[0] ?? '');
    out += initial + (MEDIALS[syllable.medial]?.[0] ?? '') + final;
  }
  return out;
}

const spellingCache = new Map<string, readonly string[]>();

/**
 * @name syllableSpellings
 * @description
 * 한 음절을 뉴스가 쓰는 로마자 표기들로: 자모마다의 표기를 곱하고, 두음법칙·성씨 표기를 더한다.
 * @example
 * syllableSpellings('박').includes('park') // true
 * syllableSpellings('현').includes('hyun') // true
 */
export function syllableSpellings(char: string): readonly string[] {
  const cached = spellingCache.get(char);
  if (cached) return cached;
  const syllable = decompose(char);
  if (!syllable) return [char.toLowerCase()];
  const spellings = new Set<string>(SYLLABLE_SPELLINGS[char] ?? []);
  for (const initial of INITIALS[syllable.initial] ?? ['']) {
    for (const medial of MEDIALS[syllable.medial] ?? ['']) {
      for (const final of FINALS[syllable.final] ?? ['']) spellings.add(initial + medial + final);
    }
  }
  // A silent ㅇ before ㅜ/ㅗ is often written w (대웅 → Daewoong, 우리 → Woori).
  if (syllable.initial === 11 && (syllable.medial === 13 || syllable.medial === 8)) {
    for (const spelling of [...spellings]) if (/^[ou]/u.test(spelling)) spellings.add(`w${spelling}`);
  }
  const list = [...spellings].sort((a, b) => b.length - a.length);
  spellingCache.set(char, list);
  return list;
}

/** Latin letters only, lower case: "Yoon Suk-yeol" → "yoonsukyeol". */
export function latinKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/gu, '');
}

/**
 * @name spellsRomanized
 * @description
 * 로마자 철자가 한글 낱말의 (뉴스에서 쓰는) 로마자 표기 중 하나인지. 음절마다 표기를 이어 붙여
 * 철자 전체를 정확히 덮어야 한다. 받침이 다음 음절로 넘어가는 연음도 허용한다 (hangugeo).
 * @example
 * spellsRomanized('Yoon Suk Yeol', '윤석열') // true
 * spellsRomanized('Gyeonggi', '경기') // true
 * spellsRomanized('Samsung', '삼양') // false
 */
export function spellsRomanized(latin: string, hangul: string): boolean {
  return romanizedSyllables(latin, hangul) === [...hangul].length;
}

/**
 * @name romanizedSyllables
 * @description
 * 로마자 철자가 한글 낱말의 앞 몇 음절을 정확히 덮는지: 덮는 음절 수 (가장 긴 것), 못 덮으면 0.
 * "Daewoong"은 대웅제약의 앞 두 음절이다.
 * @example
 * romanizedSyllables('Daewoong', '대웅제약') // 2
 * romanizedSyllables('Samsung', '삼양') // 0
 */
export function romanizedSyllables(latin: string, hangul: string): number {
  const target = latinKey(latin);
  const syllables = [...hangul];
  if (target.length === 0) return 0;
  let reachable = new Set<number>([0]);
  let covered = 0;
  for (let i = 0; i < syllables.length; i++) {
    const syllable = syllables[i] ?? '';
    if (decompose(syllable) === null) break;
    const next = new Set<number>();
    for (const position of reachable) {
      for (const spelling of syllableSpellings(syllable)) {
        if (spelling.length > 0 && target.startsWith(spelling, position)) next.add(position + spelling.length);
      }
    }
    if (next.size === 0) break;
    if (next.has(target.length)) covered = i + 1;
    reachable = next;
  }
  return covered;
}

/**
 * Whether a Latin spelling can begin with a spelling of this syllable: the cheap first test before
 * `spellsRomanized` over a whole vocabulary.
 */
export function startsWithSyllable(latin: string, syllable: string): boolean {
  const target = latinKey(latin);
  return syllableSpellings(syllable).some((spelling) => spelling.length > 0 && target.startsWith(spelling));
}
