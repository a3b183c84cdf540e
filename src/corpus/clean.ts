import {
  hasInnerSentence,
  bulletMarker,
  isBulletLine,
  isCopyrightLine,
  isPhotoCredit,
  isSectionEnd,
  isSentenceLike,
  isSummaryNotice,
  isUiText,
  stripBullet,
  stripEmails,
  stripSummaryLabel,
} from './chrome.ts';
import { dedupeSentences, type DraftParagraph } from './dedupe.ts';
import { readByline, readSignature, type Byline } from './metadata.ts';
import { splitSentences } from './splitSentences.ts';

/**
 * 본문 정제: reduces the lines of a scraped page (after its headline) to the article body.
 */

export type CleanBody = {
  /** The body: paragraphs of sentences, chrome removed, each sentence once. */
  paragraphs: string[][];
  /** Non-prose lines before the body (date lines, signatures, subtitles), for metadata. */
  headerLines: string[];
  /** Short non-prose lines between body paragraphs and after them (subheads, sign-offs), for metadata. */
  trailerLines: string[];
  /** A news-agency byline found at the start of the body (and stripped from it). */
  byline: Byline | null;
};

/** A line not reading as a sentence is still prose if it is this long and holds a sentence end inside. */
const MIN_PROSE_CHARS = 60;
/** A line this long is data or prose (a track list, a table row), never a label or a list item. */
const MIN_LONG_CHARS = 150;
/** A line this long that stops mid-sentence is hard-wrapped and continues on the next line. */
const MIN_WRAPPED_CHARS = 40;
/** Paragraphs after an auto-summary notice that can belong to the summary. */
const MAX_SUMMARY_PARAGRAPHS = 8;
/** Paragraphs at the start of the body searched for a byline. */
const BYLINE_SEARCH_PARAGRAPHS = 3;

/** Consecutive bullet lines from this many on form a list, judged as a whole. */
const MIN_LIST_LINES = 3;

/** A line kept as prose, before sentence splitting. */
type ProseLine = { text: string; inSummary: boolean };

/**
 * Keeps the lines that read as article prose, in order, up to the first section that follows an article
 * (related headlines, comments, copyright). Drops UI text, photo credits, headline lists (runs of bullet
 * lines that are mostly not full sentences), short labels without a predicate, e-mail sign-offs, bylines
 * and repeated sentences.
 */
export function cleanBody(lines: readonly string[]): CleanBody {
  const joined = joinWrappedLines(lines);
  const listLines = findHeadlineLists(joined);
  const prose: ProseLine[] = [];
  const headerLines: string[] = [];
  const trailerLines: string[] = [];
  let summaryLeft = 0;
  for (const [i, line] of joined.entries()) {
    if (line === '') continue;
    const bodyStarted = prose.length > 0;
    if (bodyStarted && (isSectionEnd(line) || isCopyrightLine(line))) break;
    if (isUiText(line)) {
      summaryLeft = isSummaryNotice(line) ? MAX_SUMMARY_PARAGRAPHS : 0;
      continue;
    }
    if (isPhotoCredit(line) || listLines.has(i)) continue;
    const summary = stripSummaryLabel(line);
    if (summary !== null) {
      const text = proseOf(summary);
      if (text !== null) prose.push({ text, inSummary: true });
      continue;
    }
    const text = proseOf(line);
    if (text === null) {
      // A label or tag line (`#돌봄로봇 #하루2`) closes a summary box: the body comes after it.
      if (bodyStarted) summaryLeft = 0;
      if (!bodyStarted) headerLines.push(line);
      else if (line.length <= MIN_PROSE_CHARS) trailerLines.push(line);
      continue;
    }
    prose.push({ text, inSummary: summaryLeft > 0 });
    summaryLeft = Math.max(0, summaryLeft - 1);
  }
  const byline = stripByline(prose);
  const drafts: DraftParagraph[] = prose.map(({ text, inSummary }) => ({
    inSummary,
    sentences: splitSentences(text).map(stripEmails).filter(isBodySentence),
  }));
  // A paragraph whose every sentence was dropped (an e-mail and a copyright mark, nothing else) is no
  // paragraph: callers read `paragraphs.length === 0` as "no body".
  const paragraphs = dedupeSentences(drafts).filter((paragraph) => paragraph.length > 0);
  return { paragraphs, headerLines, trailerLines, byline };
}

