import {
  hasInnerSentence,
  isBulletLine,
  isCopyrightLine,
  isPhotoCredit,
  isSectionEnd,
  isSentenceLike,
  isSummaryNotice,
  isUiText,
  stripBullet,
  stripEmails,
} from './chrome.ts';
import { dedupeSentences, type DraftParagraph } from './dedupe.ts';
import { readByline, type Byline } from './metadata.ts';
import { splitSentences } from './splitSentences.ts';

/**
 * 본문 정제: reduces the lines of a scraped page (after its headline) to the article body.
 */

export type CleanBody = {
  /** The body: paragraphs of sentences, chrome removed, each sentence once. */
  paragraphs: string[][];
  /** Short non-prose lines seen before the body ended (date lines, signatures, subtitles), for metadata. */
  metadataLines: string[];
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

/**
 * Keeps the lines that read as article prose, in order, up to the first section that follows an article
 * (related headlines, comments, copyright). Drops UI text, photo credits, headline lists (bullet lines that
 * are not full sentences), short labels without a predicate, e-mail sign-offs and repeated sentences.
 */
export function cleanBody(lines: readonly string[]): CleanBody {
  const drafts: DraftParagraph[] = [];
  const metadataLines: string[] = [];
  let summaryLeft = 0;
  for (const line of joinWrappedLines(lines)) {
    if (line === '') continue;
    const bodyStarted = drafts.length > 0;
    if (bodyStarted && (isSectionEnd(line) || isCopyrightLine(line))) break;
    if (isUiText(line)) {
      summaryLeft = isSummaryNotice(line) ? MAX_SUMMARY_PARAGRAPHS : 0;
      continue;
    }
    if (isPhotoCredit(line)) continue;
    const prose = proseOf(line);
    if (prose === null) {
      if (!bodyStarted || line.length <= MIN_PROSE_CHARS) metadataLines.push(line);
      continue;
    }
    drafts.push({ sentences: [prose], inSummary: summaryLeft > 0 });
    summaryLeft = Math.max(0, summaryLeft - 1);
  }
  const byline = stripByline(drafts);
  const split = drafts.map((draft) => ({
    inSummary: draft.inSummary,
    sentences: splitSentences(stripEmails(draft.sentences[0] ?? '')).map(stripEmails).filter(isBodySentence),
  }));
  return { paragraphs: dedupeSentences(split), metadataLines, byline };
}

/** The line as prose to keep, or null when it is not prose (a label, a headline, a list item). */
function proseOf(line: string): string | null {
  if (isBulletLine(line) && line.length < MIN_LONG_CHARS) {
    // A bullet line is kept only as a full sentence with final punctuation; headline lists are not.
    const item = stripBullet(line);
    return /[.?!]["'”’)]*$/.test(item) && isSentenceLike(item) ? item : null;
  }
  const text = stripEmails(line);
  if (isSentenceLike(text)) return text;
  if (text.length >= MIN_PROSE_CHARS && hasInnerSentence(text)) return text;
  if (text.length >= MIN_LONG_CHARS) return text;
  return null;
}

/** Strips a byline (`[헤럴드경제=김용훈 기자]`) from the first paragraphs and returns it. */
function stripByline(drafts: DraftParagraph[]): Byline | null {
  for (const draft of drafts.slice(0, BYLINE_SEARCH_PARAGRAPHS)) {
    const byline = readByline(draft.sentences[0] ?? '');
    if (byline) {
      draft.sentences[0] = byline.rest;
      return byline;
    }
  }
  return null;
}

/** Whether a split sentence belongs in the body (not a credit, notice or leftover punctuation). */
function isBodySentence(sentence: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(sentence)) return false;
  return !isPhotoCredit(sentence) && !isUiText(sentence);
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
