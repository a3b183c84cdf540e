/**
 * A news outlet named in English ("Herald Business", "Yonhap News", "the Chosun Ilbo") read as the
 * outlet an article of the corpus gives (헤럴드경제, 연합뉴스, 조선일보): the outlet is where a story
 * ran, never a word of its body, so a question naming it is about that outlet's article.
 *
 * The outlet's distinctive part (헤럴드, 연합, 조선) must romanize to or sound like the English
 * name's distinctive words; the rest on both sides must be words outlets are named with (경제,
 * 신문, 일보, 뉴스 … / Business, Economy, Daily, News, Ilbo …).
 */
import { latinSoundKeys, hangulSoundKey, soundDistance, soundTolerance, firstVowelAgrees } from '../../korean/soundKey.ts';
import { spellsRomanized } from '../../korean/romanize.ts';

/** English words outlets are named with, beside their distinctive part. */
const NEWS_WORDS = new Set([
  'business', 'economy', 'economic', 'economics', 'daily', 'news', 'newspaper', 'times', 'journal', 'media', 'ilbo', 'shinmun',
  'sinmun', 'post', 'broadcasting', 'broadcast', 'network', 'tv', 'press', 'weekly', 'today', 'corp', 'online', 'wire', 'herald',
]);

/** Korean words outlets are named with after their distinctive part, longest first. */
const OUTLET_SUFFIXES = ['경제신문', '뉴스통신', '경제', '신문', '일보', '뉴스', '방송', '미디어', '타임스', '데일리', '저널', '통신', '투데이', '헤럴드', '닷컴', '티브이', '비즈', 'tv'];

/** The outlet's distinctive part: its name without the outlet words it ends in (새빛방송뉴스 → 새빛). */
function coreOf(outlet: string): string {
  let core = outlet.replace(/\s+/gu, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of OUTLET_SUFFIXES) {
      if (core.length > suffix.length && core.toLowerCase().endsWith(suffix)) {
        core = core.slice(0, core.length - suffix.length);
        changed = true;
      }
    }
  }
  return core;
}

/** Whether the Latin spelling says the Hangul: romanized (Yonhap ~ 연합) or sounded out (Herald ~ 헤럴드). */
function says(latin: string, hangul: string): boolean {
  if (!/^[가-힣]+$/u.test(hangul)) return latin.toLowerCase() === hangul.toLowerCase();
  if (spellsRomanized(latin, hangul)) return true;
  if (!firstVowelAgrees(latin, hangul)) return false;
  const key = hangulSoundKey(hangul);
  return latinSoundKeys(latin).some((latinKey) => soundDistance(latinKey, key, soundTolerance(latinKey)) <= soundTolerance(latinKey));
}

/**
 * @name outletNamed
 * @description
 * 영어로 쓴 언론사 이름이 말뭉치 기사의 언론사 중 하나이면 그 이름(한글), 아니면 null.
 * @example
 * outletNamed(['Herald', 'Business'], ['헤럴드경제']) // '헤럴드경제'
 * outletNamed(['Yonhap'], ['연합뉴스']) // '연합뉴스'
 * outletNamed(['Moderna'], ['헤럴드경제']) // null
 */
export function outletNamed(words: readonly string[], outlets: readonly string[]): string | null {
  if (words.length === 0) return null;
  const lower = words.map((word) => word.toLowerCase());
  // "Herald" alone names no outlet: an outlet word must come with a distinctive one, or be the whole name.
  const distinctive = words.filter((_, i) => !NEWS_WORDS.has(lower[i] ?? '') || (lower[i] === 'herald' && i === 0));
  // A distinctive word alone may be a place or a company ("Seoul", "Chosun"): an outlet is named with an outlet word.
  if (distinctive.length === 0 || !lower.some((word) => NEWS_WORDS.has(word))) return null;
  const found = new Set<string>();
  for (const outlet of outlets) {
    const core = coreOf(outlet);
    if (core.length < 2 && !/^[a-z0-9]+$/iu.test(core)) continue;
    if (says(distinctive.join(''), core) || says(distinctive.join(' '), core)) found.add(outlet);
  }
  return found.size === 1 ? [...found][0] ?? null : null;
}
