/**
 * The buttons under every `/ask` answer: 👍 / 👎 (feedback) and "follow up" (opens a thread). Their
 * custom_ids carry no state: the answer they rate is the message they sit on (its id, its question
 * in the embed's author line, its answer in the title, its sources in the fields).
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { briefingLabelsFor } from './briefingLabels.ts';
import { cut } from './cut.ts';
import { BUTTON_LABEL_MAX } from './limits.ts';
import type { ReplyPayload } from './payload.ts';

export const FEEDBACK_UP_ID = 'ask:fb:up';
export const FEEDBACK_DOWN_ID = 'ask:fb:down';
export const FOLLOW_UP_ID = 'ask:thread';

/** Discord's limit: five rows of components per message. */
const MAX_ROWS = 5;

/**
 * The answer with its action row added (the "more sources" row, if any, stays first). No buttons on
 * a problem notice (nothing was answered); no "follow up" inside a thread (ask there directly) or
 * under a hidden answer (a thread cannot start from a message only one person sees).
 */
export function withAnswerActions(
  payload: ReplyPayload,
  options: { locale?: string | null; inThread?: boolean; hidden?: boolean },
): ReplyPayload {
  if (payload.embeds.length === 0 || payload.components.length >= MAX_ROWS) return payload;
  const words = briefingLabelsFor(options.locale);
  const button = (emoji: string, label: string, id: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    emoji: { name: emoji },
    label: cut(label, BUTTON_LABEL_MAX),
    custom_id: id,
  });
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [
      button('👍', words.helpful, FEEDBACK_UP_ID, ButtonStyle.Secondary),
      button('👎', words.notHelpful, FEEDBACK_DOWN_ID, ButtonStyle.Secondary),
      ...(options.inThread || options.hidden ? [] : [button('🧵', words.followUp, FOLLOW_UP_ID, ButtonStyle.Primary)]),
    ],
  };
  return { ...payload, components: [...payload.components, row] };
}

/** What an answer message showed: its question (author line), answer (title) and cited titles (fields). */
export type ShownAnswer = { question: string; answer: string | null; titles: string[] };

export function readShownAnswer(embeds: readonly APIEmbed[]): ShownAnswer | null {
  const embed = embeds[0];
  const author = embed?.author?.name;
  if (!embed || !author) return null;
  const colon = author.indexOf(': ');
  const question = colon >= 0 ? author.slice(colon + 2) : author;
  const titles = (embed.fields ?? []).map((field) => field.name.replace(/^\[\d+\]\s*/u, '').replace(/…$/u, ''));
  // A found answer has its answer as the title; "not in the articles" has none.
  const answer = embed.fields && embed.fields.length > 0 ? (embed.title ?? null) : null;
  return { question, answer, titles };
}
