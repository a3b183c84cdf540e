/**
 * `/facts topic:<text> [type:<money|date|count|person|quote>]` (사실): the facts about a topic, compact.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { FactType } from '../src/answer/types.ts';
import { renderFacts } from '../src/render/index.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';
import { engineForServer } from '../src/live/serverEngines.ts';
import type { Command } from './index.ts';

/** The fact types offered as choices, with their Korean names. */
const TYPE_CHOICES = [
  { name: 'money', name_localizations: { ko: '금액' }, value: 'money' },
  { name: 'date', name_localizations: { ko: '날짜' }, value: 'date' },
  { name: 'count', name_localizations: { ko: '수량' }, value: 'count' },
  { name: 'person', name_localizations: { ko: '인물' }, value: 'person' },
  { name: 'quote', name_localizations: { ko: '발언' }, value: 'quote' },
] as const satisfies readonly ({ value: FactType } & Record<string, unknown>)[];

type OfferedType = (typeof TYPE_CHOICES)[number]['value'];

function isOfferedType(value: string | null): value is OfferedType {
  return TYPE_CHOICES.some((choice) => choice.value === value);
}

export default {
  data: {
    name: 'facts',
    description: 'Facts (amounts, dates, counts, people, quotes) about a topic',
    name_localizations: { ko: '사실' },
    description_localizations: { ko: '주제에 관한 금액·날짜·수량·인물·발언을 모아 보여 드립니다' },
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
    const factType = isOfferedType(type) ? type : undefined;
    await interaction.deferReply();
    const facts = await engine.factsByTopic(topic, factType);
    await interaction.editReply(renderFacts(topic, facts, { locale: interaction.locale, type: factType ?? null }));
  },
} satisfies Command;
