/**
 * 페이지 메타데이터: what a news page says about itself in its markup — JSON-LD `NewsArticle`
 * (headline, datePublished, author, publisher), Open Graph and `article:` meta tags, the usual
 * `<meta name=…>` tags of Korean outlets and portals, and `<link rel=canonical>`. Each field is null when
 * the page does not say; nothing is guessed here (the body rules may still find a byline).
 */
import { toIsoDate } from './metadata.ts';
import { collapseSpaces } from './normalize.ts';

/** The small DOM surface read here (linkedom's document satisfies it). */
export type MetaDocument = {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
};

export type PageMetadata = {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  url: string | null;
};

/** JSON-LD `@type`s that describe an article. */
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage)$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const cleaned = collapseSpaces(value);
    return cleaned === '' ? null : cleaned;
  }
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name);
  return null;
}

/** Every object in a JSON-LD value (top level, arrays, `@graph`). */
function jsonLdObjects(value: unknown, into: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 4) return into;
  if (Array.isArray(value)) for (const item of value) jsonLdObjects(item, into, depth + 1);
  else if (isObject(value)) {
    into.push(value);
    if (Array.isArray(value['@graph'])) jsonLdObjects(value['@graph'], into, depth + 1);
  }
  return into;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The page's JSON-LD article object, preferring `NewsArticle` over a generic `WebPage`. */
function jsonLdArticle(document: MetaDocument): JsonObject | null {
  const found: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some outlets put raw line breaks inside JSON strings; JSON forbids them, browsers forgive them.
      const json: unknown = JSON.parse((script.textContent ?? '').replace(/[\r\n\t]+/g, ' '));
      for (const object of jsonLdObjects(json)) if (typesOf(object).some((t) => ARTICLE_TYPES.test(t))) found.push(object);
    } catch {
      // A broken JSON-LD block is ignored; the meta tags may still say.
    }
  }
  return found.find((o) => !typesOf(o).includes('WebPage')) ?? found[0] ?? null;
}

function metaContent(document: MetaDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      for (const element of document.querySelectorAll(`meta[${attribute}="${key}"]`)) {
        const value = text(element.getAttribute('content'));
        if (value) return value;
      }
    }
  }
  return null;
}

/** A person's name from an author field: not a URL, without `기자`/e-mail, short. */
function cleanAuthor(raw: string | null): string | null {
  if (!raw || /^https?:/i.test(raw)) return null;
  const name = collapseSpaces(raw.replace(/[\w.+-]+@[\w.-]+/g, '').replace(/\s*(기자|특파원|선임기자|객원기자|인턴기자)\s*$/u, ''));
  return name.length >= 2 && name.length <= 40 ? name : null;
}

/** An outlet name from a site-name field: "매일경제 | 네이버" → "매일경제"; too long to be a name → null. */
function cleanOutlet(raw: string | null): string | null {
  if (!raw) return null;
  const name = collapseSpaces(raw.split(/\s[|｜:-]\s/u)[0] ?? '');
  return name.length >= 2 && name.length <= 30 ? name : null;
}

/** `20230504100000` (Daum's og:regDate) or an ISO/Korean date string → `YYYY-MM-DD`. */
function dateOf(raw: string | null): string | null {
  if (!raw) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})\d{0,6}$/.exec(raw.trim());
  return toIsoDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : raw);
}

/** An absolute http(s) URL, or null. */
function absoluteUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads a page's own metadata. `pageUrl` (where it was fetched from) resolves a relative canonical link
 * and stands in when the page names none.
 */
export function readPageMetadata(document: MetaDocument, pageUrl: string | null = null): PageMetadata {
  const ld = jsonLdArticle(document);
  const ldAuthor = ld ? (Array.isArray(ld.author) ? ld.author : [ld.author]).map(text).find((a) => a) ?? null : null;
  const attribute = (selector: string, name: string): string | null => {
    for (const element of document.querySelectorAll(selector)) {
      const value = text(element.getAttribute(name));
      if (value) return value;
    }
    return null;
  };
  let titleTag: string | null = null;
  for (const element of document.querySelectorAll('title')) titleTag ??= text(element.textContent);
  const urls = [
    attribute('link[rel="canonical"]', 'href'),
    metaContent(document, 'og:url'),
    ld ? text(ld.url) : null,
    ld ? (isObject(ld.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : text(ld.mainEntityOfPage)) : null,
    pageUrl,
  ];
  return {
    // A <title> often ends with the site's name ("… - 새벽일보", "… : 네이버 뉴스").
    title: text(ld?.headline) ?? metaContent(document, 'og:title', 'twitter:title', 'title') ?? (titleTag?.split(/\s[|｜:-]\s/u)[0] ?? null),
    outlet: cleanOutlet(
      text(ld?.publisher) ?? metaContent(document, 'og:article:author', 'og:site_name', 'article:publisher', 'publisher', 'twitter:site'),
    ),
    author: cleanAuthor(
      ldAuthor ?? metaContent(document, 'dable:author', 'author', 'article:author', 'byl', 'dc.creator'),
    ),
    date: dateOf(
      text(ld?.datePublished) ??
        metaContent(document, 'article:published_time', 'og:regDate', 'pubdate', 'publish-date', 'date', 'dc.date', 'datePublished') ??
        text(ld?.dateCreated) ??
        // Portals put the first-published time in an attribute of the date line; HTML's own is <time datetime>.
        attribute('[data-date-time]', 'data-date-time') ??
        attribute('time[pubdate]', 'datetime'),
    ),
    url: urls.map((candidate) => absoluteUrl(candidate, pageUrl)).find((url) => url !== null) ?? null,
  };
}
