/**
 * 살아 있는 말뭉치: the corpus while the bot runs. It owns the engine holder and is the only writer to
 * it: the watched CORPUS_PATH folder (shared by every server) and the articles each server `/add`s
 * (kept in the store, seen only by that server). Each change builds the next `ServerEngines` from the
 * current one — reusing every engine the change does not touch — and swaps it in whole, through the
 * holder's queue: a question sees the corpus before or after a change, never half of it.
 */
import { createHash } from 'node:crypto';
import { createEngine, engineOver, EngineHolder, prepareEngine, type Engine } from '../answer/index.ts';
import type { Article, LoadWarning } from '../corpus/index.ts';
import { folderArticles, listFiles, scanFolder, watchFolder, type FolderState, type WatchOptions } from './folder.ts';
import { startFromSnapshot, type SnapshotStart } from './snapshotStart.ts';
import type { AddedOrigin, ArticleOrigin } from './origin.ts';
import { answerTypeHints } from '../facts/index.ts';
import { SearchIndex } from '../search/index.ts';
import { SegmentedSearch, WithoutArticles, type SearchSide } from './segment.ts';
import { ServerEngines, type LiveState, type ServerView } from './serverEngines.ts';
import type { ArticleStore, StoredArticle } from './store.ts';

/** Builds (or opens) a search index over a list of articles. */
export type BuildIndex = (articles: readonly Article[]) => Promise<SearchSide>;

export type LiveCorpusOptions = {
  /** The shared folder (or `.jsonl` file). */
  corpusPath: string;
  /** Where added articles are kept; null → `/add` keeps them in memory only (tests, CLI). */
  store: ArticleStore | null;
  /** Where warnings go (a file skipped, a stored article damaged). */
  warn: (message: string) => void;
  /** The index of the first shared corpus (e.g. read from a snapshot); default: built in memory. */
  openIndex?: BuildIndex;
  /** Builds every later index (the shared one after a folder change, each server's segment); default in memory. */
  buildIndex?: BuildIndex;
  /**
   * The whole engine read from a snapshot of the folder, or null when there is none: when given and
   * it stands for exactly the folder's files, the folder is not read at start (articles, facts and
   * index come from the snapshot, read lazily); otherwise the folder is read and `openIndex` used.
   */
  openSnapshot?: () => Promise<SnapshotStart | null>;
};

export type AddOutcome =
  | { ok: true; added: StoredArticle[] }
  | { ok: false; kind: 'duplicate'; existing: StoredArticle }
  | { ok: false; kind: 'none' };

/** Most articles a server may add (a guard against a flood of adds). */
export const MAX_ADDED_PER_SERVER = 2000;

