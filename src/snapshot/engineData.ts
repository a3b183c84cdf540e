/**
 * What a snapshot holds of the engine, and how it is read back: articles (with their facts) as
 * one compact UTF-8 JSON record each, parsed only when a question reaches the article; article
 * metadata, quote references and the vocabulary as JSON parsed on first use; the index's postings
 * as typed arrays used in place.
 *
 * Compact records: a sentence is stored as its offsets in its paragraph when it is a slice of it,
 * and a fact as an array of values under a shared key list ("shape"), without the article id, the
 * sentence and its own text, which the record already holds (about a third of the naive size).
 */
import { BoundedMap } from '../boundedMap.ts';
import type { ArticleInfo, ArticleSource } from '../corpus/source.ts';
import type { Article, LoadWarning, Sentence } from '../corpus/types.ts';
import type { Fact, FactSource, PersonFact, QuoteRef } from '../facts/index.ts';
import { bySentence } from '../facts/source.ts';
import type { Aliases, IndexData } from '../search/index.ts';
import type { FieldPostings, Postings } from '../search/postings.ts';
import { ByteChunks, FileBytes, textSection } from './container.ts';
import type { SectionData } from './container.ts';

/** Parsed articles kept (a question touches a few dozen; parsing one again costs tens of µs). */
const PARSED_CACHE_LIMIT = 1_000;

/** A sentence: [index, paragraphIndex, start, end] when a slice of its paragraph, else [index, paragraphIndex, text]. */
type StoredSentence = [number, number, number, number] | [number, number, string];
/** A fact: its shape id, then its values in the shape's key order. */
type StoredFact = [number, ...unknown[]];
type ArticleRecord = Omit<Article, 'sentences' | 'id'> & { sentences: StoredSentence[]; facts: StoredFact[] };

/** Keys of a fact that the record holds already, put back on reading. */
const DERIVED = new Set(['articleId', 'sentence', 'text']);
/** Marks a derived key whose value is what the record implies. */
const IMPLIED = 0;

/** The engine's parts a snapshot is written from. */
export type EngineParts = {
  articles: ArticleSource;
  /** The facts of the article at a position (all are written). */
  factsAt: (position: number) => readonly Fact[];
  quoteRefs: readonly QuoteRef[];
  people: readonly PersonFact[];
  index: IndexData;
  warnings: readonly LoadWarning[];
};

export type ProgressCallback = (done: number, total: number) => void;

const json = (value: unknown) => textSection(JSON.stringify(value));

/** Fact shapes (key lists), numbered as they are first met. */
export class Shapes {
  readonly list: string[][] = [];
  private readonly ids = new Map<string, number>();
  idOf(keys: string[]): number {
    const signature = keys.join('\u0000');
    let id = this.ids.get(signature);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(keys);
      this.ids.set(signature, id);
    }
    return id;
  }
}

function storeSentences(article: Article): StoredSentence[] {
  const cursor = new Map<number, number>();
  return article.sentences.map((s) => {
    const paragraph = article.paragraphs[s.paragraphIndex];
    const from = cursor.get(s.paragraphIndex) ?? 0;
    const start = paragraph?.indexOf(s.text, from) ?? -1;
    if (start < 0 || s.text.length === 0) return [s.index, s.paragraphIndex, s.text];
    cursor.set(s.paragraphIndex, start + s.text.length);
    return [s.index, s.paragraphIndex, start, start + s.text.length];
  });
}

function storeFact(fact: Fact, sentenceText: string | undefined, shapes: Shapes): StoredFact {
  const keys = Object.keys(fact);
  const values = keys.map((key) => {
    const value = (fact as Record<string, unknown>)[key];
    if (key === 'articleId') return IMPLIED;
    if (key === 'sentence') return value === sentenceText ? IMPLIED : value;
    if (key === 'text') return sentenceText !== undefined && value === sentenceText.slice(fact.start, fact.end) && fact.sentence === sentenceText ? IMPLIED : value;
    return value;
  });
  return [shapes.idOf(keys), ...values];
}

