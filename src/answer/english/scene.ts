/**
 * Checks an English question's answer against its article as a whole: a topic word the article keeps
 * coming back to is its theme (가뭄 in a drought story), said for every sentence of it; a figure shown
 * must be a whole number as written, never the tail of a larger one ("2천 명" of "41만2천 명").
 */

/** How often an article must say a word for it to be the story's theme. */
const THEME_TIMES = 3;

/**
 * @name isTheme
 * @description
 * 기사 본문이 낱말을 세 번 이상 쓰면 그 기사의 주제: 문단에 없어도 질문의 주제어로 선다.
 * @example
 * isTheme(['가뭄이 이어진다.', '가뭄 피해', '가뭄 대책'], '가뭄') // true
 */
export function isTheme(paragraphs: readonly string[], word: string): boolean {
  const key = word.replace(/\s+/gu, '').toLowerCase();
  if (key.length < 2) return false;
  const text = paragraphs.join(' ').replace(/\s+/gu, '').toLowerCase();
  let times = 0;
  for (let at = text.indexOf(key); at >= 0 && times < THEME_TIMES; at = text.indexOf(key, at + key.length)) times++;
  return times >= THEME_TIMES;
}

/**
 * @name tailOfNumber
 * @description
 * 보인 수치가 문장에서 더 큰 수의 꼬리로만 나오는지 ("41만2천 명"의 "2천 명").
 * @example
 * tailOfNumber('2천 명', '41만2천 명 찾았다') // true
 * tailOfNumber('407명', '달빛의료원 407명 등') // false
 */
export function tailOfNumber(shown: string, sentence: string): boolean {
  const figure = shown.trim();
  if (!/^\d/u.test(figure)) return false;
  let seen = false;
  for (let at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
    seen = true;
    if (!/[\d.,조억만천]$/u.test(sentence.slice(0, at))) return false;
  }
  return seen;
}

/**
 * @name countAsWritten
 * @description
 * 보인 답이 문장에 그대로 쓰인 "수 + 단위"인지 ("6석", "9골", "2,400면"): 사실 읽기가 모르는 단위의 개수도 답이 된다.
 * @example
 * countAsWritten('6석', '한내군의회 11석은 미래연합당 6석, …', ['석']) // true
 */
export function countAsWritten(shown: string, sentence: string, counters: readonly string[]): boolean {
  const figure = shown.trim();
  const match = /^\d[\d,.]*(?:[만천]\d[\d,.]*)*\s*([가-힣]{1,2})$/u.exec(figure);
  return match !== null && counters.includes(match[1] ?? '') && sentence.includes(figure) && !tailOfNumber(figure, sentence);
}
