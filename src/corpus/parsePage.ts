import { buildArticle } from './article.ts';
import { cleanBody } from './clean.ts';
import { stripEmails } from './chrome.ts';
import { pickHeadline } from './headline.ts';
import { findPublicationDate, outletFromCopyrightLines, readByline, readSignature } from './metadata.ts';
import { normalizeText } from './normalize.ts';
import type { Article } from './types.ts';

/**
 * Parses a scraped page (`.txt`: the headline on the first line, the page after it) into an article:
 * metadata read from the text, the body cleaned of chrome and split into sentences.
 * Returns null when the page has no body (nothing reads as article prose).
 */
export function parsePage(id: string, raw: string): Article | null {
  const lines = normalizeText(raw).split('\n');
  const headline = pickHeadline(lines);
  if (!headline) return null;
  const rest = lines.slice(headline.bodyStart);
  const body = cleanBody(rest);
  if (body.paragraphs.length === 0) return null;
  const standaloneByline = [...body.headerLines, ...body.trailerLines].map((line) => readByline(line)).find((byline) => byline !== null);
  const byline = body.byline ?? standaloneByline ?? null;
  const outlet = byline?.outlet ?? outletFromCopyrightLines(rest);
  const author = byline?.author ?? firstOf([...body.headerLines, ...body.trailerLines].map((line) => readSignature(stripEmails(line))));
  return buildArticle(
    { id, title: headline.title, outlet, author, date: findPublicationDate(body.headerLines, body.trailerLines), url: null },
    body.paragraphs,
  );
}

function firstOf(values: readonly (string | null)[]): string | null {
  return values.find((value) => value !== null) ?? null;
}
