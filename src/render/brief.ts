/**
 * `/brief` replies: an article's headline, outlet, date and link, its key facts with their values,
 * quotes with speakers, people and organizations — or the same for a topic across articles, a fact
 * several state shown once with all their numbers, differing figures side by side. Paged.
 */
import type { Brief, BriefFact, Citation } from '../answer/types.ts';
import { type BriefingLabels, briefingLabelsFor } from './briefingLabels.ts';
import { factText } from './check.ts';
import { oneLine, sourceLine } from './citation.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import { labelsFor, type Labels } from './labels.ts';
import { EMBED_TITLE_MAX } from './limits.ts';
import { pageButtons, paginate } from './pages.ts';
import { dateLabel, excerpt } from './timeline.ts';
import { message, type ReplyPayload } from './payload.ts';

const COLOR = 0x3b82c4;
/** Characters of a fact's sentence shown after it. */
const CONTEXT_CHARS = 110;

export type BriefRenderOptions = {
  locale?: string | null;
  /** Page to show (0-based). */
  page?: number;
  /** What the page buttons carry: the article id or the topic. */
  request: { kind: 'a' | 't'; text: string };
};

export function renderBrief(brief: Brief | null, options: BriefRenderOptions): ReplyPayload {
  const labels = labelsFor(options.locale);
  const words = briefingLabelsFor(options.locale);
  const subject = oneLine(options.request.text);
  if (!brief) return message({ content: words.unknownArticle });
  if (brief.articles.length === 0) return message({ content: words.noBrief(inert(subject)) });
  const numbers = new Map(brief.articles.map((article, i) => [article.id, i + 1]));
  const refs = (citations: readonly Citation[]) =>
    brief.kind === 'topic' ? ` ${[...new Set(citations.map((c) => numbers.get(c.articleId) ?? 0))].map((n) => `[${n}]`).join('')}` : '';

  const lines: string[] = [];
  const [only] = brief.articles;
  if (brief.kind === 'article' && only) {
    lines.push(`**${only.outlet ?? labels.unknownOutlet}** · ${only.date ?? labels.unknownDate}${only.author ? ` · ${only.author}` : ''}`);
    if (safeUrl(only.url)) lines.push(`<${only.url}>`);
  } else {
    lines.push(`**${words.articles}**`);
    brief.articles.forEach((article, i) => lines.push(`[${i + 1}] ${cut(oneLine(article.title), 90)} — ${sourceLine(article, labels)}`));
  }
  if (brief.facts.length > 0) {
    lines.push('', `**${words.keyFacts}**`);
    for (const entry of brief.facts) lines.push(factLine(entry, labels, words, refs));
  }
  if (brief.differences.length > 0) {
    lines.push('', `**${words.differences}**`);
    for (const difference of brief.differences) {
      const values = difference.values.map((entry) => `**${oneLine(entry.fact.text)}**${refs(entry.citations)}`).join(' ↔ ');
      lines.push(`• ${cut(difference.about, 40)}: ${values}`);
    }
  }
  if (brief.quotes.length > 0) {
    lines.push('', `**${words.quotes}**`);
    for (const quote of brief.quotes) {
      const who = quote.speaker ? ` — ${quote.speaker}${quote.speakerTitle ? ` ${quote.speakerTitle}` : ''}` : '';
      lines.push(`• “${cut(oneLine(quote.quote), 220)}”${who}${refs([quote.citation])}`);
    }
  }
  if (brief.people.length > 0) {
    lines.push('', `**${words.people}**`);
    lines.push(brief.people.map((p) => `${p.name}${p.title || p.organization ? ` (${[p.organization, p.title].filter(Boolean).join(' ')})` : ''}`).join(', '));
  }
  if (brief.organizations.length > 0) lines.push('', `**${words.organizations}**`, brief.organizations.join(' · '));

  const pages = paginate(lines);
  const page = Math.min(Math.max(0, options.page ?? 0), pages.length - 1);
  const title = brief.kind === 'article' ? oneLine(brief.subject) : words.briefOf(inert(subject));
  const footer = [brief.kind === 'article' && only ? sourceLine(only, labels) : labels.knownArticles(brief.articles.length), words.page(page + 1, pages.length)];
  return message({
    embeds: [
      {
        color: COLOR,
        title: cut(title, EMBED_TITLE_MAX),
        ...(brief.kind === 'article' && only && safeUrl(only.url) ? { url: only.url as string } : {}),
        // The request in full, for a button whose custom_id had to cut it.
        author: { name: options.request.kind === 't' ? `${words.briefOf('')}${subject}` : words.briefOf('') + cut(oneLine(brief.subject), 80) },
        description: pages[page] ?? '',
        footer: { text: footer.join(' · ') },
      },
    ],
    components: pageButtons('brief', options.request.kind, options.request.text, page, pages.length, words),
  });
}

function factLine(entry: BriefFact, labels: Labels, words: BriefingLabels, refs: (citations: readonly Citation[]) => string): string {
  const { fact } = entry;
  const sentence = excerpt(fact.sentence, fact.start, CONTEXT_CHARS);
  const value = fact.type === 'date' ? dateLabel(fact, words) : `**${factText(fact)}**`;
  return `• ${value} · ${labels.factTypes[fact.type]} — ${sentence}${refs(entry.citations)}`;
}

/** Only http(s) links become links (an article's url comes from a scraped page). */
function safeUrl(url: string | null): boolean {
  return url !== null && /^https?:\/\/[^\s<>]+$/u.test(url) && url.length <= 2000;
}
