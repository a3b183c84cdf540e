/**
 * 추가 기사 보관소: the articles added with `/add`, kept under DATA_DIR as plain corpus files — one
 * one-line JSONL record per article (`{id, title, text, outlet, author, date, url, origin}`) in a folder
 * per server: `DATA_DIR/servers/<guildId>/<articleId>.jsonl`. Each file is written to a temporary name
 * and renamed into place, so a crash never leaves half a file; a damaged file is skipped with a warning
 * on load, never a failed start. The record's `text` is the cleaned body (one paragraph a line), which
 * reads back into the same sentences.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { articleFromRecord, articleRecordSchema, type Article, type LoadWarning } from '../corpus/index.ts';
import { addedOriginSchema, type AddedOrigin } from './origin.ts';

/** An added article with where it came from. */
export type StoredArticle = { article: Article; origin: AddedOrigin };

const storedSchema = articleRecordSchema.extend({ origin: addedOriginSchema });

/** Largest stored record read back (an article is far smaller; the cap keeps a stray file harmless). */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const ID = /^[\w-]{1,80}$/;
const GUILD = /^\d{1,20}$/;

export class ArticleStore {
  constructor(readonly dataDir: string) {}

  private serverDir(guildId: string): string {
    if (!GUILD.test(guildId)) throw new Error('not a server id');
    return join(this.dataDir, 'servers', guildId);
  }

  private fileOf(guildId: string, articleId: string): string {
    if (!ID.test(articleId)) throw new Error('not a stored article id');
    return join(this.serverDir(guildId), `${articleId}.jsonl`);
  }

  /** Every stored article, by server. Damaged files are skipped with a warning naming them. */
  async load(): Promise<{ articles: StoredArticle[]; warnings: LoadWarning[] }> {
    const articles: StoredArticle[] = [];
    const warnings: LoadWarning[] = [];
    const root = join(this.dataDir, 'servers');
    let servers: string[];
    try {
      servers = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory() && GUILD.test(e.name)).map((e) => e.name);
    } catch {
      return { articles, warnings }; // nothing added yet
    }
    for (const guildId of servers.sort()) {
      const dir = join(root, guildId);
      let names: string[];
      try {
        names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
      } catch (error) {
        warnings.push({ file: dir, reason: `unreadable: ${(error as Error).message}` });
        continue;
      }
      for (const name of names) {
        const file = join(dir, name);
        const loaded = await readStored(file, guildId);
        if ('reason' in loaded) warnings.push({ file, reason: loaded.reason });
        else articles.push(loaded);
      }
    }
    return { articles, warnings };
  }

  /** Writes an added article atomically (temporary file, then rename). */
  async save({ article, origin }: StoredArticle): Promise<void> {
    const file = this.fileOf(origin.guildId, article.id);
    await mkdir(this.serverDir(origin.guildId), { recursive: true });
    const record = {
      id: article.id,
      title: article.title,
      text: article.paragraphs.join('\n'),
      outlet: article.outlet,
      author: article.author,
      date: article.date,
      url: article.url,
      origin,
    };
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(record)}\n`, { flag: 'wx' });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Forgets an added article; false when there was none. */
  async remove(guildId: string, articleId: string): Promise<boolean> {
    const file = this.fileOf(guildId, articleId);
    try {
      await rm(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

async function readStored(file: string, guildId: string): Promise<StoredArticle | { reason: string }> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_RECORD_BYTES) return { reason: 'too large for a stored article' };
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return { reason: `unreadable: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'damaged (not one JSON record)' };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { reason: `damaged (${parsed.error.issues[0]?.path.join('.') || 'record'}: ${parsed.error.issues[0]?.message})` };
  if (parsed.data.origin.guildId !== guildId) return { reason: 'damaged (stored under another server)' };
  const article = articleFromRecord(json);
  if (!article) return { reason: 'no article body found' };
  return { article, origin: parsed.data.origin };
}