/** An article's compact record as JSON text (with its facts, fact shapes numbered in `shapes`) and its metadata. */
export function encodeArticle(article: Article, facts: readonly Fact[], shapes: Shapes): { json: string; meta: Omit<ArticleInfo, 'id'> } {
  const textOf = new Map(article.sentences.map((s) => [s.index, s.text]));
  const { sentences, id: _id, paragraphs, ...meta } = article;
  const record: ArticleRecord = {
    ...meta,
    paragraphs,
    sentences: storeSentences(article),
    facts: facts.map((fact) => storeFact(fact, textOf.get(fact.sentenceIndex), shapes)),
  };
  return { json: JSON.stringify(record), meta: { ...meta, sentenceCount: sentences.length } };
}

/** The sections of a snapshot of these parts. */
export function encodeEngine(parts: EngineParts, onProgress?: ProgressCallback): Map<string, SectionData> {
  const { articles, index } = parts;
  const chunks: Uint8Array[] = [];
  const offsets = new Uint32Array(articles.size + 1);
  const ids: string[] = [];
  const metas: Omit<ArticleInfo, 'id'>[] = [];
  const shapes = new Shapes();
  let at = 0;
  for (let position = 0; position < articles.size; position++) {
    if (onProgress && position % 1000 === 0) onProgress(position, articles.size);
    const article = articles.at(position);
    if (!article) throw new Error(`article ${position} missing while writing the snapshot`);
    const { json: record, meta } = encodeArticle(article, parts.factsAt(position), shapes);
    const bytes = Buffer.from(record, 'utf8');
    chunks.push(bytes);
    at += bytes.length;
    offsets[position + 1] = at;
    ids.push(article.id);
    metas.push(meta);
  }
  const positions = new Map(ids.map((id, i) => [id, i]));
  const quotes = parts.quoteRefs.map((q) => [positions.get(q.articleId) ?? -1, q.sentenceIndex, q.at, q.speaker, q.speakerTitle, q.value]);
  const { postings } = index;
  const sections = new Map<string, SectionData>([
    ['ids', json(ids)],
    ['articleOffsets', offsets],
    ['articles', Buffer.concat(chunks)],
    ['shapes', json(shapes.list)],
    ['shapeRanges', Uint32Array.of(0, 0)],
    ['meta', json(metas)],
    ['quotes', json(quotes)],
    ['people', json(parts.people)],
    ['warnings', json(parts.warnings)],
    ['terms', json(postings.terms)],
    ['words', json([...(typeof index.words === 'function' ? index.words() : index.words)])],
    ['aliases', json([...index.aliases])],
    ['refs', index.refs],
    ['documentFrequency', postings.documentFrequency],
    ['fieldLengths', postings.fieldLengths],
  ]);
  postings.fields.forEach((field, f) => {
    sections.set(`offsets${f}`, field.offsets);
    sections.set(`passages${f}`, field.passages);
    // Nearly every frequency fits a byte: stored as bytes when all do.
    sections.set(`frequencies${f}`, field.frequencies.every((n) => n <= 0xff) ? Uint8Array.from(field.frequencies) : field.frequencies);
  });
  onProgress?.(articles.size, articles.size);
  return sections;
}

/** The engine's parts read back from a snapshot's sections. */
export type DecodedEngine = {
  articles: SnapshotArticles;
  facts: FactSource;
  index: IndexData;
  warnings: LoadWarning[];
};

function section<T extends SectionData>(sections: ReadonlyMap<string, SectionData>, name: string, type: new (...args: never[]) => T): T {
  const data = sections.get(name);
  if (!(data instanceof type)) throw new Error(`snapshot section ${name} missing or of the wrong kind`);
  return data;
}

const text = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
/** A piece's bytes, read from its file when it is there. */
const bytesOf = (piece: Uint8Array | FileBytes) => (piece instanceof FileBytes ? piece.read(0, piece.length) : piece);
/** A JSON section, in memory or read from the file now (a section parsed once need not stay in memory as bytes). */
function parseJson(sections: ReadonlyMap<string, SectionData>, name: string): unknown {
  const data = sections.get(name);
  if (data instanceof ByteChunks) return JSON.parse(Buffer.concat(data.chunks.map(bytesOf)).toString('utf8'));
  return JSON.parse(text(data instanceof FileBytes ? bytesOf(data) : section(sections, name, Uint8Array)));
}

function frequenciesOf(sections: ReadonlyMap<string, SectionData>, name: string): Uint8Array | Uint16Array {
  const data = sections.get(name);
  if (data instanceof Uint8Array || data instanceof Uint16Array) return data;
  throw new Error(`snapshot section ${name} missing or of the wrong kind`);
}

