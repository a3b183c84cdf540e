/**
 * 맨 명사 (a bare noun): an eojeol with no particle, no verb or adnominal ending, no punctuation, and
 * not an adverb or determiner — one that may modify the noun after it ("현지 거점"). Read by the span
 * features (./features.ts) and by the widening of a chosen span (./widen.ts).
 */
import { stripJosa } from '../../korean/josa.ts';

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
