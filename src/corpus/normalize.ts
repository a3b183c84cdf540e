/**
 * Text normalization shared by every corpus input: one Unicode form, one kind of line break and space.
 */

/**
 * Format characters (Unicode category Cf: zero-width spaces and joiners, the byte-order mark, soft
 * hyphens, bidi controls, tags), which scraped pages and pasted questions carry invisibly and which
 * would split a word ("랩\u200B허브") without showing it.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** A UTF-16 surrogate without its partner (from a JSON `\ud800` escape or a cut string). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Spaces other than U+0020 (no-break, ideographic, thin, …), tabs included. */
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Well-formed UTF-16 without format characters: what every text taken in (a page, a record, a
 * question, a speaker name) is reduced to first, so that what is searched and what is echoed hold
 * only visible characters. Linear in the text. (`String.prototype.toWellFormed` is Node 20+ but not in
 * the ES2022 typings; this does the same: a lone surrogate becomes U+FFFD.)
 * @example visibleText('랩\u200B허브\uD800') // '랩허브\uFFFD'
 */
export function visibleText(raw: string): string {
  return raw.replace(LONE_SURROGATE, '\uFFFD').replace(FORMAT_CHARACTERS, '');
}

/**
 * Normalizes a whole page: NFC, `\n` line breaks, plain spaces, no invisible characters.
 * @example normalizeText('가\u00A0나\r\n') // '가 나\n'
 */
export function normalizeText(raw: string): string {
  return visibleText(raw).normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n').replace(ODD_SPACE, ' ');
}

/** Full-width ASCII ("ＵＬ", "２７００", "？"), as Korean input methods type it. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * One line of user input (a question, a speaker's name) in the corpus's form: `normalizeText`, then
 * full-width ASCII folded to ASCII and whitespace collapsed to single spaces.
 * @example normalizeLine('ＫＢ  랩허브\u200B 예산？') // 'KB 랩허브 예산?'
 */
export function normalizeLine(raw: string): string {
  const folded = normalizeText(raw).replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  return collapseSpaces(folded);
}

/**
 * Collapses runs of whitespace to one space and trims.
 * @example collapseSpaces('  가   나 ') // '가 나'
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
