import { stripEmails } from './chrome.ts';
import type { CleanBody } from './clean.ts';
import { findPublicationDate, outletFromCopyrightLines, readByline, readSignature } from './metadata.ts';
import type { Article } from './types.ts';

/**
 * Metadata a cleaned page states about itself: the byline (at the start of the body or on a line of its
 * own) names outlet and reporter; else copyright notices name the outlet and a signature line the author;
 * the date comes from the lines around the body. Each is null when the page does not say.
 */
export function readBodyMetadata(body: CleanBody, lines: readonly string[]): Pick<Article, 'outlet' | 'author' | 'date'> {
  const nonProse = [...body.headerLines, ...body.trailerLines];
  const byline = body.byline ?? nonProse.map(readByline).find((found) => found !== null) ?? null;
  return {
    outlet: byline?.outlet ?? outletFromCopyrightLines(lines),
    author: byline?.author ?? nonProse.map((line) => readSignature(stripEmails(line))).find((name) => name !== null) ?? null,
    date: findPublicationDate(body.headerLines, body.trailerLines),
  };
}
