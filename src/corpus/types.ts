/**
 * The corpus stage's data: articles reduced to their body, split into citable sentences.
 * Everything downstream (search, facts, answers) cites a `Sentence` by `articleId` + `index`.
 */

/** One sentence of an article body, the unit every answer cites. */
export type Sentence = {
  /** Id of the article it belongs to. */
  articleId: string;
  /** Position of the sentence in the article body, 0-based, unique within the article. */
  index: number;
  /** Position of its paragraph in the article body, 0-based. */
  paragraphIndex: number;
  /** The sentence as written (whitespace collapsed), never rewritten. */
  text: string;
};

/** An article: its metadata and its body only (no page chrome, no repeated paragraphs). */
export type Article = {
  /** File stem for a `.txt` page (`000_85b1e9931b288c99`), the `id` field for JSONL. */
  id: string;
  title: string;
  /** Outlet (언론사) when the page names it; null when absent, never guessed. */
  outlet: string | null;
  /** Author (기자/필자) when the page names it; null when absent. */
  author: string | null;
  /** Publication date as `YYYY-MM-DD`; null when the page carries none. */
  date: string | null;
  url: string | null;
  /** The body's paragraphs, each as one string. */
  paragraphs: string[];
  /** The body's sentences in reading order. */
  sentences: Sentence[];
};

/** Why one input (a file, or a line of a JSONL file) was skipped while loading. */
export type LoadWarning = {
  file: string;
  /** 1-based line number, for JSONL lines. */
  line?: number;
  reason: string;
};

export type LoadResult = {
  articles: Article[];
  warnings: LoadWarning[];
};