/** Passage numbers: 16 bits each when they all fit (see `FieldPostings`), else 32. */
function passagesOf(sections: ReadonlyMap<string, SectionData>, name: string): Uint16Array | Uint32Array {
  const data = sections.get(name);
  if (data instanceof Uint16Array || data instanceof Uint32Array) return data;
  throw new Error(`snapshot section ${name} missing or of the wrong kind`);
}

/** Reads the engine's parts; throws when a section is missing or malformed (the caller treats it as corrupt). */
export function decodeEngine(sections: ReadonlyMap<string, SectionData>, fieldCount: number): DecodedEngine {
  const ids = parseJson(sections, 'ids');
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('bad ids');
  const offsets = section(sections, 'articleOffsets', Uint32Array);
  const stored = sections.get('articles');
  const records =
    stored instanceof FileBytes
      ? { length: stored.length, bytes: (start: number, end: number) => stored.read(start, end) }
      : inMemoryRecords(stored instanceof ByteChunks ? stored.chunks : [section(sections, 'articles', Uint8Array)]);
  if (offsets.length !== ids.length + 1 || offsets[ids.length] !== records.length) throw new Error('article table does not match');
  const shapes = parseJson(sections, 'shapes');
  if (!Array.isArray(shapes)) throw new Error('bad fact shapes');
  const shapeRanges = section(sections, 'shapeRanges', Uint32Array);
  if (shapeRanges.length < 2 || shapeRanges.length % 2 !== 0 || shapeRanges[0] !== 0) throw new Error('bad fact shape ranges');
  const articles = new SnapshotArticles(ids as string[], offsets, records, { list: shapes as string[][], ranges: shapeRanges }, () => {
    const metas = parseJson(sections, 'meta');
    if (!Array.isArray(metas) || metas.length !== ids.length) throw new Error('article metadata does not match');
    return metas as Omit<ArticleInfo, 'id'>[];
  });
  let quotes: QuoteRef[] | undefined;
  let people: PersonFact[] | undefined;
  const facts: FactSource = {
    people: () => (people ??= parseJson(sections, 'people') as PersonFact[]),
    factsOf: (articleId, sentenceIndex) => articles.factsOf(articleId, sentenceIndex),
    quoteRefs: () =>
      (quotes ??= (parseJson(sections, 'quotes') as [number, number, number, string | null, string | null, string][]).map(
        ([position, sentenceIndex, at, speaker, speakerTitle, value]) => ({
          articleId: articles.idAt(position) ?? '',
          sentenceIndex,
          at,
          speaker,
          speakerTitle,
          value,
        }),
      )),
  };
  const terms = parseJson(sections, 'terms') as string[];
  const fields: FieldPostings[] = [];
  for (let f = 0; f < fieldCount; f++) {
    fields.push({
      offsets: section(sections, `offsets${f}`, Uint32Array),
      passages: passagesOf(sections, `passages${f}`),
      frequencies: frequenciesOf(sections, `frequencies${f}`),
    });
  }
  const refs = section(sections, 'refs', Uint32Array);
  const postings: Postings = {
    passageCount: refs.length / 2,
    terms,
    documentFrequency: section(sections, 'documentFrequency', Uint32Array),
    fields,
    fieldLengths: section(sections, 'fieldLengths', Uint32Array),
  };
  const aliases: Aliases = new Map(parseJson(sections, 'aliases') as [string, string[]][]);
  const warnings = parseJson(sections, 'warnings') as LoadWarning[];
  return {
    articles,
    facts,
    index: { refs, postings, words: () => new Map(parseJson(sections, 'words') as [string, number][]), aliases },
    warnings,
  };
}

type Parsed = { article: Article; facts: Map<number, Fact[]> };

/** The article records, however they are held: `bytes(start, end)` never spans two records. */
export type Records = { length: number; bytes: (start: number, end: number) => Uint8Array };

/** Records held in pieces that never split one (in memory, or a cold build's files: `spill.ts`). */
function inMemoryRecords(blobs: readonly (Uint8Array | FileBytes)[]): Records {
  let at = 0;
  const starts = blobs.map((blob) => ((at += blob.length), at - blob.length));
  return {
    length: at,
    bytes: (start, end) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= start) low = mid;
        else high = mid - 1;
      }
      const base = starts[low] ?? 0;
      const blob = blobs[low] ?? new Uint8Array(0);
      return blob instanceof FileBytes ? blob.read(start - base, end - base) : blob.subarray(start - base, end - base);
    },
  };
}

