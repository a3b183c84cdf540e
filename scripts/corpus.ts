/**
 * `npm run -s corpus -- [--json] [--corpus PATH]`: what the bot knows, article by article.
 * With `--json`, one JSON object per article and line: `{id, title, outlet, author, date, sentences}`.
 * The default corpus is `seeds/` at the project root. Load warnings go to stderr.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusPathError, loadCorpus, type Article } from '../src/corpus/index.ts';

const DEFAULT_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
/** Characters of the first sentence shown in the readable summary. */
const PREVIEW_CHARS = 120;

function toJsonLine(article: Article): string {
  const { id, title, outlet, author, date } = article;
  return JSON.stringify({ id, title, outlet, author, date, sentences: article.sentences.map((s) => s.text) });
}

function toSummary(article: Article): string {
  const first = article.sentences[0]?.text ?? '';
  const preview = first.length > PREVIEW_CHARS ? `${first.slice(0, PREVIEW_CHARS)}…` : first;
  return [
    `■ ${article.title}`,
    `  id: ${article.id}`,
    `  언론사: ${article.outlet ?? '(없음)'} · 날짜: ${article.date ?? '(없음)'} · 필자: ${article.author ?? '(없음)'}`,
    `  문장 ${article.sentences.length}개, 문단 ${article.paragraphs.length}개`,
    `  첫 문장: ${preview}`,
  ].join('\n');
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`corpus: ${(error as Error).message}\nusage: corpus [--json] [--corpus PATH]\n`);
    return 2;
  }
  const path = values.corpus !== undefined ? resolve(values.corpus) : DEFAULT_CORPUS;
  let loaded;
  try {
    loaded = await loadCorpus(path);
  } catch (error) {
    if (!(error instanceof CorpusPathError)) throw error;
    process.stderr.write(`corpus: ${error.message}\n`);
    return 1;
  }
  const { articles, warnings } = loaded;
  for (const warning of warnings) {
    const where = warning.line !== undefined ? `${warning.file}:${warning.line}` : warning.file;
    process.stderr.write(`warning: ${where}: ${warning.reason}\n`);
  }
  if (values.json) {
    for (const article of articles) process.stdout.write(`${toJsonLine(article)}\n`);
  } else {
    process.stdout.write(`${articles.length}개 기사 (${path})\n\n`);
    process.stdout.write(articles.map(toSummary).join('\n\n') + '\n');
  }
  return 0;
}

process.exitCode = await main();
