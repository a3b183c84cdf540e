/**
 * `/ask` replies: the direct answer (답변) on top, the supporting facts (근거 사실), then up to three
 * cited sentences with their article's title, outlet and date, and a "more sources" button.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { Answer, Fact } from '../answer/types.ts';
import { citationField, oneLine } from './citation.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import { type Labels, labelsFor } from './labels.ts';
import { BUTTON_LABEL_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELD_NAME_MAX, EMBED_TITLE_MAX } from './limits.ts';
import { moreSourcesId } from './moreSourcesId.ts';
import { message, type ReplyPayload } from './payload.ts';

/** Citations per page (the first page is the answer itself). */
export const CITATIONS_PER_PAGE = 3;
/** Supporting facts listed under the answer (the one that is the answer itself is not repeated). */
export const FACTS_SHOWN = 5;

const COLOR_FOUND = 0x2f6fdd;
const COLOR_NOT_FOUND = 0x8a8f98;

export type AnswerRenderOptions = {
  /** The interaction's locale (`ko` → Korean labels). */
  locale?: string | null;
};

/**
 * The engine should be asked for this many citations to render page `page` and know whether a
 * further page exists (one more than the page needs).
 */
export function citationsNeeded(page: number): number {
  return (page + 1) * CITATIONS_PER_PAGE + 1;
}

/** The reply to `/ask`: a problem notice, "not in the articles", or the answer with its evidence. */
export function renderAnswer(answer: Answer, options: AnswerRenderOptions = {}): ReplyPayload {
  const labels = labelsFor(options.locale);
  if (answer.problem) return message({ content: labels.problems[answer.problem.kind] });
  if (!answer.found || answer.citations.length === 0) return renderNotFound(answer, labels);

  // A sentence answer is evidence, not an answer: it is shown as the closest sentence, first cited.
  const isSpan = answer.answerKind !== 'sentence' && answer.answer !== null;
  const embed: APIEmbed = {
    color: COLOR_FOUND,
    author: { name: `${labels.question}: ${oneLine(answer.query)}` },
    title: isSpan && answer.answer ? cut(inert(answer.answer), EMBED_TITLE_MAX) : answer.answerKind === 'sentence' ? labels.closestSentence : labels.relevantSentences,
    fields: pageFields(answer, 0, labels),
    footer: { text: pageFooter(answer, 0, labels) },
  };
  const facts = factLines(answer.facts.filter((fact) => fact.text !== answer.answer));
  // "… 2700억 맞아?": whether the articles' figure is the one the question states, above the facts.
  const confirms = isSpan && answer.confirms && answer.answer ? inert(labels.confirms(answer.confirms.claimed, answer.answer, answer.confirms.agrees)) : null;
  const description = [confirms, facts.length > 0 ? `**${labels.facts}**\n${facts.join('\n')}` : null].filter((part) => part !== null).join('\n\n');
  if (description.length > 0) embed.description = cut(description, EMBED_DESCRIPTION_MAX);
  return message({ embeds: [embed], components: moreButton(answer, 0, labels) });
}

/** Page `page` (≥ 1) of an answer's citations, for the "more sources" button. */
export function renderSourcesPage(answer: Answer, page: number, options: AnswerRenderOptions = {}): ReplyPayload {
  const labels = labelsFor(options.locale);
  if (answer.problem || !answer.found) return renderNotFound({ ...answer, citations: [] }, labels);
  const fields = pageFields(answer, page, labels);
  if (fields.length === 0) return message({ content: labels.noMoreSources });
  const embed: APIEmbed = {
    color: COLOR_FOUND,
    author: { name: `${labels.question}: ${oneLine(answer.query)}` },
    title: labels.sources,
    fields,
    footer: { text: pageFooter(answer, page, labels) },
  };
  return message({ embeds: [embed], components: moreButton(answer, page, labels) });
}

/** "Not in the articles", with the closest sentence listed as related (never as an answer). */
function renderNotFound(answer: Answer, labels: Labels): ReplyPayload {
  const [closest] = answer.citations;
  const embed: APIEmbed = {
    color: COLOR_NOT_FOUND,
    author: { name: `${labels.question}: ${oneLine(answer.query)}` },
    description: labels.notFound,
  };
  if (closest) {
    const field = citationField(closest, 1, labels);
    embed.fields = [{ ...field, name: cut(`${labels.relatedSentence} — ${closest.title}`, EMBED_FIELD_NAME_MAX) }];
  }
  return message({ embeds: [embed] });
}

function pageFields(answer: Answer, page: number, labels: Labels) {
  const from = page * CITATIONS_PER_PAGE;
  // The answer's span is bold inside the first citation, its sentence.
  const highlight =
    answer.answerKind === 'span' && answer.answerStart !== null && answer.answerEnd !== null
      ? { start: answer.answerStart, end: answer.answerEnd }
      : null;
  return answer.citations
    .slice(from, from + CITATIONS_PER_PAGE)
    .map((citation, i) => citationField(citation, from + i + 1, labels, from + i === 0 ? highlight : null));
}

function pageFooter(answer: Answer, page: number, labels: Labels): string {
  const from = page * CITATIONS_PER_PAGE + 1;
  const to = Math.min(answer.citations.length, (page + 1) * CITATIONS_PER_PAGE);
  return labels.sourceRange(from, to);
}

function moreButton(
  answer: Answer,
  page: number,
  labels: Labels,
): APIActionRowComponent<APIButtonComponent>[] {
  if (answer.citations.length <= (page + 1) * CITATIONS_PER_PAGE) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: cut(labels.moreSources, BUTTON_LABEL_MAX),
          custom_id: moreSourcesId(answer.query, page + 1),
        },
      ],
    },
  ];
}

/** One line per supporting fact, duplicates (same span) once, at most `FACTS_SHOWN`. */
export function factLines(facts: readonly Fact[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const fact of facts) {
    const line = factLine(fact);
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
    if (lines.length === FACTS_SHOWN) break;
  }
  return lines;
}

/** "• **약 2,700억 원**", or for a quote "• “…” — speaker". */
export function factLine(fact: Fact): string {
  if (fact.type === 'quote') {
    const who = fact.speaker ? ` — ${inert(`${fact.speaker}${fact.speakerTitle ? ` ${fact.speakerTitle}` : ''}`)}` : '';
    return `• “${inert(fact.value, 300)}”${who}`;
  }
  if (fact.type === 'person') {
    const role = [fact.organization, fact.title].filter(Boolean).join(' ');
    return `• **${inert(fact.name)}**${role ? ` (${inert(role)})` : ''}`;
  }
  return `• **${inert(fact.text)}**`;
}
