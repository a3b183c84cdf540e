/**
 * One shard of a cold build: some of the corpus files read article by article into what a
 * snapshot stores (compact article records with their facts, metadata, quote references, people,
 * postings, word counts and aliases), keeping no parsed article once it is written. Shards are
 * built side by side (worker threads, `parallelBuild.ts`) and merged in file order
 * (`mergeShards.ts`), so that the result is the same as one shard over every file.
 */
import { loadCorpusFile } from '../corpus/loadCorpus.ts';
import type { Article, LoadWarning } from '../corpus/types.ts';
import { bySentence, extractFacts, quoteRefsOf } from '../facts/index.ts';
import type { PersonFact } from '../facts/index.ts';
import { normalize, tokenizeNormalized } from '../korean/index.ts';
import { aliasLinksOf } from '../search/aliases.ts';
import { passageText } from '../search/passages.ts';
import { PostingsBuilder } from '../search/postings.ts';
import type { PostingLog } from '../search/postings.ts';
import { WordCounter } from '../search/vocabulary.ts';
import { encodeArticle, Shapes } from './engineData.ts';
import { Gatherer, LogSpill, spillPath } from './spill.ts';
import type { Gathered, SpilledLogs } from './spill.ts';

/** A quote reference with the article's position in its shard: [position, sentence, at, speaker, title, value]. */
export type StoredQuote = [number, number, number, string | null, string | null, string];

/** What one shard holds; positions and passage numbers are the shard's own (from 0). */
export type ShardOutput = {
  ids: string[];
  /** Record `i` is bytes `offsets[i] … offsets[i + 1]` of the records one after another. */
  offsets: Uint32Array;
  records: Gathered;
  /** The inner text of a JSON array of the articles' metadata (empty when none), UTF-8. */
  metas: Gathered;
  shapes: string[][];
  quotes: StoredQuote[];
  /** The inner text of a JSON array of the person facts, UTF-8. */
  people: Gathered;
  warnings: LoadWarning[];
  /** Passage `i` is paragraph `refs[2i + 1]` of the article at position `refs[2i]`. */
  refs: Uint32Array;
  terms: string[];
  documentFrequency: Uint32Array;
  fieldLengths: Uint32Array;
  /** Each field's postings as added (put in rows with the other shards' when merged): those after the spilled ones. */
  logs: PostingLog[];
  /** Passages of the shard before `logs` (those of `spilledLogs`). */
  logsStart: number;
  /** The earlier postings, in a file (`spill.ts`), when the shard was given one. */
  spilledLogs: SpilledLogs | null;
  words: string[];
  wordCounts: Uint32Array;
  /** The alias links in the order they were found ([from, to], linked both ways). */
  aliasLinks: [string, string][];
};

/** Articles run through each stage of `ShardWriter.addAll` at a time. */
const BATCH_ARTICLES = 1024;

/** Appends a value to the inner text of a JSON array (a comma before all but the first). */
function pushJson(out: Gatherer, value: unknown): void {
  out.push(out.length > 0 ? `,${JSON.stringify(value)}` : JSON.stringify(value));
}

/** Builds a shard article by article (`add`), then hands it over (`finish`). */
export class ShardWriter {
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly offsets: number[] = [0];
  private readonly records: Gatherer;
  private readonly metas: Gatherer;
  private readonly shapes = new Shapes();
  private readonly quotes: StoredQuote[] = [];
  private readonly people: Gatherer;
  readonly warnings: LoadWarning[] = [];
  private readonly refs: number[] = [];
  private readonly postings = new PostingsBuilder(2);
  private readonly words = new WordCounter();
  private readonly countRun = (text: string, start: number, end: number) => this.words.addRun(text, start, end);
  private readonly aliasLinks: [string, string][] = [];
  private readonly logSpill: LogSpill | null;
  /** Passages whose postings are in `logSpill`. */
  private spilledPassages = 0;

  /** `spillDir`: where records, metadata and person facts are gathered in files instead of memory (`spill.ts`). */
  constructor(spillDir?: string) {
    const gatherer = (name: string) => new Gatherer(spillDir ? spillPath(spillDir, name) : undefined);
    this.records = gatherer('records');
    this.metas = gatherer('meta');
    this.people = gatherer('people');
    this.logSpill = spillDir ? LogSpill.open(spillPath(spillDir, 'postings')) : null;
  }

  /** Moves the postings logged so far to the shard's file, when it has one. */
  spillLogs(): void {
    if (!this.logSpill) return;
    this.logSpill.write(this.postings.takeLogs(), this.spilledPassages);
    this.spilledPassages = this.refs.length / 2;
  }

