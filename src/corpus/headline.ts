import { hasInnerSentence, isBulletLine, isSentenceLike, isUiText, stripBullet } from './chrome.ts';
import { collapseSpaces } from './normalize.ts';

/**
 * 제목: the page's headline. The scraped format puts it on the first line, but pages start with the
 * outlet's name, menus, breadcrumbs, tickers (`[속보] …`) or widget labels (`기후위기시계`, `실시간 뉴스`),
 * and give the headline below them, sometimes as a bullet.
 *
 * What tells the headline from those lines is the article itself: a headline is written from the story,
 * so its words come back in the prose under it, while a menu, a ticker of another story or the outlet's
 * name share little with it.
 */

/** Lines at the top of a page searched for the headline. */
const HEADLINE_SEARCH_LINES = 14;
/** Lines at the very top where the first headline-like one is taken (the one-line-headline format). */
const FIRST_SEARCH_LINES = 5;
/** A headline has at least this many characters and two words; widget labels are shorter. */
const MIN_HEADLINE_CHARS = 10;
/** Below this share of its two-letter pieces repeated in the prose, the top line is not trusted as the headline. */
const MIN_TRUSTED_SUPPORT = 0.5;
/** A line further down replaces an untrusted top line only when the prose repeats this share of it. */
const MIN_REPLACING_SUPPORT = 0.75;
/** Prose lines after a candidate that are read to see whether they bear it out. */
const SUPPORT_WINDOW_LINES = 40;

export type Headline = {
  title: string;
  /** Index of the first line after the headline. */
  bodyStart: number;
};

/**
 * Picks the first headline-like line (long enough, two words or more, not UI text, a link bar or a row of
 * section names) of the top few. When the prose under it does not bear it out (the outlet's name, a
 * ticker of another story) or there is none, a line above the first prose that the prose repeats
 * strongly is the headline instead; failing both, the first non-empty line.
 * @example pickHeadline(['기후위기시계', '실시간 뉴스', '  • 한미 포럼서 韓제약사 성과', '한미 포럼서 제약사가 성과를 냈다.']).title
 * // '한미 포럼서 韓제약사 성과'
 */
export function pickHeadline(lines: readonly string[]): Headline | null {
  const top = topLines(lines);
  if (top.length === 0) return null;
  const supportOf = (line: Headline) => support(line.title, proseAfter(lines, line.bodyStart));
  // The headline stands above the body: a prose line and what follows it are never candidates.
  const firstProse = top.findIndex((line) => isProse(line.title));
  const beforeProse = firstProse === -1 ? top : top.slice(0, firstProse);
  const first = beforeProse.slice(0, FIRST_SEARCH_LINES).find((line) => looksLikeHeadline(line.title) && !isSectionRow(line.title));
  if (first && supportOf(first) >= MIN_TRUSTED_SUPPORT) return first;
  const borneOut = beforeProse.find((line) => looksLikeHeadline(line.title) && supportOf(line) >= MIN_REPLACING_SUPPORT);
  return borneOut ?? first ?? top[0] ?? null;
}

/** The first non-empty lines of the page, bullets stripped, each with the index after it. */
function topLines(lines: readonly string[]): Headline[] {
  const top: Headline[] = [];
  for (let i = 0; i < lines.length && top.length < HEADLINE_SEARCH_LINES; i += 1) {
    const text = collapseSpaces(lines[i] ?? '');
    if (text === '') continue;
    top.push({ title: isBulletLine(text) ? stripBullet(text) : text, bodyStart: i + 1 });
  }
  return top;
}

function looksLikeHeadline(text: string): boolean {
  return text.length >= MIN_HEADLINE_CHARS && text.split(' ').length >= 2 && !isUiText(text) && !isLinkBar(text);
}

/** 경로·링크 막대: a breadcrumb or link bar, words separated by `>` or `|` (`HOME > 경제 > 지역경제`). */
function isLinkBar(text: string): boolean {
  return /\s[>|]\s|\s[>|]$|^[>|]\s/.test(text);
}

/**
 * 메뉴: a row of section names (`홈 정치 경제 사회 문화 스포츠`): six or more short words and no punctuation
 * but `·`. Only used when no line is borne out by the prose: a terse headline can look like this too.
 */
function isSectionRow(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 6 && words.every((word) => word.length <= 5 && /^[가-힣A-Za-z·]+$/.test(word));
}

/** The prose (sentence-like lines) in the window below a line, joined. */
function proseAfter(lines: readonly string[], start: number): string {
  return lines
    .slice(start, start + SUPPORT_WINDOW_LINES)
    .filter(isProse)
    .join(' ');
}

function isProse(line: string): boolean {
  return isSentenceLike(line) || hasInnerSentence(line);
}

/** Share of the line's two-letter pieces (inside words, lowercased) that occur in the prose. */
function support(line: string, prose: string): number {
  const pieces = letterPairs(line);
  if (pieces.size === 0) return 0;
  const text = prose.toLowerCase();
  let found = 0;
  for (const piece of pieces) if (text.includes(piece)) found += 1;
  return found / pieces.size;
}

function letterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.toLowerCase().match(/[가-힣a-z]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i += 1) pairs.add(run.slice(i, i + 2));
  }
  return pairs;
}
