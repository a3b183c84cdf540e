/**
 * 명사구 넓히기: a span the model chose is widened leftwards over the bare nouns that modify it in
 * its sentence ("1번지" → "네트워킹 1번지", "전략동맹" → "포괄적 전략동맹", "거점" → "현지 거점").
 *
 * Why: the model scores runs of eojeols and often prefers the head noun alone, which reads as a
 * fragment in a briefing ("1번지") and, said aloud, is not the article's answer. An eojeol joins the
 * span only when it is a bare noun: no particle (조사), no verb or adnominal ending, no punctuation,
 * not an adverb, and not a word the question itself says (an echo adds nothing to the answer).
 */
import { stripJosa } from '../../korean/josa.ts';
import { lastEojeol } from './features.ts';

/** Most eojeols added in front of the span. */
const MAX_ADDED_EOJEOLS = 2;
/** Longest widened span, in characters. */
const MAX_WIDENED_CHARS = 30;

/** Last syllables of verbs and adnominal forms ("위한", "열린", "새로운", "다른", "있다", "하고", "있도록", "하듯"). */
const VERB_FINALS = new Set([...'한된던할될운른린긴친난간온올본쓴준낸든선다고며서게면요해돼했음함록듯려니지']);

/** Adverbs and determiners that stand before a noun without being part of its name. */
const NOT_MODIFIERS = new Set([
  '가장', '매우', '특히', '또한', '함께', '이미', '다시', '더', '또', '약', '총', '각', '이번', '올해', '현재',
  '최근', '한편', '이날', '당시', '그', '이', '저', '및', '등', '또는', '모두', '바로', '첫', '새',
]);

/** Whether an eojeol is a bare noun that may modify the noun after it. */
export function isBareNoun(word: string): boolean {
  if (!/^[\p{L}\p{N}\-·&]+$/u.test(word)) return false;
  if (NOT_MODIFIERS.has(word)) return false;
  // A lone syllable before a noun is mostly a determiner or adnominal (큰, 새, 온, 각), seldom a name.
  if (/^\p{Script=Hangul}$/u.test(word)) return false;
  if (stripJosa(word) !== word) return false;
  const last = word[word.length - 1] ?? '';
  return !VERB_FINALS.has(last);
}

/**
 * The span widened over the bare nouns right before it (same sentence, no punctuation between),
 * as new offsets; the span itself when nothing joins. `echoes` is the question without spaces.
 */
export function widenSpan(sentence: string, start: number, end: number, echoes: string): { start: number; end: number } {
  let from = start;
  for (let added = 0; added < MAX_ADDED_EOJEOLS; added++) {
    if (sentence[from - 1] !== ' ') break;
    const word = lastEojeol(sentence.slice(0, from - 1));
    if (!word) break;
    if (!isBareNoun(word) || echoes.includes(word.toLowerCase())) break;
    const next = from - 1 - word.length;
    if (end - next > MAX_WIDENED_CHARS) break;
    from = next;
  }
  return { start: from, end };
}
