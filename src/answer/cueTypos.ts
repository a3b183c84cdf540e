/**
 * One-jamo typos in a question's own question words (의문사 오타): "언재 열렸어" → 언제,
 * "어듸서" → 어디서. Only the question words are corrected, never the topic: the corpus's own
 * vocabulary handles typos in the topic (search's rewrites).
 */
import { jamoDistance } from '../korean/jamo.ts';

/** Two-syllable question words a typo may hide. */
const QUESTION_WORDS = ['언제', '어디', '누구', '얼마', '무엇', '며칠'] as const;

/** What may follow a question word in its eojeol: particles, copula and spoken endings. */
const AFTER = /^(야|요|지|냐|니|에|에서|서|는|가|를|을|로|였|였어|였지|였나|인가|인지|이야|이었|쯤|나|까지|부터)?[?？!.~]*$/u;

/**
 * The question with one-jamo typos in its question words corrected.
 * @example
 * fixCueTypos('포럼 언재 열렸어?') // '포럼 언제 열렸어?'
 * fixCueTypos('언어 교육') // '언어 교육' (two jamo from 언제)
 */
export function fixCueTypos(question: string): string {
  return question.replace(/[가-힣]{2}[^\s]*/gu, (eojeol) => {
    const head = eojeol.slice(0, 2);
    const rest = eojeol.slice(2);
    if (!AFTER.test(rest)) return eojeol;
    if ((QUESTION_WORDS as readonly string[]).includes(head)) return eojeol;
    const near = QUESTION_WORDS.find((word) => word[0] === head[0] && jamoDistance(word, head) === 1);
    return near ? `${near}${rest}` : eojeol;
  });
}

/** Past-tense syllables (었, 했, 됐 …) chat types with ㅅ for ㅆ ("줄엇어", "햇대", "됏나"). */
const PAST_SYLLABLES = new Set([...'었았였했됐렸졌왔갔쳤켰봤줬웠']);

/** The ending a past-tense syllable takes at the end of a question ("줄엇어", "햇대", "올랏나"). */
const PAST_ENDING = /^(?:어|다|나|지|음|대|냐|니|던|는지|다고|어요|나요|지요)?[?？!.~]*$/u;

/** ㅅ (final 19) and ㅆ (final 20) in a composed Hangul syllable. */
const FINAL_S = 19;
const FINAL_SS = 20;

/**
 * The question with past-tense verbs typed with ㅅ for ㅆ corrected: "반도체 장비 수입 몇프로 줄엇어"
 * → "… 줄었어". Only a syllable whose ㅆ form is a past-tense one (었, 했, 됐 …) before a verb ending
 * at the end of an eojeol; no Korean word ends so ("엇어", "햇대").
 * @example
 * fixPastTypos('몇프로 줄엇어') // '몇프로 줄었어'
 * fixPastTypos('맛집 어디') // '맛집 어디'
 */
export function fixPastTypos(question: string): string {
  return question.replace(/[가-힣]+[^\s가-힣]*/gu, (eojeol) => {
    const chars = [...eojeol];
    for (let i = chars.length - 2; i >= 0; i--) {
      const code = (chars[i]?.codePointAt(0) ?? 0) - 0xac00;
      if (code < 0 || code > 11171 || code % 28 !== FINAL_S) continue;
      const past = String.fromCodePoint(0xac00 + code - FINAL_S + FINAL_SS);
      if (!PAST_SYLLABLES.has(past) || !PAST_ENDING.test(chars.slice(i + 1).join(''))) continue;
      chars[i] = past;
      return chars.join('');
    }
    return eojeol;
  });
}
