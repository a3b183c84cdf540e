/**
 * `/remove article:<autocomplete>` (기사삭제): forgets an article this server added with `/add`.
 * Manage Server (or an editor role) only; the autocomplete lists only this server's added articles.
 */
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { canEditArticles } from '../src/discord/permissions.ts';
import { cut, renderAddProblem, renderRemoved } from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';

/** Autocomplete choices shown (Discord shows 25). */
const MAX_CHOICES = 25;

export default {
  data: {
    name: 'remove',
    description: 'Remove an article this server added',
    name_localizations: { ko: '기사삭제' },
    description_localizations: { ko: '이 서버에서 추가한 기사를 삭제합니다' },
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'article',
        description: 'The article to remove',
        name_localizations: { ko: '기사' },
        description_localizations: { ko: '삭제할 기사' },
        required: true,
        autocomplete: true,
        max_length: INPUT_LIMITS.article,
      },
    ],
  },

  async execute(interaction, { live, logger }) {
    const locale = interaction.locale;
    if (!live || !interaction.inGuild()) return void (await interaction.reply(renderAddProblem('not-in-server', locale)));
    if (!canEditArticles(interaction, live.editorRoleIds)) return void (await interaction.reply(renderAddProblem('no-permission', locale)));
    const id = boundInput('article', interaction.options.getString('article', true)).trim();
    const removed = await live.corpus.remove(interaction.guildId, id);
    if (!removed) return void (await interaction.reply(renderAddProblem('unknown-article', locale)));
    logger.info(`server ${interaction.guildId}: ${interaction.user.id} removed ${id}`);
    await interaction.reply(renderRemoved(removed, locale));
  },

  async autocomplete(interaction, { live }) {
    if (!live || !interaction.inGuild() || !canEditArticles(interaction, live.editorRoleIds)) return void (await interaction.respond([]));
    const typed = boundInput('article', interaction.options.getFocused()).trim().toLowerCase();
    const choices = (await live.corpus.addedIn(interaction.guildId))
      .filter((article) => typed === '' || article.title.toLowerCase().includes(typed) || article.id.startsWith(typed))
      .slice(0, MAX_CHOICES)
      .map((article) => ({ name: cut(`${article.title.replace(/\s+/g, ' ')} (${article.date ?? article.outlet ?? article.id})`, 100), value: article.id }));
    await interaction.respond(choices);
  },
} satisfies CommandModule;
