/**
 * Aliases the corpus defines itself, never hand-listed: "유엘 솔루션즈(UL Solutions)",
 * "업무협약(MOU)", "UL Solutions(유엘 솔루션즈)" and "중소벤처기업부(… 이하 중기부)".
 */

/** Normalized phrase with spaces removed → the phrases it stands for (normalized, spaced). */
export type Aliases = Map<string, string[]>;

const MAX_ALTERNATIVES = 6;

/** Hangul words then a parenthesized Latin name: 유엘 솔루션즈(ul solutions). */
const HANGUL_THEN_LATIN = /((?:[가-힣]+ ){0,2}[가-힣]+) ?\(([a-z][a-z0-9&.\- ]{0,40}[a-z0-9])\)/g;
/** A Latin name then its Hangul form in parentheses: ul solutions(유엘 솔루션즈). */
const LATIN_THEN_HANGUL = /((?:[a-z0-9&.\-]+ ){0,3}[a-z][a-z0-9&.\-]*) ?\(([가-힣]+(?: [가-힣]+){0,2})\)/g;
/** A name, then "(…이하 short)": 중소벤처기업부(장관 이영, 이하 중기부). */
const DEFINED_ABBREVIATION = /([가-힣a-z0-9]+) ?\([^()]{0,40}?이하 ?['‘"“]?([가-힣a-z0-9]+)/g;

/** A parenthesis opening on a Latin letter, or on a Hangul syllable. */
const OPENS_LATIN = /\([a-z]/;
const OPENS_HANGUL = /\([가-힣]/;

export function aliasKey(phrase: string): string {
  return phrase.replace(/ /g, '');
}

function addAlias(aliases: Aliases, from: string, to: string): void {
  const key = aliasKey(from);
  if (key.length < 2 || key === aliasKey(to)) return;
  const list = aliases.get(key) ?? [];
  if (!list.includes(to) && list.length < MAX_ALTERNATIVES) list.push(to);
  aliases.set(key, list);
}

/** Records that `a` and `b` name the same thing, both ways. */
export function linkAliases(aliases: Aliases, a: string, b: string): void {
  addAlias(aliases, a, b);
  addAlias(aliases, b, a);
}

/** Keeps as many trailing Hangul words as the Latin name has words (at least one). */
function trailingWords(hangul: string, count: number): string {
  const words = hangul.split(' ');
  return words.slice(-Math.max(1, Math.min(count, words.length))).join(' ');
}

/**
 * Whether all the Hangul words before a Latin name are its expansion, not just the last: the name is
 * quoted whole ("‘캠브리지 이노베이션 센터(CIC)’"), or an acronym has a letter for each word.
 */
function wholeName(text: string, at: number, length: number, hangul: string, latin: string): boolean {
  const words = hangul.split(' ').length;
  if (words < 2) return false;
  if (/['‘"“]/.test(text[at - 1] ?? '') && /['’"”]/.test(text[at + length] ?? '')) return true;
  return /^[a-z]{2,6}$/.test(latin) && latin.length === words;
}

/**
 * @name learnAliases
 * @description
 * 본문이 스스로 밝힌 별칭을 모은다: 한글(로마자), 로마자(한글), "(… 이하 약칭)". 양방향으로 기록한다.
 * @example
 * learnAliases(['유엘 솔루션즈(ul solutions)와 협약']).get('ulsolutions') // ['유엘 솔루션즈']
 * learnAliases(['중소벤처기업부(장관 이영, 이하 중기부)는']).get('중기부') // ['중소벤처기업부']
 */
export function learnAliases(normalizedTexts: Iterable<string>, into: Aliases = new Map()): Aliases {
  for (const text of normalizedTexts) for (const [a, b] of aliasLinksOf(text)) linkAliases(into, a, b);
  return into;
}

/** The alias pairs one normalized text defines, in the order `learnAliases` links them. */
export function aliasLinksOf(text: string): [string, string][] {
  const links: [string, string][] = [];
  if (!text.includes('(')) return links;
  // Each pattern is run only where what it cannot match without is there (most passages have neither).
  if (OPENS_LATIN.test(text)) {
    for (const m of text.matchAll(HANGUL_THEN_LATIN)) {
      const latin = (m[2] ?? '').trim();
      const hangul = m[1] ?? '';
      links.push([wholeName(text, m.index ?? 0, m[0].length, hangul, latin) ? hangul : trailingWords(hangul, latin.split(' ').length), latin]);
    }
  }
  if (OPENS_HANGUL.test(text)) for (const m of text.matchAll(LATIN_THEN_HANGUL)) links.push([(m[1] ?? '').trim(), (m[2] ?? '').trim()]);
  if (text.includes('이하')) for (const m of text.matchAll(DEFINED_ABBREVIATION)) links.push([m[1] ?? '', m[2] ?? '']);
  return links;
}