/** Articles read from a snapshot: each parsed from its record the first time it is needed. */
export class SnapshotArticles implements ArticleSource {
  readonly size: number;
  private readonly positions = new Map<string, number>();
  private readonly parsed = new BoundedMap<number, Parsed>(PARSED_CACHE_LIMIT);
  private metas: Omit<ArticleInfo, 'id'>[] | undefined;

  constructor(
    private readonly ids: readonly string[],
    private readonly offsets: Uint32Array,
    /** The records (in memory, or left in the snapshot file). */
    private readonly records: Records,
    /** Fact shapes; the articles from position `ranges[2k]` on number theirs from `ranges[2k + 1]`. */
    private readonly shapes: { list: readonly string[][]; ranges: Uint32Array },
    private readonly readMetas: () => Omit<ArticleInfo, 'id'>[],
  ) {
    this.size = ids.length;
    ids.forEach((id, i) => {
      if (!this.positions.has(id)) this.positions.set(id, i);
    });
  }

  at(position: number): Article | undefined {
    return this.parse(position)?.article;
  }

  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  idAt(position: number): string | undefined {
    return this.ids[position];
  }

  infoAt(position: number): ArticleInfo | undefined {
    const id = this.ids[position];
    if (id === undefined) return undefined;
    this.metas ??= this.readMetas();
    const meta = this.metas[position];
    return meta ? { id, ...meta } : undefined;
  }

  factsOf(articleId: string, sentenceIndex: number): readonly Fact[] {
    const position = this.positions.get(articleId);
    if (position === undefined) return [];
    return this.parse(position)?.facts.get(sentenceIndex) ?? [];
  }

  /** Where the fact shapes of the article at `position` start in the shape list. */
  private shapeBaseOf(position: number): number {
    const { ranges } = this.shapes;
    let base = 0;
    for (let k = 0; k < ranges.length && (ranges[k] ?? 0) <= position; k += 2) base = ranges[k + 1] ?? 0;
    return base;
  }

  private parse(position: number): Parsed | undefined {
    const cached = this.parsed.get(position);
    if (cached) return cached;
    const id = this.ids[position];
    if (id === undefined) return undefined;
    const start = this.offsets[position] ?? 0;
    const end = this.offsets[position + 1] ?? 0;
    const { sentences: stored, facts: storedFacts, ...rest } = JSON.parse(text(this.records.bytes(start, end))) as ArticleRecord;
    // Plain loops: a question reaches ~9 articles not parsed before at 50× (profiled: 40–60 µs of CPU each).
    const sentences: Sentence[] = new Array<Sentence>(stored.length);
    const textOf = new Map<number, string>();
    for (let i = 0; i < stored.length; i++) {
      const s = stored[i] as StoredSentence;
      const index = s[0];
      const paragraphIndex = s[1];
      const sentenceText = s.length === 3 ? s[2] : (rest.paragraphs[paragraphIndex] ?? '').slice(s[2], s[3]);
      sentences[i] = { articleId: id, index, paragraphIndex, text: sentenceText };
      textOf.set(index, sentenceText);
    }
    const shapeBase = this.shapeBaseOf(position);
    const facts: Fact[] = new Array<Fact>(storedFacts.length);
    for (let i = 0; i < storedFacts.length; i++) {
      const row = storedFacts[i] as StoredFact;
      const keys = this.shapes.list[shapeBase + row[0]] ?? [];
      const fact: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) fact[keys[k] as string] = row[k + 1];
      const sentenceText = textOf.get(fact.sentenceIndex as number) ?? '';
      if (fact.articleId === IMPLIED) fact.articleId = id;
      if (fact.sentence === IMPLIED) fact.sentence = sentenceText;
      if (fact.text === IMPLIED) fact.text = sentenceText.slice(fact.start as number, fact.end as number);
      facts[i] = fact as Fact;
    }
    const parsed: Parsed = { article: { id, ...rest, sentences }, facts: bySentence(facts) };
    this.parsed.set(position, parsed);
    return parsed;
  }
}
