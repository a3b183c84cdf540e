import { z } from 'zod';
import { buildArticle } from './article.ts';
import { readBodyMetadata } from './bodyMetadata.ts';
import { cleanBody } from './clean.ts';
import { toIsoDate } from './metadata.ts';
import { collapseSpaces, normalizeText, visibleText } from './normalize.ts';
import type { Article } from './types.ts';

/** An optional text field: absent, null or blank all mean "not given". */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value == null ? null : collapseSpaces(visibleText(value)) || null));

/** One line of a JSONL corpus: `{id, title, text, outlet?, author?, date?, url?}`. */
export const articleRecordSchema = z.object({
  id: z.string().trim().min(1, 'id must not be empty'),
  title: z.string(),
  text: z.string().refine((text) => text.trim() !== '', 'text must not be empty'),
  outlet: optionalText,
  author: optionalText,
  date: optionalText,
  url: optionalText,
});

/** A JSONL record as written (before validation). */
export type ArticleRecord = z.input<typeof articleRecordSchema>;

/**
 * Builds an article from a JSONL record. The text goes through the same cleaner as a scraped page (each
 * line a paragraph); metadata fields of the record win over what the text says. The date is normalized to
 * `YYYY-MM-DD` (null when it is not a date). Returns null when the record is invalid or has no body.
 */
export function articleFromRecord(record: unknown): Article | null {
  const parsed = articleRecordSchema.safeParse(record);
  return parsed.success ? articleFromValidRecord(parsed.data) : null;
}

/** `articleFromRecord` for a record already validated by `articleRecordSchema` (not validated twice). */
export function articleFromValidRecord(record: z.output<typeof articleRecordSchema>): Article | null {
  const { id, title, text, outlet, author, date, url } = record;
  const lines = normalizeText(text).split('\n');
  const body = cleanBody(lines);
  if (body.paragraphs.length === 0) return null;
  const stated = readBodyMetadata(body, lines);
  return buildArticle(
    {
      id: id.trim(),
      title: collapseSpaces(visibleText(title)),
      outlet: outlet ?? stated.outlet,
      author: author ?? stated.author,
      date: date !== null ? toIsoDate(date) : stated.date,
      url,
    },
    body.paragraphs,
  );
}
