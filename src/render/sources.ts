/**
 * `/sources` replies: the articles the bot knows (기사 목록): title, outlet, date, sentence count.
 */
import type { ArticleSummary } from '../answer/types.ts';
import { sourceLine } from './citation.ts';
import { inert } from './echo.ts';
import { joinLines } from './facts.ts';
import { labelsFor } from './labels.ts';
import { message, type ReplyPayload } from './payload.ts';

/** The reply to `/sources`: one line per article, newest first as the engine lists them. */
export function renderSources(articles: readonly ArticleSummary[], options: { locale?: string | null } = {}): ReplyPayload {
  const labels = labelsFor(options.locale);
  if (articles.length === 0) return message({ content: labels.noArticles });
  const lines = articles.map(
    (article) =>
      `• **${inert(article.title, 200)}** — ${[sourceLine(article, labels), labels.sentenceCount(article.sentenceCount)].filter(Boolean).join(' · ')}`,
  );
  return message({
    embeds: [
      {
        color: 0x2f6fdd,
        title: labels.knownArticles(articles.length),
        description: joinLines(lines, articles.length, labels),
      },
    ],
  });
}
