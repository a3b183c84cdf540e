/**
 * 스냅숏에서 시작: the live corpus started from the whole-engine snapshot of its folder, without
 * parsing a single file. The folder's state is taken from the files' sizes and times the snapshot
 * was found for, and its articles stand in for the snapshot's (metadata at hand, body read from the
 * snapshot when a question needs it). Which file holds which article is worked out only when first
 * asked — on the first change to the folder, or a catalog listing — by reading the files then.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticleFile, type Article, type ArticleSource, type LoadWarning } from '../corpus/index.ts';
import type { FactSource } from '../facts/index.ts';
import type { FolderFile, FolderState } from './folder.ts';
import type { SearchSide } from './segment.ts';

/** What a snapshot of the folder gives the live corpus (see `readEngineSnapshot`). */
export type SnapshotStart = {
  articles: ArticleSource;
  facts: FactSource;
  index: SearchSide;
  /** The corpus files the snapshot stands for (absolute paths, with sizes and times). */
  files: readonly { path: string; size: number; mtimeMs: number }[];
  warnings: readonly LoadWarning[];
};

/** A folder entry's hash when its bytes were not read (never equal to a content hash). */
const UNREAD = 'unread';

/** An article standing for the snapshot's article at `position`: its body is read only when asked for. */
function standIn(source: ArticleSource, position: number): Article {
  const info = source.infoAt(position);
  if (!info) throw new Error(`snapshot has no article at ${position}`);
  // Getters in the literal (not defineProperty): tens of thousands of these are made at start.
  return {
    id: info.id,
    title: info.title,
    outlet: info.outlet,
    author: info.author,
    date: info.date,
    url: info.url,
    get paragraphs() {
      return bodyAt(source, position).paragraphs;
    },
    get sentences() {
      return bodyAt(source, position).sentences;
    },
  };
}

function bodyAt(source: ArticleSource, position: number): Article {
  const article = source.at(position);
  if (!article) throw new Error(`snapshot has no article at ${position}`);
  return article;
}

/**
 * The folder state and shared articles from a snapshot, when the folder's files (as `scanFolder`
 * lists them) are exactly those the snapshot stands for; null otherwise (the caller reads the folder).
 */
export function startFromSnapshot(
  listed: readonly string[],
  snapshot: SnapshotStart,
): { folder: FolderState; shared: { article: Article; file: string }[] } | null {
  const same = listed.length === snapshot.files.length && listed.every((file, i) => path.resolve(file) === snapshot.files[i]?.path);
  if (!same || listed.length === 0) return null;
  const articles: Article[] = [];
  for (let position = 0; position < snapshot.articles.size; position++) articles.push(standIn(snapshot.articles, position));

  // Read once, when first needed: each file's articles (the stand-ins, so that unchanged articles
  // stay the very objects the snapshot's index was built over) and the file each article came from.
  let byFile: Map<string, readonly Article[]> | undefined;
  const fileOf = new Map<string, string>();
  const resolve = (): Map<string, readonly Article[]> => {
    if (byFile) return byFile;
    byFile = new Map();
    for (const file of listed) {
      let parsed: Article[] = [];
      try {
        parsed = parseArticleFile(file, readFileSync(file)).articles.map(({ article }) => article);
      } catch {
        // Gone or unreadable since: the next scan sees it changed and reads it again.
      }
      byFile.set(
        file,
        parsed.map((article) => {
          if (fileOf.has(article.id)) return article;
          fileOf.set(article.id, file);
          const position = snapshot.articles.positionOf(article.id);
          return position === undefined ? article : (articles[position] ?? article);
        }),
      );
    }
    return byFile;
  };

  const folder = new Map<string, FolderFile>();
  snapshot.files.forEach((info, i) => {
    const file = listed[i] as string;
    const entry = { file, size: info.size, mtimeMs: info.mtimeMs, hash: UNREAD, warnings: [], emptySince: null } as Omit<FolderFile, 'articles'>;
    folder.set(
      file,
      Object.defineProperty(entry, 'articles', { get: () => resolve().get(file) ?? [], enumerable: true }) as FolderFile,
    );
  });
  const fallback = listed[0] as string;
  const shared = articles.map((article) => ({
    article,
    get file() {
      resolve();
      return fileOf.get(article.id) ?? fallback;
    },
  }));
  return { folder, shared };
}
