/**
 * 살아 있는 말뭉치: the corpus while the bot runs. It owns the engine holder and is the only writer to
 * it: the watched CORPUS_PATH folder (shared by every server) and the articles each server `/add`s
 * (kept in the store, seen only by that server). Each change builds the next `ServerEngines` from the
 * current one — reusing every engine the change does not touch — and swaps it in whole, through the
 * holder's queue: a question sees the corpus before or after a change, never half of it.
 */
import { createHash } from 'node:crypto';
import { createEngine, EngineHolder, type Engine } from '../answer/index.ts';
import type { Article, LoadWarning } from '../corpus/index.ts';
import { folderArticles, scanFolder, watchFolder, type FolderState, type WatchOptions } from './folder.ts';
import type { AddedOrigin, ArticleOrigin } from './origin.ts';
import { ServerEngines, type LiveState } from './serverEngines.ts';
import type { ArticleStore, StoredArticle } from './store.ts';

/** Builds an engine over a list of articles. */
export type BuildEngine = (articles: readonly Article[]) => Promise<Engine>;

export type LiveCorpusOptions = {
  /** The shared folder (or `.jsonl` file). */
  corpusPath: string;
  /** Where added articles are kept; null → `/add` keeps them in memory only (tests, CLI). */
  store: ArticleStore | null;
  /** Where warnings go (a file skipped, a stored article damaged). */
  warn: (message: string) => void;
  /** Builds the engine for the first shared corpus (e.g. from a snapshot); default `createEngine`. */
  buildInitial?: BuildEngine;
  /** Builds every later engine; default `createEngine` without a snapshot. */
  build?: BuildEngine;
};

export type AddOutcome =
  | { ok: true; added: StoredArticle[] }
  | { ok: false; kind: 'duplicate'; existing: StoredArticle }
  | { ok: false; kind: 'none' };

/** Most articles a server may add (a guard against a flood of adds). */
export const MAX_ADDED_PER_SERVER = 2000;

const defaultBuild: BuildEngine = (articles) => createEngine(articles);

function describeWarning(warning: LoadWarning): string {
  return `${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.reason}`;
}

/** A stable id for an added article: its content's hash, so the same article added twice is one. */
export function addedArticleId(article: Article): string {
  const hash = createHash('sha256').update(article.title).update('\u0000').update(article.paragraphs.join('\n')).digest('hex');
  return `add-${hash.slice(0, 12)}`;
}

export class LiveCorpus {
  readonly engines: EngineHolder;
  private stopWatching: (() => void) | null = null;

  private constructor(
    private readonly options: LiveCorpusOptions,
    initial: ServerEngines,
  ) {
    this.engines = new EngineHolder(initial);
  }

  /** Reads the folder and the store, builds the engines. Damaged inputs are warnings, never a failed start. */
  static async open(options: LiveCorpusOptions): Promise<LiveCorpus> {
    // A corpus path that does not exist throws CorpusPathError: a typo must not start a bot that knows nothing.
    const { state: folder } = await scanFolder(options.corpusPath, new Map(), { warn: (w) => options.warn(describeWarning(w)) });
    const shared = folderArticles(folder);
    for (const warning of shared.warnings) options.warn(describeWarning(warning));
    const added = new Map<string, StoredArticle[]>();
    if (options.store) {
      const loaded = await options.store.load();
      for (const warning of loaded.warnings) options.warn(describeWarning(warning));
      for (const stored of loaded.articles) {
        const list = added.get(stored.origin.guildId) ?? [];
        list.push(stored);
        added.set(stored.origin.guildId, list);
      }
    }
    const state: LiveState = { folder, shared: shared.articles, added };
    const build = options.build ?? defaultBuild;
    const sharedEngine = await (options.buildInitial ?? build)(shared.articles.map((a) => a.article));
    const servers = new Map<string, Engine>();
    for (const guildId of added.keys()) servers.set(guildId, await build(serverArticles(state, guildId)));
    return new LiveCorpus(options, new ServerEngines(state, sharedEngine, servers));
  }

  private get build(): BuildEngine {
    return this.options.build ?? defaultBuild;
  }

  /** The engines now in place. */
  current(): ServerEngines {
    const engine = this.engines.current();
    if (!(engine instanceof ServerEngines)) throw new Error('the live corpus engine was replaced from outside');
    return engine;
  }

