/**
 * The message payload every renderer returns, and the one place that makes it fit Discord's limits
 * and pings nobody.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { cut } from './cut.ts';
import {
  CONTENT_MAX,
  EMBED_AUTHOR_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_MAX,
} from './limits.ts';

/** Mentions a reply may trigger: none, ever (a question with `@everyone` is shown, not obeyed). */
export type NoMentions = { parse: [] };

/** A reply or edit body (discord.js `InteractionReplyOptions`/`InteractionEditReplyOptions` compatible). */
export type ReplyPayload = {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: NoMentions;
};

/** A payload only the asker sees (for initial replies and follow-ups; an edit cannot change it). */
export type EphemeralPayload = ReplyPayload & { flags: MessageFlags.Ephemeral };

/** A fresh `{ parse: [] }` (a new object each time so no caller can mutate a shared one). */
export function noMentions(): NoMentions {
  return { parse: [] };
}

/**
 * Builds a payload that respects every limit: content, each embed part, field count, embed count and
 * the 6000-character total (fields are dropped from the end, then descriptions shortened).
 */
export function message(parts: {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}): ReplyPayload {
  const payload: ReplyPayload = {
    embeds: fitEmbeds(parts.embeds ?? []),
    components: parts.components ?? [],
    allowedMentions: noMentions(),
  };
  if (parts.content !== undefined) payload.content = cut(parts.content, CONTENT_MAX);
  return payload;
}

/** The same payload, visible only to the user who asked. */
export function ephemeral(payload: ReplyPayload): EphemeralPayload {
  return { ...payload, flags: MessageFlags.Ephemeral };
}

/** Characters an embed counts towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = cut(embed.title, EMBED_TITLE_MAX);
  if (embed.description !== undefined) fitted.description = cut(embed.description, EMBED_DESCRIPTION_MAX);
  if (embed.author) fitted.author = { ...embed.author, name: cut(embed.author.name, EMBED_AUTHOR_MAX) };
  if (embed.footer) fitted.footer = { ...embed.footer, text: cut(embed.footer.text, EMBED_FOOTER_MAX) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, EMBED_FIELDS_MAX).map((field) => ({
      ...field,
      name: cut(field.name, EMBED_FIELD_NAME_MAX) || '\u200b',
      value: cut(field.value, EMBED_FIELD_VALUE_MAX) || '\u200b',
    }));
  }
  return fitted;
}

function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, EMBEDS_PER_MESSAGE_MAX).map(fitEmbed);
  const total = () => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  // Drop fields from the last embed backwards while the total is over (bounded by the field count).
  for (let i = fitted.length - 1; i >= 0 && total() > EMBEDS_TOTAL_MAX; i--) {
    const embed = fitted[i];
    while (embed?.fields && embed.fields.length > 0 && total() > EMBEDS_TOTAL_MAX) embed.fields.pop();
  }
  // Then shorten descriptions, last embed first.
  for (let i = fitted.length - 1; i >= 0 && total() > EMBEDS_TOTAL_MAX; i--) {
    const embed = fitted[i];
    if (!embed?.description) continue;
    const over = total() - EMBEDS_TOTAL_MAX;
    embed.description = cut(embed.description, Math.max(1, embed.description.length - over));
  }
  // Last resort (only with many long titles/footers): drop whole embeds from the end.
  while (fitted.length > 1 && total() > EMBEDS_TOTAL_MAX) fitted.pop();
  return fitted;
}
