/**
 * `/facts topic:<text> [type:<kind>]` (사실): the facts about a topic, compact. The kinds offered are
 * the fact-kind registry's (`src/facts/kinds.ts`), with their Korean names.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { FactType } from '../src/answer/types.ts';
import { FACT_KINDS, FACT_TYPES } from '../src/facts/index.ts';
import { renderFacts } from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';
import { engineForServer } from '../src/live/serverEngines.ts';

/** Every fact kind as a choice, with its Korean name. */
const TYPE_CHOICES = FACT_TYPES.map((type) => ({
  name: FACT_KINDS[type].label.en,
  name_localizations: { ko: FACT_KINDS[type].label.ko },
  value: type,
}));

function isFactType(value: string | null): value is FactType {
  return FACT_TYPES.some((type) => type === value);
}

export default {
  data: {
    name: 'facts',
    description: 'Facts (amounts, dates, counts, areas, periods, shares, people, quotes) about a topic',
    name_localizations: { ko: '사실' },
    description_localizations: { ko: '주제에 관한 금액·날짜·수량·면적·기간·비율·인물·발언을 모아 보여 드립니다' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'The topic, e.g. "랩허브"',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '주제 (예: 랩허브)' },
        required: true,
        max_length: INPUT_LIMITS.topic,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'type',
        description: 'Only facts of this kind',
        name_localizations: { ko: '종류' },
        description_localizations: { ko: '이 종류의 사실만' },
        choices: [...TYPE_CHOICES],
      },
    ],
  },

  async execute(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const topic = boundInput('topic', interaction.options.getString('topic', true));
    const type = interaction.options.getString('type');
    const factType = isFactType(type) ? type : undefined;
    await interaction.deferReply();
    const facts = await engine.factsByTopic(topic, factType);
    await interaction.editReply(renderFacts(topic, facts, { locale: interaction.locale, type: factType ?? null }));
  },
} satisfies CommandModule;
