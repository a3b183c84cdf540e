/**
 * `/facts` replies: the facts (사실) about a topic, one compact line each with its article.
 */
import type { FactLookup, FactType } from '../answer/types.ts';
import { FACT_KINDS } from '../facts/kinds.ts';
import { sourceLine } from './citation.ts';
import { inert } from './echo.ts';
import { cut } from './cut.ts';
import { type Labels, labelsFor } from './labels.ts';
import { EMBED_DESCRIPTION_MAX } from './limits.ts';
import { message, type ReplyPayload } from './payload.ts';

/** Facts listed per reply. */
export const FACTS_LISTED = 15;

/** The reply to `/facts`: one line per fact ("**약 2,700억 원** · 금액 — title (outlet · date)"). */
export function renderFacts(
  topic: string,
  facts: readonly FactLookup[],
  options: { locale?: string | null; type?: FactType | null } = {},
): ReplyPayload {
  const labels = labelsFor(options.locale);
  const subject = inert(topic, 200);
  if (facts.length === 0) return message({ content: labels.noFacts(subject) });
  const lines = facts.slice(0, FACTS_LISTED).map((lookup) => factLookupLine(lookup, labels));
  return message({
    embeds: [
      {
        color: 0x2e9e6b,
        title: labels.factsAbout(subject) + (options.type ? ` · ${labels.factTypes[options.type]}` : ''),
        description: joinLines(lines, facts.length, labels),
      },
    ],
  });
}

/** One compact line for a fact and the article it came from. */
export function factLookupLine({ fact, citation }: FactLookup, labels: Labels): string {
  // Quoted words are shown in quote marks; figures and names as the span the article wrote.
  const span = FACT_KINDS[fact.type].value === 'words' ? `“${inert(String(fact.value), 200)}”` : `**${inert(fact.text)}**`;
  const known = sourceLine(citation, labels);
  return `• ${span} · ${labels.factTypes[fact.type]} — ${inert(citation.title, 120)}${known ? ` (${known})` : ''}`;
}

/** Joins lines while they fit a description, ending with "… and N more" when some are left out. */
export function joinLines(lines: readonly string[], total: number, labels: Labels): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const reserve = labels.andMore(total).length + 1;
    if (length + line.length + 1 + reserve > EMBED_DESCRIPTION_MAX) break;
    kept.push(line);
    length += line.length + 1;
  }
  if (kept.length === 0 && lines[0] !== undefined) kept.push(cut(lines[0], EMBED_DESCRIPTION_MAX - 40));
  const left = total - kept.length;
  return left > 0 ? `${kept.join('\n')}\n${labels.andMore(left)}` : kept.join('\n');
}