/**
 * 헤드라인 목록: indexes of lines in runs of bullet lines that are mostly not sentences (related or popular
 * headlines, a few of which may end in a verb: `…맞붙는다`). A short run, or a run of sentences (a press
 * release's `□ …했다.`), is not a list.
 */
export function findHeadlineLists(lines: readonly string[]): Set<number> {
  const listed = new Set<number>();
  let run: number[] = [];
  const closeRun = () => {
    const sentences = run.filter((i) => isSentenceLike(stripBullet(lines[i] ?? ''))).length;
    if (run.length >= MIN_LIST_LINES && sentences * 2 < run.length) for (const i of run) listed.add(i);
    run = [];
  };
  let marker = '';
  lines.forEach((line, i) => {
    if (line === '') return; // lists may be spaced out with blank lines
    const isItem = isBulletLine(line) && line.length < MIN_LONG_CHARS;
    const itemMarker = isItem ? bulletMarker(line) : '';
    if (!isItem || itemMarker !== marker) closeRun();
    marker = itemMarker;
    if (isItem) run.push(i);
  });
  closeRun();
  return listed;
}

/** The line as prose to keep, or null when it is not prose (a label, a headline, a list item). */
function proseOf(line: string): string | null {
  const text = stripEmails(isBulletLine(line) && line.length < MIN_LONG_CHARS ? stripBullet(line) : line);
  if (isSentenceLike(text)) return text;
  // Prose followed by a tail that is not (`…발표했다. /홍길동 기자`): the sentences are kept, the tail is
  // judged sentence by sentence later.
  if (hasInnerSentence(text) && (text.length >= MIN_PROSE_CHARS || isSentenceLike(splitSentences(text)[0] ?? ''))) {
    return text;
  }
  if (text.length >= MIN_LONG_CHARS) return text;
  return null;
}

/** Strips a byline (`[헤럴드경제=김용훈 기자]`) from the first paragraphs and returns it. */
function stripByline(prose: ProseLine[]): Byline | null {
  for (const line of prose.slice(0, BYLINE_SEARCH_PARAGRAPHS)) {
    const byline = readByline(line.text);
    if (byline) {
      line.text = byline.rest;
      return byline;
    }
  }
  return null;
}

/** Whether a split sentence belongs in the body (not a credit, notice or leftover punctuation). */
function isBodySentence(sentence: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(sentence)) return false;
  if (isPhotoCredit(sentence) || isUiText(sentence) || isSectionEnd(sentence)) return false;
  // A sign-off glued after the last sentence: `… 밝혔다. /홍길동 기자`.
  if (readSignature(sentence.replace(/^[/\s]+/, '')) !== null) return false;
  // A list item left inside a paragraph (`▶ 관련기사 보기`), unless long enough to be content.
  return !(isBulletLine(sentence) && sentence.length < MIN_LONG_CHARS && !isSentenceLike(stripBullet(sentence)));
}

/** Rejoins a paragraph hard-wrapped over several lines (a line that stops mid-sentence, then more text). */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = joined[joined.length - 1];
    if (previous !== undefined && continues(previous, line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function continues(previous: string, line: string): boolean {
  if (previous.length < MIN_WRAPPED_CHARS || line === '') return false;
  if (isSentenceLike(previous) || isBulletLine(previous) || isBulletLine(line)) return false;
  if (isUiText(previous) || isUiText(line) || isSectionEnd(line) || isCopyrightLine(line)) return false;
  return /[가-힣A-Za-z0-9,·]$/.test(previous) && /^[가-힣A-Za-z0-9“‘"'(]/.test(line);
}
