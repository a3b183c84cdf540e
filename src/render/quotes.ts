/**
 * `/quote` replies: a speaker's quoted statements (발언), each with its article.
 */
import type { QuoteLookup } from '../answer/types.ts';
import { citationField } from './citation.ts';
import { inert } from './echo.ts';
import { labelsFor } from './labels.ts';
import { EMBED_FIELDS_MAX } from './limits.ts';
import { message, type ReplyPayload } from './payload.ts';

/** Characters of the speaker repeated in the reply. */
const INPUT_ECHO_MAX = 100;

/** Quotes shown per reply (each is one field). */
export const QUOTES_SHOWN = 10;

/** The reply to `/quote`: the speaker's quotes as cited fields, or a plain "none found". */
export function renderQuotes(
  speaker: string,
  quotes: readonly QuoteLookup[],
  options: { locale?: string | null } = {},
): ReplyPayload {
  const labels = labelsFor(options.locale);
  const name = inert(speaker, INPUT_ECHO_MAX);
  if (quotes.length === 0) return message({ content: labels.noQuotes(name) });
  const shown = quotes.slice(0, Math.min(QUOTES_SHOWN, EMBED_FIELDS_MAX));
  return message({
    embeds: [
      {
        color: 0x6b4fbb,
        title: labels.quotesBy(shown[0]?.speaker ? inert(shown[0].speaker, INPUT_ECHO_MAX) : name),
        fields: shown.map((quote, i) => citationField({ ...quote.citation, text: `“${quote.quote}”` }, i + 1, labels)),
        ...(quotes.length > shown.length ? { footer: { text: labels.andMore(quotes.length - shown.length) } } : {}),
      },
    ],
  });
}
