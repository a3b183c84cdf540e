/**
 * Follow-up threads (후속 질문 스레드): opening one from an answer, and reading a thread's context
 * back from Discord — so the topic in use survives a restart. The context lives in the thread
 * itself: its name ("↪ 주제"), the bot's first message and each answer's "↪ 주제: …" line.
 */
import { type Client, Routes } from 'discord.js';
import { readTopicLine } from '../render/briefingLabels.ts';

/** Thread channel types: announcement, public and private threads. */
const THREAD_TYPES = new Set([10, 11, 12]);
/** Messages of a thread read back for the previous topic. */
const HISTORY = 50;
/** A day: the thread stays open through a day of briefings. */
const AUTO_ARCHIVE_MINUTES = 1440;
/** Discord's limit on a thread (channel) name. */
const THREAD_NAME_MAX = 100;

type ApiChannel = { id: string; type: number; name?: string; owner_id?: string };
type ApiMessage = { id: string; content?: string; author?: { id: string }; webhook_id?: string; application_id?: string };

/** Opens a thread on an answer message and posts its first message; returns the thread id. */
export async function openThread(
  client: Client,
  channelId: string,
  messageId: string,
  name: string,
  intro: string,
): Promise<string> {
  const thread = (await client.rest.post(Routes.threads(channelId, messageId), {
    body: { name: [...name].slice(0, THREAD_NAME_MAX).join(''), auto_archive_duration: AUTO_ARCHIVE_MINUTES },
  })) as ApiChannel;
  await client.rest.post(Routes.channelMessages(thread.id), {
    body: { content: intro.slice(0, 2000), allowed_mentions: { parse: [] } },
  });
  return thread.id;
}

/** A thread the bot started, with the topic of its latest question; null anywhere else. */
export type ThreadContext = { threadId: string; previousTopic: string | null };

export async function readThreadContext(client: Client, channelId: string | null): Promise<ThreadContext | null> {
  if (!channelId || !client.user) return null;
  const cached = client.channels.cache.get(channelId);
  if (cached && !cached.isThread()) return null;
  // A thread the client has cached tells its owner and name; otherwise Discord is asked.
  const channel: ApiChannel | null = cached?.isThread()
    ? { id: cached.id, type: cached.type, name: cached.name, ...(cached.ownerId ? { owner_id: cached.ownerId } : {}) }
    : ((await client.rest.get(Routes.channel(channelId)).catch(() => null)) as ApiChannel | null);
  if (!channel || !THREAD_TYPES.has(channel.type) || channel.owner_id !== client.user.id) return null;
  const messages = (await client.rest
    .get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(HISTORY) }) })
    .catch(() => [])) as ApiMessage[];
  const mine = new Set([client.user.id, client.application?.id].filter((id): id is string => Boolean(id)));
  // Newest first: the latest answer's topic, else the thread's first message, else its name.
  for (const message of messages) {
    const byBot = (message.author && mine.has(message.author.id)) || (message.webhook_id && mine.has(message.webhook_id));
    if (!byBot) continue;
    const topic = readTopicLine(message.content ?? '');
    if (topic) return { threadId: channelId, previousTopic: topic };
  }
  const fromName = channel.name?.replace(/^↪\s*/u, '').trim();
  return { threadId: channelId, previousTopic: fromName || null };
}
