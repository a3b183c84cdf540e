/**
 * `/sources` (출처): the articles the bot knows, with title, outlet, date and sentence count.
 */
import { renderSources } from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { engineForServer } from '../src/live/serverEngines.ts';

export default {
  data: {
    name: 'sources',
    description: 'The articles the bot answers from',
    name_localizations: { ko: '출처' },
    description_localizations: { ko: '봇이 답할 때 쓰는 기사 목록' },
  },

  async execute(interaction, { engines }) {
    const articles = await engineForServer(engines.current(), interaction.guildId).articles();
    await interaction.reply(renderSources(articles, { locale: interaction.locale }));
  },
} satisfies CommandModule;
