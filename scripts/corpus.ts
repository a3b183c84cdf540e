/**
 * `npm run -s corpus -- [--json] [--corpus PATH] [--data DIR]`: what the bot knows, article by article,
 * with where each came from — a file of the corpus folder, or an `/add` in a server (who, when, from what)
 * kept under the data directory (DATA_DIR, default `data/`).
 * With `--json`, one JSON object per article and line:
 * `{id, title, outlet, author, date, url, origin, sentences}` where `origin` is
 * `{kind: 'folder', file}` or `{kind: 'added', guildId, addedBy, addedByName, addedAt, source}`.
 * The default corpus is `seeds/` at the project root. Load warnings go to stderr.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusPathError, type Article, type LoadWarning } from '../src/corpus/index.ts';
import { folderArticles, scanFolder } from '../src/live/folder.ts';
import { describeOrigin, type ArticleOrigin } from '../src/live/origin.ts';
import { ArticleStore } from '../src/live/store.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = resolve(ROOT, 'seeds');
const DEFAULT_DATA_DIR = resolve(ROOT, 'data');
/** Characters of the first sentence shown in the readable summary. */
const PREVIEW_CHARS = 120;

type Listed = { article: Article; origin: ArticleOrigin };

function toJsonLine({ article, origin }: Listed): string {
  const { id, title, outlet, author, date, url } = article;
  return JSON.stringify({ id, title, outlet, author, date, url, origin, sentences: article.sentences.map((s) => s.text) });
}

function toSummary({ article, origin }: Listed): string {
  const first = article.sentences[0]?.text ?? '';
  const preview = first.length > PREVIEW_CHARS ? `${first.slice(0, PREVIEW_CHARS)}…` : first;
  return [
    `■ ${article.title}`,
    `  id: ${article.id}`,
    `  출처: ${describeOrigin(origin)}`,
    `  언론사: ${article.outlet ?? '(없음)'} · 날짜: ${article.date ?? '(없음)'} · 필자: ${article.author ?? '(없음)'}`,
    ...(article.url ? [`  링크: ${article.url}`] : []),
    `  문장 ${article.sentences.length}개, 문단 ${article.paragraphs.length}개`,
    `  첫 문장: ${preview}`,
  ].join('\n');
}

function warn(warning: LoadWarning): void {
  const where = warning.line !== undefined ? `${warning.file}:${warning.line}` : warning.file;
  process.stderr.write(`warning: ${where}: ${warning.reason}\n`);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' }, data: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`corpus: ${(error as Error).message}\nusage: corpus [--json] [--corpus PATH] [--data DIR]\n`);
    return 2;
  }
  const path = values.corpus !== undefined ? resolve(values.corpus) : DEFAULT_CORPUS;
  const dataDir = values.data !== undefined ? resolve(values.data) : (process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : DEFAULT_DATA_DIR);
  let state;
  try {
    ({ state } = await scanFolder(path, new Map(), { warn }));
  } catch (error) {
    if (!(error instanceof CorpusPathError)) throw error;
    process.stderr.write(`corpus: ${error.message}\n`);
    return 1;
  }
  const folder = folderArticles(state);
  folder.warnings.forEach(warn);
  const stored = await new ArticleStore(dataDir).load();
  stored.warnings.forEach(warn);
  const base = state.size === 1 && [...state.keys()][0] === path ? dirname(path) : path;
  const listed: Listed[] = [
    ...folder.articles.map(({ article, file }) => ({ article, origin: { kind: 'folder' as const, file: relative(base, file) } })),
    ...stored.articles,
  ];
  if (values.json) {
    for (const entry of listed) process.stdout.write(`${toJsonLine(entry)}\n`);
  } else {
    const added = stored.articles.length > 0 ? `, 추가된 기사 ${stored.articles.length}건 (${dataDir})` : '';
    process.stdout.write(`${listed.length}개 기사 (${path}${added})\n\n`);
    process.stdout.write(listed.map(toSummary).join('\n\n') + '\n');
  }
  return 0;
}

process.exitCode = await main();
