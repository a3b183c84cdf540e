/**
 * 기사 출처: where an article the bot knows came from — a file of the shared corpus folder, or an
 * `/add` in one server (by whom, when, from which file or link).
 */
import { z } from 'zod';

export const addedOriginSchema = z.object({
  kind: z.literal('added'),
  /** The server (guild) it was added in; only that server sees it. */
  guildId: z.string().regex(/^\d{1,20}$/),
  /** Who added it (user id), and their name as shown then. */
  addedBy: z.string().regex(/^\d{1,20}$/),
  addedByName: z.string().max(100).nullable(),
  /** ISO time of the `/add`. */
  addedAt: z.string().datetime(),
  /** The attachment's file name or the link it was fetched from. */
  source: z.string().max(2000),
});

export type AddedOrigin = z.infer<typeof addedOriginSchema>;

export type ArticleOrigin = { kind: 'folder'; file: string } | AddedOrigin;

/** One line for people: `folder seeds/000.txt`, `server 123… · added by 기자 (333…) · 2024-05-20T…`. */
export function describeOrigin(origin: ArticleOrigin): string {
  if (origin.kind === 'folder') return `folder ${origin.file}`;
  const who = origin.addedByName ? `${origin.addedByName} (${origin.addedBy})` : origin.addedBy;
  return `server ${origin.guildId} · added by ${who} · ${origin.addedAt} · from ${origin.source}`;
}