  /**
   * Re-reads the folder; when any file's articles changed, rebuilds the shared engine and every server's
   * and swaps them in. Resolves to whether anything changed.
   */
  async refreshFolder(): Promise<boolean> {
    let changed = false;
    await this.engines.update(async (engine) => {
      const current = engine as ServerEngines;
      const scanned = await scanFolder(this.options.corpusPath, current.state.folder);
      if (!scanned.changed) return current;
      changed = true;
      for (const entry of scanned.state.values()) {
        if (current.state.folder.get(entry.file)?.hash !== entry.hash) for (const w of entry.warnings) this.options.warn(describeWarning(w));
      }
      const shared = folderArticles(scanned.state);
      const state: LiveState = { folder: scanned.state, shared: shared.articles, added: current.state.added };
      const sharedEngine = await this.build(shared.articles.map((a) => a.article));
      const servers = new Map<string, Engine>();
      for (const guildId of state.added.keys()) servers.set(guildId, await this.build(serverArticles(state, guildId)));
      return new ServerEngines(state, sharedEngine, servers);
    });
    return changed;
  }

  /** Watches the folder; each settled change is read within about a second. */
  watch(options: WatchOptions = {}): void {
    if (this.stopWatching) return;
    this.stopWatching = watchFolder(
      this.options.corpusPath,
      async () => {
        await this.refreshFolder().catch((error) => this.options.warn(`corpus folder re-read failed: ${(error as Error).message}`));
      },
      options,
    );
  }

  /**
   * Adds articles to one server: kept in the store (atomically) and answerable in that server only once
   * this resolves. An article already there (same content) is not added twice.
   */
  async add(guildId: string, articles: readonly Article[], origin: Omit<AddedOrigin, 'kind' | 'guildId'>): Promise<AddOutcome> {
    if (articles.length === 0) return { ok: false, kind: 'none' };
    let outcome: AddOutcome = { ok: false, kind: 'none' };
    await this.engines.update(async (engine) => {
      const current = engine as ServerEngines;
      const existing = current.state.added.get(guildId) ?? [];
      const known = new Set([...existing.map((s) => s.article.id), ...current.state.shared.map((s) => s.article.id)]);
      const fresh: StoredArticle[] = [];
      for (const article of articles) {
        const id = addedArticleId(article);
        if (known.has(id)) continue;
        known.add(id);
        const withId: Article = { ...article, id, sentences: article.sentences.map((s) => ({ ...s, articleId: id })) };
        fresh.push({ article: withId, origin: { kind: 'added', guildId, ...origin } });
      }
      if (fresh.length === 0) {
        const duplicate = existing.find((s) => s.article.id === addedArticleId(articles[0] as Article));
        outcome = duplicate ? { ok: false, kind: 'duplicate', existing: duplicate } : { ok: false, kind: 'none' };
        return current;
      }
      if (existing.length + fresh.length > MAX_ADDED_PER_SERVER) throw new Error(`a server keeps at most ${MAX_ADDED_PER_SERVER} added articles`);
      // Stored first: an article is answerable only once it will also be there after a restart.
      for (const stored of fresh) await this.options.store?.save(stored);
      const added = new Map(current.state.added);
      added.set(guildId, [...existing, ...fresh]);
      const state: LiveState = { ...current.state, added };
      const servers = new Map(current.serverEngines);
      servers.set(guildId, await this.build(serverArticles(state, guildId)));
      outcome = { ok: true, added: fresh };
      return new ServerEngines(state, current.shared, servers);
    });
    return outcome;
  }

  /** Forgets an article a server added; resolves to it, or null when that server has no such article. */
  async remove(guildId: string, articleId: string): Promise<StoredArticle | null> {
    let removed: StoredArticle | null = null;
    await this.engines.update(async (engine) => {
      const current = engine as ServerEngines;
      const existing = current.state.added.get(guildId) ?? [];
      const target = existing.find((s) => s.article.id === articleId);
      if (!target) return current;
      await this.options.store?.remove(guildId, articleId);
      const rest = existing.filter((s) => s !== target);
      const added = new Map(current.state.added);
      const servers = new Map(current.serverEngines);
      if (rest.length === 0) {
        added.delete(guildId);
        servers.delete(guildId);
      } else {
        added.set(guildId, rest);
      }
      const state: LiveState = { ...current.state, added };
      if (rest.length > 0) servers.set(guildId, await this.build(serverArticles(state, guildId)));
      removed = target;
      return new ServerEngines(state, current.shared, servers);
    });
    return removed;
  }

  /** The articles a server added, newest first. */
  addedIn(guildId: string): readonly StoredArticle[] {
    return [...(this.current().state.added.get(guildId) ?? [])].reverse();
  }

  /** Every article with its origin: the folder's, then each server's additions. */
  catalog(): { article: Article; origin: ArticleOrigin }[] {
    const { state } = this.current();
    return [
      ...state.shared.map(({ article, file }) => ({ article, origin: { kind: 'folder', file } as const })),
      ...[...state.added.values()].flat(),
    ];
  }

  close(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }
}

/** The articles a server's engine holds: the shared ones, then its own. */
function serverArticles(state: LiveState, guildId: string): Article[] {
  return [...state.shared.map((s) => s.article), ...(state.added.get(guildId) ?? []).map((s) => s.article)];
}

export type { FolderState };
