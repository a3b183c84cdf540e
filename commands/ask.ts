/**
 * `/ask question:<text> [hide:<bool>]` (질문): the answer with its evidence, and the
 * "more sources" (출처 더 보기) button, whose whole state is in its custom_id.
 */
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import {
  citationsNeeded,
  parseMoreSourcesId,
  recoverQuestion,
  renderAnswer,
  renderSourcesPage,
} from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';

export default {
  data: {
    name: 'ask',
    description: 'Ask a question about the news articles; get the answer and the sentences it came from',
    name_localizations: { ko: '질문' },
    description_localizations: { ko: '기사에 대해 질문하면 답과 근거 문장을 보여 드립니다' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. "K-바이오 랩허브 예산"',
        name_localizations: { ko: '질문' },
        description_localizations: { ko: '궁금한 내용 (예: K-바이오 랩허브 예산)' },
        required: true,
        max_length: 1000,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'hide',
        description: 'Show the answer only to you',
        name_localizations: { ko: '숨기기' },
        description_localizations: { ko: '나에게만 답을 보여 줍니다' },
      },
    ],
  },

  async execute(interaction, { engines }) {
    const engine = engines.current();
    const question = interaction.options.getString('question', true);
    const hide = interaction.options.getBoolean('hide') ?? false;
    await interaction.deferReply(hide ? { flags: MessageFlags.Ephemeral } : {});
    const answer = await engine.answer(question, { top: citationsNeeded(0) });
    await interaction.editReply(renderAnswer(answer, { locale: interaction.locale }));
  },

  async button(interaction, { engines }) {
    const engine = engines.current();
    const state = parseMoreSourcesId(interaction.customId);
    if (!state) throw new Error(`not a more-sources button: ${interaction.customId.slice(0, 40)}`);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const shown = interaction.message.embeds.map((embed) => embed.author?.name ?? '');
    const question = recoverQuestion(state, shown);
    const answer = await engine.answer(question, { top: citationsNeeded(state.page) });
    await interaction.editReply(renderSourcesPage(answer, state.page, { locale: interaction.locale }));
  },
} satisfies CommandModule;
