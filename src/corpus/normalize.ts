/**
 * Text normalization shared by every corpus input: one Unicode form, one kind of line break and space.
 */

/** Zero-width characters and the byte-order mark, which scraped pages carry invisibly. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces other than U+0020 (no-break, ideographic, thin, …), tabs included. */
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalizes a whole page: NFC, `\n` line breaks, plain spaces, no invisible characters.
 * @example normalizeText('가\u00A0나\r\n') // '가 나\n'
 */
export function normalizeText(raw: string): string {
  return raw.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
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
  // Once the invisible characters are gone, jamo they kept apart compose (NFC again).
  return collapseSpaces(folded).normalize('NFC');
}

/**
 * Collapses runs of whitespace to one space and trims.
 * @example collapseSpaces('  가   나 ') // '가 나'
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
