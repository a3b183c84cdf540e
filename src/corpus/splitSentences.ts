import { collapseSpaces } from './normalize.ts';

/**
 * 문장 분리: splits a paragraph into sentences at Korean sentence ends (`다.`, `요.`, `까?`, `!`).
 *
 * - A sentence end inside a quotation (“ ” ‘ ’ 「 」 『 』 " ') does not split: `“…이어질 것이다.”라고 전했다.`
 *   is one sentence. A quotation that closes right after the end and is followed by a space does split.
 * - A period splits only after a Hangul syllable (or a long lowercase Latin word) followed by a space or the
 *   end, so decimals (`2.59`), abbreviations (`D.C.`), and dates (`2023. 5. 4.`) stay whole.
 * - An unbalanced quotation mark (a stray `"`) is ignored rather than swallowing the paragraph.
 * `Intl.Segmenter('ko')` gets the quotation, abbreviation and date cases wrong, hence this scanner.
 *
 * @example
 * splitSentences('그는 “좋다.”라고 말했다. 약 2.59km²이다.')
 * // ['그는 “좋다.”라고 말했다.', '약 2.59km²이다.']
 */
export function splitSentences(paragraph: string): string[] {
  const text = collapseSpaces(paragraph);
  if (text === '') return [];
  const ignored = new Set<number>();
  for (;;) {
    const { sentences, unclosed } = scan(text, ignored);
    if (unclosed.length === 0) return sentences;
    for (const position of unclosed) ignored.add(position);
  }
}

/** Quotation openers and their closers. ASCII quotes open and close with the same character. */
const QUOTE_PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '"': '"',
  "'": "'",
};
const CLOSERS = new Set(Object.values(QUOTE_PAIRS).concat([')', ']']));
const TERMINATORS = new Set(['.', '?', '!', '。', '？', '！']);
/**
 * Characters the scanner acts on, by UTF-16 code; everything else is skipped at once, by its code
 * (reading `text[i]` makes a string of each Hangul character).
 */
const SPECIAL = new Uint8Array(0x10000);
for (const ch of [...Object.keys(QUOTE_PAIRS), ...CLOSERS, ...TERMINATORS]) SPECIAL[ch.charCodeAt(0)] = 1;
const HANGUL_SYLLABLE = /[가-힣]/;
const LATIN_WORD_END = /(?:^|[^A-Za-z])([a-z]{2,})$/;
const ABBREVIATIONS = new Set(['etc', 'corp', 'vs', 'approx', 'dept', 'univ']);

/** Sentences, and the positions of quotation openers that never closed (to ignore on the next pass). */
type ScanResult = { sentences: string[]; unclosed: number[] };
type Open = { ch: string; at: number };

function scan(text: string, ignored: Set<number>): ScanResult {
  const sentences: string[] = [];
  const stack: Open[] = [];
  const unclosed: number[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (SPECIAL[text.charCodeAt(i)] !== 1) {
      i += 1;
      continue;
    }
    const ch = text[i] ?? '';
    if (!ignored.has(i) && isOpener(text, i, ch, stack)) {
      stack.push({ ch, at: i });
      i += 1;
      continue;
    }
    if (closesTop(ch, stack)) {
      stack.pop();
      i += 1;
      continue;
    }
    if (TERMINATORS.has(ch) && endsSentence(text, i)) {
      let j = i + 1;
      const after = [...stack];
      while (j < text.length) {
        const next = text[j] ?? '';
        if (TERMINATORS.has(next)) j += 1;
        else if (closesTop(next, after)) {
          after.pop();
          j += 1;
        } else if (next === ')' || next === ']') j += 1;
        else break;
      }
      const atBreak = j >= text.length || /\s/.test(text[j] ?? '');
      stack.length = 0;
      stack.push(...after);
      if (atBreak && after.length === 0) {
        pushSentence(sentences, text.slice(start, j));
        start = j;
      }
      i = j;
      continue;
    }
    i += 1;
  }
  pushSentence(sentences, text.slice(start));
  unclosed.push(...stack.map((open) => open.at));
  return { sentences, unclosed };
}

function pushSentence(sentences: string[], piece: string): void {
  const sentence = piece.trim();
  if (sentence !== '') sentences.push(sentence);
}

/** Whether the character at `i` opens a quotation we track. */
function isOpener(text: string, i: number, ch: string, stack: Open[]): boolean {
  if (QUOTE_PAIRS[ch] === undefined) return false;
  if (ch === '"' || ch === "'") {
    if (stack[stack.length - 1]?.ch === ch) return false; // it closes instead
    // An ASCII quote opens only at a word start; `don't` is an apostrophe.
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    return /[\s(\[“‘「『,·:]/.test(before) || i === 0;
  }
  return true;
}

function closesTop(ch: string, stack: Open[]): boolean {
  const top = stack[stack.length - 1];
  return top !== undefined && QUOTE_PAIRS[top.ch] === ch && CLOSERS.has(ch);
}

/** Whether the terminator at `i` can end a sentence, judging by what precedes it. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '。') return true; // ? and ! end sentences after anything
  if (text[i + 1] === '.') return false; // an ellipsis written as dots is not an end by itself
  const before = text.slice(Math.max(0, i - 24), i);
  const prev = before[before.length - 1] ?? '';
  if (HANGUL_SYLLABLE.test(prev)) return true;
  const word = LATIN_WORD_END.exec(before)?.[1];
  return word !== undefined && !ABBREVIATIONS.has(word);
}
