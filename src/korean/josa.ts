/**
 * 조사 (josa, particles) and 의문사 (interrogatives): small closed classes of Korean grammar,
 * used to weigh query terms, never to split words by dictionary.
 */

/** Common particles and copula endings, longest first so "에서는" wins over "는". */
const JOSA = [
  '에서는', '으로는', '이라는', '에게서', '으로서', '으로써', '이었다', '이라고',
  '까지', '부터', '에서', '에게', '으로', '이다', '인가', '이란', '라는', '에는', '와의', '과의',
  '로는', '보다', '처럼', '께서', '이며', '이고', '라고', '였다',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '인', '들',
] as const;

/** Interrogative stems (의문사) that open a question word: 무엇, 누구, 언제, …. */
const INTERROGATIVES = ['무엇', '누구', '누가', '어디', '언제', '얼마', '몇', '어느', '어떤', '어떻', '무슨', '왜'] as const;

/**
 * @name stripJosa
 * @description
 * 어절 끝의 조사를 떼고 남는 말을 돌려준다. 남는 말이 두 음절 미만이면 떼지 않는다 ("국가"는 그대로).
 * @example
 * stripJosa('랩허브의') // '랩허브'
 * stripJosa('중기부는') // '중기부'
 * stripJosa('국가') // '국가'
 */
export function stripJosa(word: string): string {
  for (const josa of JOSA) {
    if (word.length - josa.length >= 2 && word.endsWith(josa)) return word.slice(0, -josa.length);
  }
  return word;
}

/**
 * @name isInterrogative
 * @description
 * 의문사로 시작하는 어절인지 ("무엇인가", "몇", "언제"): 질문의 틀이지 찾을 내용이 아니다.
 * @example
 * isInterrogative('무엇인가') // true
 * isInterrogative('예산은') // false
 */
export function isInterrogative(word: string): boolean {
  return INTERROGATIVES.some((stem) => word.startsWith(stem));
}
