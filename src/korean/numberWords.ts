/**
 * 수 낱말을 숫자로 (number words as digits): chat spells figures out — "이천칠백억", "사만 제곱미터",
 * "스타트업 열다섯 곳", "서른여덟 곳" — where articles write "2,700억", "4만㎡", "15개 사", "38개".
 * Rewritten as digits, a question's figure reads like an article's.
 *
 * Only a number word in a figure's place is rewritten: Sino-Korean words need a place unit and
 * either a counter or unit after them or a second place unit ("이천칠백억", "육천억대"), so the city
 * 이천, 구조(structure) or 오만(pride) stay words; native words (열다섯, 서른여덟) need a counter
 * after them, and one to four (한, 두, 세, 네) are left alone — "한 곳당", "두 기관" read as words.
 */

const SINO_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL_PLACES: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const LARGE_PLACES: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** Native tens and units (고유어 수사); 스무 is 스물 before a counter. */
const NATIVE_TENS: Record<string, number> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
const NATIVE_UNITS: Record<string, number> = { 한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };

/** Counters and units a figure stands before ("곳", "명", "제곱미터", "원"). */
const COUNTER =
  '(?:개국|개사|개소|개월|군데|가지|차례|제곱미터|제곱킬로미터|헥타르|퍼센트|프로|달러|위안|유로|가구|세대|억|조|만|원|개|곳|명|건|사|대|번|회|년|평|배|위|살|㎡|%)';
/** What may follow a counter in the same word: a particle or a copula's ending, nothing else ("개편" is not 개). */
const AFTER_COUNTER =
  '(?:이|가|을|를|은|는|의|에|에서|로|으로|도|만|씩|쯤|정도|짜리|대|여|가량|이나|나|야|이야|라|이라|래|이래|였|이었|인|이고|밖에|부터|까지|이상|넘게|가까이|였어|이었어|였지|이었지|라던데|이라던데|라고|이라고)?';
const COUNTED = new RegExp(`^${COUNTER}${AFTER_COUNTER}$`, 'u');

const SINO_WORD = /(?<![가-힣\d.,])([일이삼사오육륙칠팔구십백천만억조]{2,})(?=(\s?)([가-힣㎡%]*))/gu;
const NATIVE_WORD = new RegExp(
  `(?<![가-힣])(열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)?(하나|한|둘|두|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉)?(?=\\s?${COUNTER}${AFTER_COUNTER}(?![가-힣]))`,
  'gu',
);

/**
 * Rewrites number words that stand where a figure does as digits.
 * @example
 * spellNumberWords('랩허브 이천칠백억 든다는 거') // '랩허브 2700억 든다는 거'
 * spellNumberWords('스타트업 열다섯 곳') // '스타트업 15 곳'
 * spellNumberWords('이천에 짓는대') // unchanged
 */
export function spellNumberWords(text: string): string {
  const sino = text.replace(SINO_WORD, (word: string, _digits: string, _space: string, after: string) => {
    const value = readSino(word);
    if (value === null) return word;
    const places = [...word].filter((syllable) => syllable in SMALL_PLACES || syllable in LARGE_PLACES).length;
    const countedAfter = COUNTED.test(after);
    if (places < 2 && !countedAfter) return word;
    return value.text;
  });
  return sino.replace(NATIVE_WORD, (word: string, tens: string | undefined, units: string | undefined) => {
    if (word.length === 0) return word;
    const ten = tens === undefined ? 0 : (NATIVE_TENS[tens] ?? 0);
    const unit = units === undefined ? 0 : (NATIVE_UNITS[units] ?? 0);
    // 한, 두, 세, 네 alone are words as often as numbers ("한 곳당", "세 기관"): left as written.
    if (ten === 0 && unit < 5) return word;
    return String(ten + unit);
  });
}

/**
 * A Sino-Korean number word as digits with its large place units kept as written ("이천칠백억" →
 * "2700억", "칠조구천억" → "7조9000억"), or null when the syllables are not a well-formed number.
 */
function readSino(word: string): { text: string } | null {
  let out = '';
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastLarge = Infinity;
  for (const syllable of word) {
    const d = SINO_DIGITS[syllable];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const small = SMALL_PLACES[syllable];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      lastSmall = small;
      digit = null;
      continue;
    }
    const large = LARGE_PLACES[syllable];
    // Large places fall ("칠조구천억"); two in a row or a rising one is not a number ("구조조정").
    if (large === undefined || large >= lastLarge) return null;
    const group = section + (digit ?? 0);
    if (group === 0 && out.length > 0) return null;
    lastLarge = large;
    out += `${group === 0 ? 1 : group}${syllable}`;
    section = 0;
    digit = null;
    lastSmall = Infinity;
  }
  const rest = section + (digit ?? 0);
  if (rest > 0) out += String(rest);
  return out.length > 0 ? { text: out } : null;
}
