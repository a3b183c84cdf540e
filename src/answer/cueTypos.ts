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
