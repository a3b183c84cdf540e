/**
 * The buttons under an answer, handled: 👍/👎 record one vote per user per answer (acknowledged
 * only to the presser), and "follow up" opens a thread on the answer for questions that continue it.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { briefingLabelsFor, FEEDBACK_UP_ID, message, readShownAnswer, ephemeral } from '../render/index.ts';
import { engineForServer } from '../live/serverEngines.ts';
import { openThread } from './threads.ts';
import type { CommandContext } from './types.ts';

/** Discord's error for "a thread has already been created for this message". */
const THREAD_EXISTS = 160004;

export async function handleFeedback(interaction: ButtonInteraction, { engines, feedback }: CommandContext): Promise<void> {
  const words = briefingLabelsFor(interaction.locale);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const shown = readShownAnswer(interaction.message.embeds.map((embed) => embed.toJSON()));
  if (!shown || !feedback) throw new Error(shown ? 'no feedback store configured' : 'feedback button on a message without an answer');
  // Cited articles by the titles the answer showed.
  const articles = await engineForServer(engines.current(), interaction.guildId).articles();
  const articleIds = shown.titles.flatMap((title) => articles.find((article) => article.title.startsWith(title))?.id ?? []);
  const up = interaction.customId === FEEDBACK_UP_ID;
  const result = await feedback.record({
    vote: up ? 'up' : 'down',
    question: shown.question,
    answer: shown.answer,
    articleIds: [...new Set(articleIds)],
    guildId: interaction.guildId,
    userId: interaction.user.id,
    answerId: interaction.message.id,
  });
  await interaction.editReply(message({ content: result === 'recorded' ? words.thanks(up) : words.alreadyVoted }));
}

export async function handleFollowUpButton(interaction: ButtonInteraction, { engines }: CommandContext): Promise<void> {
  const words = briefingLabelsFor(interaction.locale);
  const shown = readShownAnswer(interaction.message.embeds.map((embed) => embed.toJSON()));
  if (!interaction.inGuild() || !shown) {
    await interaction.reply(ephemeral(message({ content: words.noThreadHere })));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const topic = (await engineForServer(engines.current(), interaction.guildId).topicOf(shown.question)) ?? shown.question;
  const intro = `${words.threadIntro(shown.question)}\n${words.topicInUse(topic, false)}`;
  let threadId: string;
  try {
    threadId = await openThread(interaction.client, interaction.message.channelId, interaction.message.id, words.threadName(topic), intro);
  } catch (error) {
    // Opened before (by another press): a thread started from a message has the message's id.
    if ((error as { code?: number }).code !== THREAD_EXISTS) throw error;
    threadId = interaction.message.id;
  }
  await interaction.editReply(message({ content: `🧵 <#${threadId}>` }));
}
