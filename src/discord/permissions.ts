/**
 * 편집 권한: who may change a server's articles — members with Manage Server, or (when EDITOR_ROLE_IDS
 * is set) members holding one of those roles. The commands are also registered with Manage Server as
 * their default permission; this check holds even when a server's admins widen that.
 */
import { PermissionFlagsBits, type ChatInputCommandInteraction, type AutocompleteInteraction } from 'discord.js';

export function canEditArticles(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  editorRoleIds: readonly string[],
): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return true;
  if (editorRoleIds.length === 0) return false;
  const roles = interaction.member.roles;
  const held: readonly string[] = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return held.some((role) => editorRoleIds.includes(role));
}
