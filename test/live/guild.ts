/**
 * Interaction payloads in a server (guild) for the live-corpus tests: a member with or without Manage
 * Server, with roles, and attachments resolved the way Discord sends them.
 */
import { chatInput, snowflake, USER_ID } from '../discord/fake-discord.ts';

export const GUILD_A = '555555555555555501';
export const GUILD_B = '555555555555555502';
/** Manage Server (1 << 5) plus the everyday ones. */
export const MANAGER = String((1n << 5n) | (1n << 10n) | (1n << 11n));
/** Send messages and view channels only. */
export const MEMBER = String((1n << 10n) | (1n << 11n));

type Payload = ReturnType<typeof chatInput> & { data: Record<string, unknown> };

/** The payload as sent in server `guildId` by a member with `permissions` and `roles`. */
export function inGuild<T extends { user?: unknown }>(
  payload: T,
  guildId: string,
  permissions = MANAGER,
  roles: string[] = [],
  userId = USER_ID,
): Omit<T, 'user'> & { guild_id: string; member: unknown } {
  const { user: _user, ...rest } = payload;
  return {
    ...rest,
    guild_id: guildId,
    app_permissions: permissions,
    context: 0,
    member: {
      user: { id: userId, username: 'editor', discriminator: '0', global_name: '편집자', avatar: null },
      roles,
      permissions,
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      avatar: null,
      nick: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    },
  };
}

/** `/add file:<attachment>` with the attachment at `url`. */
export function addFile(name: string, url: string, size: number, contentType = 'text/html; charset=utf-8'): Payload {
  const id = snowflake();
  const payload = chatInput('add', [{ name: 'file', type: 11, value: id }]) as Payload;
  payload.data.resolved = {
    attachments: { [id]: { id, filename: name, size, url, proxy_url: url, content_type: contentType } },
  };
  return payload;
}