  /**
   * Adds a file's articles in order (the first of an id wins); returns how many were new. Each
   * stage runs over the whole batch before the next (facts, then records, then postings): the same
   * output as article by article, since no stage reads another's state, and about 15% less CPU,
   * as each stage's code and tables stay hot in the processor's caches.
   */
  addAll(batch: readonly { article: Article; line?: number | undefined }[], file: string): number {
    const fresh: Article[] = [];
    for (const { article, line } of batch) {
      if (this.seen.has(article.id)) {
        this.warnings.push({ file, ...(line !== undefined ? { line } : {}), reason: `duplicate id "${article.id}" (kept the first)` });
        continue;
      }
      this.seen.add(article.id);
      fresh.push(article);
    }
    const base = this.ids.length;
    const factsOf = fresh.map((article) => extractFacts(article));
    fresh.forEach((article, i) => {
      const position = base + i;
      this.ids.push(article.id);
      const facts = factsOf[i] ?? [];
      for (const q of quoteRefsOf(bySentence(facts))) this.quotes.push([position, q.sentenceIndex, q.at, q.speaker, q.speakerTitle, q.value]);
      for (const fact of facts) if (fact.type === 'person') pushJson(this.people, fact satisfies PersonFact);
      const { json, meta } = encodeArticle(article, facts, this.shapes);
      this.records.push(json);
      this.offsets.push(this.records.length);
      pushJson(this.metas, meta);
    });
    this.indexPassages(fresh, base);
    return fresh.length;
  }

  /**
   * The articles' passages (as `listPassages` lists them) counted as `buildIndex` counts them, in
   * order: all normalized first, then their alias links, then their postings and words.
   */
  private indexPassages(articles: readonly Article[], base: number): void {
    const passages: { body: string; title: string[]; position: number; paragraphIndex: number }[] = [];
    articles.forEach((article, i) => {
      let title: string[] | undefined;
      const add = (paragraphIndex: number) => {
        title ??= tokenizeNormalized(normalize(article.title));
        passages.push({ body: normalize(passageText(article, paragraphIndex)), title, position: base + i, paragraphIndex });
      };
      article.paragraphs.forEach((paragraph, index) => {
        if (paragraph.trim().length > 0) add(index);
      });
      if (article.paragraphs.length === 0 && article.sentences.length > 0) add(0);
    });
    for (const { body } of passages) for (const link of aliasLinksOf(body)) this.aliasLinks.push(link);
    for (const { body, title, position, paragraphIndex } of passages) {
      // The body's terms and words in one pass over its text.
      this.postings.addPassage([body, title], this.countRun);
      this.refs.push(position, paragraphIndex);
    }
  }

  /** Removes the files gathered so far (a build that failed). */
  discard(): void {
    for (const gatherer of [this.records, this.metas, this.people]) gatherer.discard();
    this.logSpill?.discard();
  }

  finish(): ShardOutput {
    const postings = this.postings.finishLogs();
    return {
      ids: this.ids,
      offsets: Uint32Array.from(this.offsets),
      records: this.records.finish(),
      metas: this.metas.finish(),
      shapes: this.shapes.list,
      quotes: this.quotes,
      people: this.people.finish(),
      warnings: this.warnings,
      refs: Uint32Array.from(this.refs),
      terms: [...postings.terms],
      documentFrequency: postings.documentFrequency,
      fieldLengths: postings.fieldLengths,
      logs: postings.logs,
      logsStart: this.spilledPassages,
      spilledLogs: this.logSpill?.finish() ?? null,
      words: this.words.words,
      wordCounts: this.words.countList(),
      aliasLinks: this.aliasLinks,
    };
  }
}

/**
 * Reads `files` (in this order) into one shard. `onFile` is told after each file (for progress).
 * @example
 * const shard = await buildShard(['corpus/a.jsonl']); shard.ids.length // articles read
 */
export async function buildShard(files: readonly string[], onFile?: (file: string) => void, spillDir?: string): Promise<ShardOutput> {
  const writer = new ShardWriter(spillDir);
  try {
    for (const file of files) {
      const loaded = await loadCorpusFile(file);
      writer.warnings.push(...loaded.warnings);
      // In batches, so that a file of many articles holds the facts of one batch at a time.
      for (let at = 0; at < loaded.articles.length; at += BATCH_ARTICLES) writer.addAll(loaded.articles.slice(at, at + BATCH_ARTICLES), file);
      writer.spillLogs();
      onFile?.(file);
    }
  } catch (error) {
    writer.discard();
    throw error;
  }
  return writer.finish();
}
