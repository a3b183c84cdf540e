/**
 * `/ask question:<text> [hide:<bool>]` (질문): the answer with its evidence, the "more sources"
 * (출처 더 보기) button, whose whole state is in its custom_id, 👍/👎 feedback buttons and a
 * "follow up" button that opens a thread. In a thread the bot opened, a question naming no topic
 * takes the previous question's topic, and the topic in use is shown.
 */
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import { handleFeedback, handleFollowUpButton } from '../src/discord/answerButtons.ts';
import { readThreadContext } from '../src/discord/threads.ts';
import {
  briefingLabelsFor,
  citationsNeeded,
  FEEDBACK_DOWN_ID,
  FEEDBACK_UP_ID,
  FOLLOW_UP_ID,
  parseMoreSourcesId,
  recoverQuestion,
  renderAnswer,
  renderSourcesPage,
  withAnswerActions,
} from '../src/render/index.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';
import { engineForServer } from '../src/live/serverEngines.ts';

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
        max_length: INPUT_LIMITS.question,
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
    const engine = engineForServer(engines.current(), interaction.guildId);
    const question = interaction.options.getString('question', true);
    const hide = interaction.options.getBoolean('hide') ?? false;
    await interaction.deferReply(hide ? { flags: MessageFlags.Ephemeral } : {});
    const locale = interaction.locale;
    const thread = await readThreadContext(interaction.client, interaction.channelId);
    if (!thread) {
      const answer = await engine.answer(question, { top: citationsNeeded(0) });
      await interaction.editReply(withAnswerActions(renderAnswer(answer, { locale }), { locale, hidden: hide }));
      return;
    }
    // In a follow-up thread: the question is read in the thread's context, and says which topic.
    const followUp = await engine.followUp(question, thread.previousTopic, { top: citationsNeeded(0) });
    const payload = withAnswerActions(renderAnswer(followUp.answer, { locale }), { locale, inThread: true });
    const topicLine = followUp.topic ? briefingLabelsFor(locale).topicInUse(followUp.topic, followUp.inherited) : undefined;
    await interaction.editReply(payload.content === undefined && topicLine ? { ...payload, content: topicLine } : payload);
  },

  async button(interaction, context) {
    if (interaction.customId === FEEDBACK_UP_ID || interaction.customId === FEEDBACK_DOWN_ID) return handleFeedback(interaction, context);
    if (interaction.customId === FOLLOW_UP_ID) return handleFollowUpButton(interaction, context);
    const engine = engineForServer(context.engines.current(), interaction.guildId);
    const state = parseMoreSourcesId(boundInput('customId', interaction.customId));
    if (!state) throw new Error(`not an ask button: ${interaction.customId.slice(0, 40)}`);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const shown = interaction.message.embeds.map((embed) => embed.author?.name ?? '');
    const question = recoverQuestion(state, shown);
    const answer = await engine.answer(question, { top: citationsNeeded(state.page) });
    await interaction.editReply(renderSourcesPage(answer, state.page, { locale: interaction.locale }));
  },
} satisfies CommandModule;
