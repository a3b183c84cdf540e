/**
 * 기사 편집 창구: what `/add` and `/remove` ask of the live corpus — take an article in from an
 * attachment or a link (fetched, parsed and indexed where the corpus lives), forget one, list a
 * server's additions — answered in plain data that crosses a thread boundary cheaply (the reply's
 * article cards, never whole articles). `localEditor` answers from a `LiveCorpus` in this thread;
 * `forwardEditor` sends each call elsewhere (the live corpus's thread, `liveThread.ts`).
 */
import { importArticle, type ImportProblem, type ImportSource } from './importArticle.ts';
import type { LiveCorpus } from './liveCorpus.ts';
import type { AddedOrigin } from './origin.ts';
import type { StoredArticle } from './store.ts';

/** What a reply shows of an added or removed article. */
export type ArticleCard = {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  sentenceCount: number;
  firstSentence: string;
};

/** An added article as `/remove`'s autocomplete lists it. */
export type ArticleChoice = { id: string; title: string; outlet: string | null; date: string | null };

/** Who added, when and from what (the rest of the origin is the server). */
export type AddedBy = Omit<AddedOrigin, 'kind' | 'guildId' | 'source'>;

export type AddFromResult = { ok: true; added: ArticleCard[] } | { ok: false; problem: ImportProblem | 'duplicate'; detail?: string };

export interface LiveEditor {
  /**
   * Fetches and reads `source`, then adds its articles to `guildId` (stored first; answerable in that
   * server once this resolves). Rejects when the store cannot keep them.
   */
  addFrom(guildId: string, source: ImportSource, by: AddedBy): Promise<AddFromResult>;
  /** Forgets an article `guildId` added; its card, or null when that server added no such article. */
  remove(guildId: string, articleId: string): Promise<ArticleCard | null>;
  /** The articles `guildId` added, newest first. */
  addedIn(guildId: string): Promise<ArticleChoice[]>;
}

export type EditorMethod = keyof LiveEditor;

/** Every `LiveEditor` method, once (`tsc` rejects this record while one is missing). */
const EVERY_METHOD: { readonly [M in EditorMethod]: true } = { addFrom: true, remove: true, addedIn: true };

/** Whether a name (e.g. from a message) is a `LiveEditor` method. */
export function isEditorMethod(name: unknown): name is EditorMethod {
  return typeof name === 'string' && Object.hasOwn(EVERY_METHOD, name);
}

/** A `LiveEditor` whose every method is `call(method, args)`. */
export function forwardEditor(call: (method: EditorMethod, args: unknown[]) => Promise<unknown>): LiveEditor {
  const editor: Partial<Record<EditorMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of Object.keys(EVERY_METHOD) as EditorMethod[]) editor[method] = (...args: unknown[]) => call(method, args);
  return editor as LiveEditor;
}

/** Calls `method` of `editor` with `args` (the receiving end of a forwarded call). */
export function callEditor(editor: LiveEditor, method: EditorMethod, args: unknown[]): Promise<unknown> {
  const fn = editor[method] as (...args: unknown[]) => Promise<unknown>;
  return fn.apply(editor, args);
}

function cardOf({ article }: StoredArticle): ArticleCard {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    url: article.url,
    sentenceCount: article.sentences.length,
    firstSentence: article.sentences[0]?.text ?? '',
  };
}

/** The editor over a live corpus in this thread. */
export function localEditor(corpus: LiveCorpus): LiveEditor {
  return {
    async addFrom(guildId, source, by) {
      const imported = await importArticle(source);
      if (!imported.ok) return { ok: false, problem: imported.problem, ...(imported.detail !== undefined ? { detail: imported.detail } : {}) };
      const outcome = await corpus.add(guildId, imported.articles, { ...by, source: imported.source.slice(0, 2000) });
      if (!outcome.ok) return { ok: false, problem: outcome.kind === 'duplicate' ? 'duplicate' : 'not-article' };
      return { ok: true, added: outcome.added.map(cardOf) };
    },
    async remove(guildId, articleId) {
      const removed = await corpus.remove(guildId, articleId);
      return removed ? cardOf(removed) : null;
    },
    async addedIn(guildId) {
      return corpus.addedIn(guildId).map(({ article }) => ({ id: article.id, title: article.title, outlet: article.outlet, date: article.date }));
    },
  };
}