/** A server's segment index, preferring (as the shared one does) sentences with the kind of value asked for. */
const defaultBuildIndex: BuildIndex = async (articles) => SearchIndex.build(articles, { answerTypes: answerTypeHints() });

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
    const fromSnapshot = await LiveCorpus.fromSnapshot(options);
    const { state: folder } = fromSnapshot ?? (await scanFolder(options.corpusPath, new Map(), { warn: (w) => options.warn(describeWarning(w)) }));
    const shared = fromSnapshot ? { articles: fromSnapshot.shared, warnings: fromSnapshot.warnings } : folderArticles(folder);
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
    const sharedArticles = shared.articles.map((a) => a.article);
    const base = fromSnapshot?.snapshot.index ?? (await (options.openIndex ?? options.buildIndex ?? defaultBuildIndex)(sharedArticles));
    const state: LiveState = { folder, shared: shared.articles, added, built: builtOver(base, sharedArticles) };
    const sharedEngine = fromSnapshot
      ? engineOver(fromSnapshot.snapshot.articles, fromSnapshot.snapshot.facts, searchOf(base))
      : await createEngine(sharedArticles, { search: searchOf(base) });
    const live = new LiveCorpus(options, new ServerEngines(state, sharedEngine, new Map(), base));
    const servers = new Map<string, ServerView>();
    for (const guildId of added.keys()) servers.set(guildId, await live.serverEngine(state, guildId, base));
    live.engines.replace(new ServerEngines(state, sharedEngine, servers, base));
    // Once up, read what the first question would otherwise pay for (English word lists, people).
    setTimeout(() => void prepareEngine(sharedEngine), 300).unref();
    return live;
  }

  /** The folder's state and articles from the snapshot, when one stands for exactly the folder's files. */
  private static async fromSnapshot(options: LiveCorpusOptions) {
    if (!options.openSnapshot) return null;
    const snapshot = await options.openSnapshot();
    if (!snapshot) return null;
    const listingWarnings: LoadWarning[] = [];
    const started = startFromSnapshot(await listFiles(options.corpusPath, listingWarnings), snapshot);
    if (!started) return null;
    for (const warning of listingWarnings) options.warn(describeWarning(warning));
    return { state: started.folder, shared: started.shared, warnings: [...snapshot.warnings], snapshot };
  }

  /**
   * A live corpus over articles already in memory, with no folder to watch (the bench; a caller that
   * loaded its corpus some other way). Added articles behave as in `open`.
   */
  static async withArticles(articles: readonly Article[], options: Omit<LiveCorpusOptions, 'corpusPath'>): Promise<LiveCorpus> {
    const base = await (options.openIndex ?? options.buildIndex ?? defaultBuildIndex)(articles);
    const state: LiveState = {
      folder: new Map(),
      shared: articles.map((article) => ({ article, file: '(memory)' })),
      added: new Map(),
      built: builtOver(base, articles),
    };
    const sharedEngine = await createEngine(articles, { search: { retriever: base, lexicon: base } });
    return new LiveCorpus({ ...options, corpusPath: '' }, new ServerEngines(state, sharedEngine, new Map(), base));
  }

  private buildIndex(articles: readonly Article[]): Promise<SearchSide> {
    return (this.options.buildIndex ?? defaultBuildIndex)(articles);
  }

  /**
   * A server's engine: the shared articles and its own, searched as the shared base index beside a
   * small segment over its own articles (the base is reused, never rebuilt, so this takes milliseconds
   * plus reading the new articles' facts).
   */
  private async serverEngine(state: LiveState, guildId: string, base: SearchSide): Promise<ServerView> {
    const own = (state.added.get(guildId) ?? []).map((s) => s.article);
    const search = new SegmentedSearch(base, await this.buildIndex(own));
    return { engine: await createEngine(serverArticles(state, guildId), { search: searchOf(search) }), search };
  }

  /** The engines now in place. */
  current(): ServerEngines {
    const engine = this.engines.current();
    if (!(engine instanceof ServerEngines)) throw new Error('the live corpus engine was replaced from outside');
    return engine;
  }

  /**
   * Re-reads the folder; when any file's articles changed, builds the next shared engine and every
   * server's and swaps them in. New and changed articles go to a folder segment beside the last full
   * build (whose removed or replaced articles are hidden), so a change costs about what an `/add` does;
   * once the segment holds more than `mergeThreshold` articles, the shared index is built in full.
   * Resolves to whether anything changed.
   */
  async refreshFolder(): Promise<boolean> {
    // Most scans (the steady poll) find nothing: then the holder is not touched at all.
    const before = this.current().state.folder;
    const first = await scanFolder(this.options.corpusPath, before);
    if (!first.touched) return false;
    let changed = false;
    await this.engines.update(async (engine) => {
      const current = engine as ServerEngines;
      const scanned = current.state.folder === before ? first : await scanFolder(this.options.corpusPath, current.state.folder);
      if (!scanned.touched) return current;
      if (!scanned.changed) {
        // Same articles: keep the engines, remember the new file times (and when a file was seen empty).
        return new ServerEngines({ ...current.state, folder: scanned.state }, current.shared, current.serverEngines, current.base);
      }
      changed = true;
      for (const entry of scanned.state.values()) {
        if (current.state.folder.get(entry.file)?.hash !== entry.hash) for (const w of entry.warnings) this.options.warn(describeWarning(w));
      }
      const shared = folderArticles(scanned.state);
      const sharedArticles = shared.articles.map((a) => a.article);
      const { built, search: base } = await this.sharedSearch(current.state.built, sharedArticles);
      const state: LiveState = { folder: scanned.state, shared: shared.articles, added: current.state.added, built };
      const sharedEngine = await createEngine(sharedArticles, { search: { retriever: base, lexicon: base } });
      const servers = new Map<string, ServerView>();
      for (const guildId of state.added.keys()) servers.set(guildId, await this.serverEngine(state, guildId, base));
      return new ServerEngines(state, sharedEngine, servers, base);
    });
    return changed;
  }

  /** The shared search over `articles`: the last full build with a segment of what changed, or a new full build. */
  private async sharedSearch(
    built: LiveState['built'],
    articles: readonly Article[],
  ): Promise<{ built: LiveState['built']; search: SearchSide }> {
    const now = new Map(articles.map((article) => [article.id, article]));
    const changed = articles.filter((article) => built.articles.get(article.id) !== article);
    const gone = new Set([...built.articles.keys()].filter((id) => now.get(id) !== built.articles.get(id)));
    if (changed.length > mergeThreshold(built.articles.size)) {
      const search = await this.buildIndex(articles);
      return { built: builtOver(search, articles), search };
    }
    const kept = gone.size > 0 ? new WithoutArticles(built.search, gone) : built.search;
    const search = changed.length > 0 ? new SegmentedSearch(kept, await this.buildIndex(changed)) : kept;
    return { built, search };
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
      servers.set(guildId, await this.serverEngine(state, guildId, current.base));
      outcome = { ok: true, added: fresh };
      return new ServerEngines(state, current.shared, servers, current.base);
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
      if (rest.length > 0) servers.set(guildId, await this.serverEngine(state, guildId, current.base));
      removed = target;
      return new ServerEngines(state, current.shared, servers, current.base);
    });
    return removed;
  }

  /** The articles a server added, newest first. */
  addedIn(guildId: string): readonly StoredArticle[] {
    return [...(this.current().state.added.get(guildId) ?? [])].reverse();
  }

  /** How many articles the folder and the servers' additions hold (without listing them). */
  counts(): { folder: number; added: number } {
    const { state } = this.current();
    let added = 0;
    for (const list of state.added.values()) added += list.length;
    return { folder: state.shared.length, added };
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

/**
 * Folder articles a segment holds before the shared index is built in full again: a few dozen, or 2 %
 * of the base (a segment that large starts to cost more per question than the build saves).
 */
export function mergeThreshold(baseSize: number): number {
  return Math.max(32, Math.floor(baseSize * 0.02));
}

function builtOver(search: SearchSide, articles: readonly Article[]): LiveState['built'] {
  return { search, articles: new Map(articles.map((article) => [article.id, article])) };
}

function searchOf(side: SearchSide): { retriever: SearchSide; lexicon: SearchSide } {
  return { retriever: side, lexicon: side };
}
