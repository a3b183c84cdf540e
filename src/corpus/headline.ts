import { isBulletLine, isUiText, stripBullet } from './chrome.ts';
import { collapseSpaces } from './normalize.ts';

/**
 * 제목: the page's headline. The scraped format puts it on the first line, but some pages start with widget
 * labels (`기후위기시계`, `실시간 뉴스`) and give the headline as a bullet below them.
 */

/** Lines at the top of a page searched for the headline. */
const HEADLINE_SEARCH_LINES = 5;
/** A headline has at least this many characters and two words; widget labels are shorter. */
const MIN_HEADLINE_CHARS = 10;

export type Headline = {
  title: string;
  /** Index of the first line after the headline. */
  bodyStart: number;
};

/**
 * Picks the first line near the top that looks like a headline (long enough, two words or more, not UI
 * text), skipping short labels before it; falls back to the first non-empty line.
 * @example pickHeadline(['기후위기시계', '실시간 뉴스', '  • 한미 포럼서 韓제약사 성과', '본문']).title
 * // '한미 포럼서 韓제약사 성과'
 */
export function pickHeadline(lines: readonly string[]): Headline | null {
  let first: Headline | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADLINE_SEARCH_LINES; i += 1) {
    const text = collapseSpaces(lines[i] ?? '');
    if (text === '') continue;
    seen += 1;
    const title = isBulletLine(text) ? stripBullet(text) : text;
    first ??= { title, bodyStart: i + 1 };
    if (looksLikeHeadline(title)) return { title, bodyStart: i + 1 };
  }
  return first;
}

function looksLikeHeadline(text: string): boolean {
  return text.length >= MIN_HEADLINE_CHARS && text.split(' ').length >= 2 && !isUiText(text);
}
