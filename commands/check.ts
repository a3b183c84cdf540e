/**
 * Message command "Check against the articles" (기사와 대조): the claims of the chosen message —
 * amounts, dates, counts, percentages, people with titles, quoted words — each compared with what the
 * articles state. The message is never quoted whole, and the reply pings no one.
 */
import { ApplicationCommandType } from 'discord.js';
import { briefingLabelsFor, ephemeral, message, renderCheck } from '../src/render/index.ts';
import { engineForServer } from '../src/live/serverEngines.ts';
import type { MessageCommandModule } from '../src/discord/types.ts';

/** Characters of a message read for claims (Discord allows 4000 with Nitro; pasted text is cut). */
export const MAX_CHECKED_CHARS = 4000;

export default {
  data: {
    type: ApplicationCommandType.Message,
    name: 'Check against the articles',
    name_localizations: { ko: '기사와 대조' },
  },

  async executeMessage(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const target = interaction.targetMessage;
    // A message's own text, and the text of its embeds (a forwarded answer, a link preview).
    const text = [target.content, ...target.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? ''])]
      .filter((part) => part.trim().length > 0)
      .join('\n')
      .slice(0, MAX_CHECKED_CHARS);
    if (text.trim().length === 0) {
      await interaction.reply(ephemeral(message({ content: briefingLabelsFor(interaction.locale).emptyMessage })));
      return;
    }
    await interaction.deferReply();
    const check = await engine.checkMessage(text);
    await interaction.editReply(renderCheck(check, { locale: interaction.locale }));
  },
} satisfies MessageCommandModule;
