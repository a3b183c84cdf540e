/**
 * `/add file:<attachment> | url:<link>` (기사추가): takes a news article in while the bot runs, for this
 * server only. Manage Server (or an editor role) only. The reply says what was taken in — title, outlet,
 * date, sentence count and first sentence — or plainly why not.
 */
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { canEditArticles } from '../src/discord/permissions.ts';
import type { ImportSource } from '../src/live/importArticle.ts';
import { renderAddProblem, renderAddProblemEdit, renderAdded } from '../src/render/index.ts';
import { describeError } from '../src/discord/logger.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';

/** Whether an attachment URL is on the host of the REST API the bot already trusts (a proxy, the test fake). */
function servedByApiHost(url: string, apiHost: string | null): boolean {
  if (!apiHost) return false;
  try {
    return new URL(url).hostname === apiHost;
  } catch {
    return false;
  }
}

export default {
  data: {
    name: 'add',
    description: 'Add a news article (file or link) for this server to answer from',
    name_localizations: { ko: '기사추가' },
    description_localizations: { ko: '이 서버에서 답할 때 쓸 기사(파일 또는 링크)를 추가합니다' },
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Attachment,
        name: 'file',
        description: 'A .txt, .html, .htm or .jsonl file (5 MB at most)',
        name_localizations: { ko: '파일' },
        description_localizations: { ko: '.txt, .html, .htm, .jsonl 파일 (최대 5MB)' },
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'url',
        description: 'A link to a news article page',
        name_localizations: { ko: '주소' },
        description_localizations: { ko: '기사 페이지 주소' },
        max_length: INPUT_LIMITS.url,
      },
    ],
  },

  async execute(interaction, { live, logger }) {
    const locale = interaction.locale;
    if (!live || !interaction.inGuild()) return void (await interaction.reply(renderAddProblem('not-in-server', locale)));
    if (!canEditArticles(interaction, live.editorRoleIds)) return void (await interaction.reply(renderAddProblem('no-permission', locale)));
    const file = interaction.options.getAttachment('file');
    const typedUrl = interaction.options.getString('url');
    const url = typedUrl === null ? null : boundInput('url', typedUrl).trim() || null;
    if (!file && !url) return void (await interaction.reply(renderAddProblem('no-input', locale)));
    if (file && url) return void (await interaction.reply(renderAddProblem('both-inputs', locale)));

    await interaction.deferReply();
    // Fetching, reading and indexing happen where the live corpus lives (the engine thread under `npm start`).
    const source: ImportSource = file
      ? {
          kind: 'attachment',
          attachment: { name: file.name, url: file.url, size: file.size, contentType: file.contentType },
          allowPrivate: live.allowPrivateUrls || servedByApiHost(file.url, live.apiHost ?? null),
        }
      : { kind: 'url', url: url ?? '', allowPrivate: live.allowPrivateUrls };
    const user = interaction.user;
    let result;
    try {
      result = await live.corpus.addFrom(interaction.guildId, source, {
        addedBy: user.id,
        addedByName: (user.globalName ?? user.username).slice(0, 100),
        addedAt: new Date().toISOString(),
      });
    } catch (error) {
      logger.error(`could not add an article in server ${interaction.guildId}: ${describeError(error)}`);
      return void (await interaction.editReply(renderAddProblemEdit('store-failed', locale)));
    }
    if (!result.ok) return void (await interaction.editReply(renderAddProblemEdit(result.problem, locale, result.detail)));
    logger.info(`server ${interaction.guildId}: ${user.id} added ${result.added.map((card) => card.id).join(', ')}`);
    await interaction.editReply(renderAdded(result.added, locale));
  },
} satisfies CommandModule;
