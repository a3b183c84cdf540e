/**
 * Naming questions (다른 이름 묻기): "한글로 뭐라고", "약칭이 뭐야", "영문 표기", "정식 명칭" ask for
 * another name of what they name. Their cue words are the question's, not the articles' (an article
 * says "매사추세츠공대(MIT)", never "한글로"), so question analysis leaves them out of the topic.
 */
export type Wanted = 'hangul' | 'latin' | 'short' | 'long';

const ASKS_FOR: [Wanted, RegExp][] = [
  ['hangul', /(한글|한국어|우리말)\s*(로|으로)\s*(는|은)?\s*(뭐|무엇|어떻게|뭘|뭔)/u],
  ['latin', /(영문|영어|알파벳)\s*(으로|로)?\s*(는|은)?\s*(뭐|무엇|어떻게|이름|명칭|표기|약자)/u],
  ['short', /약칭|줄임말|줄여서|약어|준말/u],
  ['long', /정식\s*(명칭|이름)|풀네임|전체\s*이름|원래\s*이름|본래\s*이름/u],
];

/** The cue words of naming questions (each also with its particles: "약칭이", "한글로"). */
export const NAMING_CUES = ['한글', '한국어', '우리말', '영문', '영어', '알파벳', '약칭', '줄임말', '줄여서', '약어', '준말', '정식', '명칭', '풀네임', '표기', '뭐라고', '어떻게'];

/** What a naming question wants, or null when it is not one. */
export function namingWanted(question: string): Wanted | null {
  return ASKS_FOR.find(([, pattern]) => pattern.test(question))?.[0] ?? null;
}
