/**
 * `/brief [article:<autocomplete>] [topic:<text>]` (브리핑): the gist of an article (headline, outlet,
 * date, key facts, quotes, people, organizations) or of a topic across the articles. Long briefs page
 * with buttons whose custom_id holds the page and the request.
 */
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type { Engine } from '../src/answer/types.ts';
import { briefingLabelsFor } from '../src/render/briefingLabels.ts';
import { ephemeral, message, renderBrief, renderChoices } from '../src/render/index.ts';
import { hashQuestion } from '../src/render/moreSourcesId.ts';
import { parsePageId, recoverText } from '../src/render/pageId.ts';
import { engineForServer } from '../src/live/serverEngines.ts';
import type { CommandModule } from '../src/discord/types.ts';
import { boundInput, INPUT_LIMITS } from '../src/answer/index.ts';

/** The article an option value names: its id (from autocomplete) or the best title match. */
async function resolveArticle(engine: Engine, value: string): Promise<string | null> {
  const all = await engine.findArticles('');
  if (all.some((article) => article.id === value)) return value;
  const byHash = all.find((article) => hashQuestion(article.id) === value.replace(/^#/u, ''));
  if (byHash) return byHash.id;
  return (await engine.findArticles(value))[0]?.id ?? null;
}

export default {
  data: {
    name: 'brief',
    description: 'The gist of an article, or of a topic across the articles',
    name_localizations: { ko: '브리핑' },
    description_localizations: { ko: '기사 한 건 또는 주제의 핵심(수치·발언·인물·기관)을 정리해 드립니다' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'article',
        description: 'An article (start typing its title)',
        name_localizations: { ko: '기사' },
        description_localizations: { ko: '기사 (제목을 입력하면 골라 드립니다)' },
        autocomplete: true,
        max_length: INPUT_LIMITS.articleQuery,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'A topic across the articles, e.g. "랩허브"',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '여러 기사에 걸친 주제 (예: 랩허브)' },
        max_length: INPUT_LIMITS.topic,
      },
    ],
  },

  async execute(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    // Cut to their limits before anything reads them (the engine does too; the reply echoes them).
    const typedArticle = interaction.options.getString('article');
    const typedTopic = interaction.options.getString('topic');
    const article = typedArticle === null ? null : boundInput('articleQuery', typedArticle);
    const topic = typedTopic === null ? null : boundInput('topic', typedTopic);
    const locale = interaction.locale;
    if (!article?.trim() && !topic?.trim()) {
      await interaction.reply(ephemeral(message({ content: briefingLabelsFor(locale).needArticleOrTopic })));
      return;
    }
    await interaction.deferReply();
    if (article?.trim()) {
      const id = await resolveArticle(engine, article.trim());
      const brief = id ? await engine.brief({ articleId: id }) : null;
      await interaction.editReply(renderBrief(brief, { locale, request: { kind: 'a', text: id ?? article } }));
      return;
    }
    const subject = (topic ?? '').trim();
    await interaction.editReply(renderBrief(await engine.brief({ topic: subject }), { locale, request: { kind: 't', text: subject } }));
  },

  async autocomplete(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const typed = interaction.options.getFocused();
    const articles = (await engine.findArticles(typed)).slice(0, 25);
    const choices = renderChoices(articles.map((article) => article.title));
    // The value is the article's id (or its hash when too long for a choice value).
    await interaction.respond(
      choices.map((choice, i) => {
        const id = articles[i]?.id ?? choice.value;
        return { name: choice.name, value: id.length <= 100 ? id : `#${hashQuestion(id)}` };
      }),
    );
  },

  async button(interaction, { engines }) {
    const engine = engineForServer(engines.current(), interaction.guildId);
    const state = parsePageId(interaction.customId);
    if (!state || state.owner !== 'brief') throw new Error(`not a brief page button: ${interaction.customId.slice(0, 40)}`);
    const locale = interaction.locale;
    if (state.kind === 'a') {
      const id = state.complete ? state.text : await resolveArticle(engine, `#${state.hash}`);
      const brief = id ? await engine.brief({ articleId: id }) : null;
      await interaction.update(renderBrief(brief, { locale, page: state.page, request: { kind: 'a', text: id ?? state.text } }));
      return;
    }
    const shown = interaction.message.embeds.map((embed) => (embed.author?.name ?? '').replace(/^[^:]*:\s*/u, ''));
    const topic = recoverText(state, shown);
    await interaction.update(renderBrief(await engine.brief({ topic }), { locale, page: state.page, request: { kind: 't', text: topic } }));
  },
} satisfies CommandModule;
