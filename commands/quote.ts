/**
 * `/quote speaker:<autocomplete> [keyword:<text>]` (발언): a speaker's quoted statements, with articles.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { renderChoices, renderQuotes } from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';
import { engineForServer } from '../src/live/serverEngines.ts';

export default {
  data: {
    name: 'quote',
    description: "A speaker's quoted statements in the articles",
    name_localizations: { ko: '발언' },
    description_localizations: { ko: '기사에 인용된 인물의 발언을 보여 드립니다' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'speaker',
        description: 'Who said it',
        name_localizations: { ko: '발언자' },
        description_localizations: { ko: '발언한 사람' },
        required: true,
        autocomplete: true,
        max_length: INPUT_LIMITS.speaker,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'keyword',
        description: 'Only quotes containing this word',
        name_localizations: { ko: '키워드' },
        description_localizations: { ko: '이 단어가 들어간 발언만' },
        max_length: INPUT_LIMITS.keyword,
      },
    ],
  },

  async execute(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const speaker = boundInput('speaker', interaction.options.getString('speaker', true));
    const typedKeyword = interaction.options.getString('keyword');
    const keyword = typedKeyword === null ? undefined : boundInput('keyword', typedKeyword);
    await interaction.deferReply();
    const quotes = await engine.quotesBySpeaker(speaker, keyword);
    await interaction.editReply(renderQuotes(speaker, quotes, { locale: interaction.locale }));
  },

  async autocomplete(interaction, { engines }) {
    const typed = boundInput('speaker', interaction.options.getFocused());
    await interaction.respond(renderChoices(await engineForServer(engines.current(), interaction.guildId).speakers(typed)));
  },
} satisfies CommandModule;
