/**
 * `/timeline topic:<text>` (타임라인): the dated events the articles report about a topic, in order,
 * each cited; plans marked. Long timelines page with buttons whose custom_id holds page and topic.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { renderTimeline } from '../src/render/index.ts';
import { parsePageId, recoverText } from '../src/render/pageId.ts';
import { engineForServer } from '../src/live/serverEngines.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';

export default {
  data: {
    name: 'timeline',
    description: 'Dated events about a topic, in order, with their articles',
    name_localizations: { ko: '타임라인' },
    description_localizations: { ko: '주제에 관한 사건을 날짜순으로 출처와 함께 보여 드립니다' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'The topic, e.g. "국빈 방문"',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '주제 (예: 국빈 방문)' },
        required: true,
        max_length: INPUT_LIMITS.topic,
      },
    ],
  },

  async execute(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const topic = boundInput('topic', interaction.options.getString('topic', true)).trim();
    await interaction.deferReply();
    await interaction.editReply(renderTimeline(await engine.timeline(topic), { locale: interaction.locale }));
  },

  async button(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const state = parsePageId(interaction.customId);
    if (!state || state.owner !== 'timeline') throw new Error(`not a timeline page button: ${interaction.customId.slice(0, 40)}`);
    const shown = interaction.message.embeds.map((embed) => (embed.author?.name ?? '').replace(/^[^:]*:\s*/u, ''));
    const topic = recoverText(state, shown);
    await interaction.update(renderTimeline(await engine.timeline(topic), { locale: interaction.locale, page: state.page }));
  },
} satisfies CommandModule;
