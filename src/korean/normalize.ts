/**
 * 정규화 (normalization): the one text form that indexing and querying share.
 */
import { visibleText } from '../corpus/normalize.ts';

/** Hangul syllables, conjoining jamo, compatibility jamo and their extensions: never NFKC'd. */
const HANGUL_RUN = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7A3\uD7B0-\uD7FF]+/g;

/** A comma between digit groups ("2,700", "1,234,567"), not a list comma ("3, 4"). */
const DIGIT_GROUP_COMMA = /(\d),(?=\d{3}(?!\d))/g;

const WHITESPACE = /\s+/g;

/**
 * Text made only of ASCII, Hangul syllables and punctuation that NFC, NFKC and case folding all
 * leave alone (most news text): one cheap pass reaches the fixed point.
 */
const ALREADY_FOLDED = /^[\x00-\x7F\uAC00-\uD7A3\u00B7\u00B0\u00D7\u2013\u2014\u2015\u2018\u2019\u201C\u201D\u2022\u2032\u2192\u223C\u25B2\u25B3\u3001\u3002\u3008-\u3011\u301C]*$/;

/** NFKC applied only outside Hangul: it folds ㎡/㎞/full-width forms but would turn ㄹ into conjoining jamo. */
function foldOutsideHangul(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(HANGUL_RUN)) {
    const start = match.index;
    out += text.slice(last, start).normalize('NFKC') + match[0];
    last = start + match[0].length;
  }
  return out + text.slice(last).normalize('NFKC');
}

function normalizeOnce(text: string): string {
  const folded = foldOutsideHangul(visibleText(text).normalize('NFC')).toLowerCase();
  return folded.replace(DIGIT_GROUP_COMMA, '$1').replace(WHITESPACE, ' ').trim().normalize('NFC');
}

/**
 * @name normalize
 * @description
 * 검색용 정규화: 서식 문자(폭 없는 공백 등) 제거, NFC, 소문자화, 천 단위 쉼표 제거, 전각·단위 문자(㎡, ㎞) 풀기, 공백 정리.
 * 한글(호환 자모 포함)에는 NFKC를 적용하지 않는다. Idempotent: `normalize(normalize(x)) === normalize(x)`.
 * @example
 * normalize('약 2,700억 원') // '약 2700억 원'
 * normalize('4만㎡ ＵＬ') // '4만m2 ul'
 * normalize('ㄷㅇㅈㅇ') // 'ㄷㅇㅈㅇ' (compatibility jamo kept)
 */
export function normalize(text: string): string {
  if (ALREADY_FOLDED.test(text)) {
    return text.toLowerCase().replace(DIGIT_GROUP_COMMA, '$1').replace(WHITESPACE, ' ').trim();
  }
  // Case folding or NFKC can expose new foldable sequences; a couple of passes reach the fixed point.
  let current = normalizeOnce(text);
  for (let pass = 0; pass < 3; pass++) {
    const next = normalizeOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Text with every space taken out, for comparing words that chat spaces differently
 * ("랩 허브" = "랩허브"). The one home for this comparison key; `lower` also folds Latin case
 * ("UL Solutions" = "ulsolutions"), `commas` also drops digit-group commas ("2,700억" = "2700억").
 * @example
 * withoutSpaces('K-바이오 랩 허브') // 'K-바이오랩허브'
 * withoutSpaces('UL Solutions', { lower: true }) // 'ulsolutions'
 * withoutSpaces('약 2,700억 원', { commas: true }) // '약2700억원'
 */
export function withoutSpaces(text: string, options: { readonly lower?: boolean; readonly commas?: boolean } = {}): string {
  const squashed = text.replace(options.commas === true ? /[\s,]+/gu : /\s+/gu, '');
  return options.lower === true ? squashed.toLowerCase() : squashed;
}

/** The interpuncts (가운뎃점) news writes between the one-syllable names of a pair or a list: "한·미", "노ㆍ사". */
export const INTERPUNCTS = ['·', 'ㆍ', '‧', '・'] as const;

/**
 * Text without interpuncts, as chat types a pair's names ("한·미" = "한미").
 * @example
 * withoutInterpuncts('한·미 정상회담') // '한미 정상회담'
 */
export function withoutInterpuncts(text: string): string {
  return text.replace(/[·ㆍ‧・]/gu, '');
}
