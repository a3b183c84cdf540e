/**
 * HTML 뉴스 페이지: a saved or fetched news page (outlet site, portal) into an article. Mozilla's
 * Readability (on linkedom's DOM) finds the article container; its text, laid out one block per line,
 * then goes through the same body rules as a scraped `.txt` page (bylines, copyright lines, headline
 * lists, photo credits and repeated paragraphs go). Metadata comes from the page's markup first
 * (JSON-LD, meta tags, canonical link), then from what the body states.
 */
import { createRequire } from 'node:module';
import { buildArticle } from './article.ts';
import { readBodyMetadata } from './bodyMetadata.ts';
import { cleanBody } from './clean.ts';
import { readPageMetadata } from './htmlMetadata.ts';
import { findPublicationDate } from './metadata.ts';
import { collapseSpaces, normalizeText } from './normalize.ts';
import type { Article } from './types.ts';

type Libraries = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let libraries: Libraries | undefined;

/**
 * The DOM and Readability, loaded on the first HTML page: most runs read no HTML, and loading them
 * costs every CLI start a few hundred milliseconds.
 */
function html(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  }
  return libraries;
}

export type HtmlPageOptions = {
  /** Where the page was fetched from (resolves a relative canonical link; kept when the page names none). */
  url?: string | null;
};

/** Elements that never hold article prose. */
const NEVER_PROSE = 'script, style, noscript, template, iframe, svg, canvas, form, button, select, textarea, nav, aside, footer';
/**
 * Photo captions and ad slots by their markup: `<figcaption>`, and the class or id names outlets and
 * portals give them (`img_desc`, `photo_caption`, `caption`, `ad_…`, `…-ad`, `banner`).
 */
const CAPTION_OR_AD =
  'figcaption, [class*="caption"], [class*="img_desc"], [class*="photo_desc"], [class*="photo_txt"], [class*="img_txt"], [id*="caption"], [class~="ad"], [class^="ad_"], [class*=" ad_"], [class^="ad-"], [class*="-ad "], [class$="-ad"], [class*="banner"], [id^="ad_"], [id^="ad-"], [id*="banner"]';
/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

/** The text of a DOM subtree, one line per block element or `<br>`. */
function blockText(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapseSpaces(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: DomNode, depth: number) => {
    if (depth > 200) return;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child, depth + 1);
    }
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return lines;
}

/**
 * Readability's article container as lines (or the whole page's when it finds none: a short page), and
 * the whole page's lines (for a date line outside the container).
 */
function articleLines(page: string): { content: string[]; page: string[] } {
  const { parseHTML, Readability } = html();
  const { document } = parseHTML(page);
  for (const element of [...document.querySelectorAll(NEVER_PROSE)]) element.remove();
  for (const element of [...document.querySelectorAll(CAPTION_OR_AD)]) element.remove();
  const fallback = blockText(document.body as unknown as DomNode);
  let parsed: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { content: fallback, page: fallback };
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const lines = blockText(content.body as unknown as DomNode);
  return { content: lines.length > 0 ? lines : fallback, page: fallback };
}

/**
 * Parses an HTML news page into an article, or null when it holds no article body.
 * @example
 * parseHtmlPage('page', '<html><head><meta property="og:title" content="제목">…', { url: 'https://…' })
 */
export function parseHtmlPage(id: string, page: string, options: HtmlPageOptions = {}): Article | null {
  const { document } = html().parseHTML(page);
  const meta = readPageMetadata(document as never, options.url ?? null);
  const extracted = articleLines(page);
  const lines = normalizeText(extracted.content.join('\n')).split('\n');
  const title = collapseSpaces(normalizeText(meta.title ?? ''));
  // Readability sometimes keeps the headline inside the container; it is the title, not body prose.
  const bodyLines = lines.filter((line) => collapseSpaces(line) !== title);
  const body = cleanBody(bodyLines);
  if (body.paragraphs.length === 0 || title === '') return null;
  const pageLines = normalizeText(extracted.page.join('\n')).split('\n');
  // The copyright notice is usually outside the article container: read it from the whole page.
  const stated = readBodyMetadata(body, pageLines);
  return buildArticle(
    {
      id,
      title,
      outlet: meta.outlet ?? stated.outlet,
      author: meta.author ?? stated.author,
      // Last, a labelled date line anywhere on the page ("입력 2024.03.12. 오전 9:41" above the container).
      date: meta.date ?? stated.date ?? findPublicationDate([], pageLines),
      url: meta.url,
    },
    body.paragraphs,
  );
}
