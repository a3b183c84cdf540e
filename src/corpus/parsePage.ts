import { buildArticle } from './article.ts';
import { readBodyMetadata } from './bodyMetadata.ts';
import { cleanBody } from './clean.ts';
import { pickHeadline } from './headline.ts';
import { collapseSpaces, normalizeText } from './normalize.ts';
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
  // A page repeats its headline (above the lead, beside share buttons, in a print view): never body.
  const rest = lines.slice(headline.bodyStart).filter((line) => collapseSpaces(line) !== headline.title);
  const body = cleanBody(rest);
  if (body.paragraphs.length === 0) return null;
  return buildArticle({ id, title: headline.title, url: null, ...readBodyMetadata(body, rest) }, body.paragraphs);
}
