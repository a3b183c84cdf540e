/**
 * 서버별 엔진: the engine the holder keeps while the corpus is live. It answers with the shared corpus
 * (the CORPUS_PATH folder) and, for a server that added articles, with an engine over the shared
 * articles plus that server's own — so no look-up of one server can ever reach another server's
 * articles: they are simply not in its engine. It also carries the state it was built from (which
 * folder files, which added articles), so that the next engine is built from exactly this one.
 */
import type { Article } from '../corpus/index.ts';
import { callEngine, forwardEngine, type Engine } from '../answer/index.ts';
import type { FolderState } from './folder.ts';
import type { SearchSide } from './segment.ts';
import type { StoredArticle } from './store.ts';

export type LiveState = {
  folder: FolderState;
  /** The shared articles, each with the file it came from. */
  shared: readonly { article: Article; file: string }[];
  /** Added articles by server id. */
  added: ReadonlyMap<string, readonly StoredArticle[]>;
  /**
   * The last full build of the shared index and the article objects it holds: folder changes since go
   * to a segment beside it (and its replaced or removed articles are hidden) until the next full build.
   */
  built: { search: SearchSide; articles: ReadonlyMap<string, Article> };
};

/** One server's view: its engine and the search behind it (the base beside its segment). */
export type ServerView = { engine: Engine; search: SearchSide };

/** An engine that is really one per server: `forServer` gives the one an interaction must use. */
export interface ServerScopedEngine extends Engine {
  forServer(guildId: string | null | undefined): Engine;
}

// Every Engine method, answered by the shared engine (declaration merging: the class has them all).
export interface ServerEngines extends Engine {}

export class ServerEngines implements ServerScopedEngine {
  constructor(
    readonly state: LiveState,
    private readonly sharedEngine: Engine,
    private readonly servers: ReadonlyMap<string, ServerView>,
    /** The shared articles' search (the last full build, plus the folder's segment), the base every server's segment is searched beside. */
    readonly base: SearchSide,
  ) {
    Object.assign(this, forwardEngine((method, args) => callEngine(sharedEngine, method, args)));
  }

  /** The engine for a server's interactions (the shared one for a DM or a server that added nothing). */
  forServer(guildId: string | null | undefined): Engine {
    return (guildId ? this.servers.get(guildId)?.engine : undefined) ?? this.sharedEngine;
  }

  /** The search a server's engine answers with (the bench times it). */
  searchFor(guildId: string | null | undefined): SearchSide {
    return (guildId ? this.servers.get(guildId)?.search : undefined) ?? this.base;
  }

  /** The shared engine itself (folder articles only). */
  get shared(): Engine {
    return this.sharedEngine;
  }

  /** The per-server engines, for building the next state (unchanged servers keep theirs). */
  get serverEngines(): ReadonlyMap<string, ServerView> {
    return this.servers;
  }
}

/**
 * The engine an interaction in `guildId` must use: that server's view when the engine is live, else
 * the engine itself.
 */
export function engineForServer(engine: Engine, guildId: string | null | undefined): Engine {
  return isServerScoped(engine) ? engine.forServer(guildId) : engine;
}

function isServerScoped(engine: Engine): engine is ServerScopedEngine {
  return typeof (engine as Partial<ServerScopedEngine>).forServer === 'function';
}
