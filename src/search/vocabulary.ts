/**
 * The corpus's own words keyed by jamo (자모) and by initial consonants (초성): what typo and
 * 초성 queries are rewritten into. Built lazily, on the first query word the index does not know.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { disassemble, getChoseong, stripJosa } from '../korean/index.ts';

export type WordMatch = { word: string; count: number; distance: number };

/** Hangul words shorter or longer than this are not worth a dictionary entry. */
const MIN_WORD = 2;
const MAX_WORD = 12;

/** Stems of words already counted (a corpus repeats its words); cleared when this large. */
const STEM_CACHE_LIMIT = 200_000;
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stem = stripJosa(word);
    stems.set(word, stem);
  }
  return stem;
}

/** Counts the Hangul words (어절, and the same without a trailing 조사) of normalized text. */
export function countWords(normalizedText: string, counts: Map<string, number>): void {
  for (const match of normalizedText.matchAll(/[가-힣]+/g)) {
    const word = match[0];
    if (word.length < MIN_WORD || word.length > MAX_WORD) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    const stem = stemOf(word);
    if (stem !== word) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
}

/** A word's stem not looked up yet (a word first counted as another word's stem). */
const STEM_UNKNOWN = -2;
/** The word is its own stem. */
const STEM_SELF = -1;

/**
 * `countWords` for a whole build: words numbered in order of first use, counts in a typed array,
 * each word's stem found once (not once per occurrence), and runs of Hangul syllables taken
 * straight from the text being tokenized (`addRun`, a `TermSink.hangulRun`).
 * `words` and `counts` list the same words and counts, in the same order, as the map `countWords` fills.
 */
export class WordCounter {
  private readonly index = new Map<string, number>();
  readonly words: string[] = [];
  private counts = new Uint32Array(1024);
  private stems = new Int32Array(1024);

  /** Counts the Hangul word `text[start … end)` (a maximal run of syllables of normalized text). */
  addRun(text: string, start: number, end: number): void {
    const length = end - start;
    if (length < MIN_WORD || length > MAX_WORD) return;
    this.add(text.slice(start, end));
  }

  /** Counts a word and, when it ends in a particle, its stem. */
  add(word: string): void {
    let i = this.index.get(word);
    if (i === undefined) i = this.insert(word);
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    let stem = this.stems[i] ?? STEM_SELF;
    if (stem === STEM_UNKNOWN) {
      const stemWord = stripJosa(word);
      stem = stemWord === word ? STEM_SELF : (this.index.get(stemWord) ?? this.insert(stemWord));
      this.stems[i] = stem;
    }
    if (stem !== STEM_SELF) this.counts[stem] = (this.counts[stem] ?? 0) + 1;
  }

  /** The counts, one per word of `words`. */
  countList(): Uint32Array {
    return this.counts.slice(0, this.words.length);
  }

  private insert(word: string): number {
    const i = this.words.length;
    if (i === this.counts.length) {
      const counts = new Uint32Array(i * 2);
      counts.set(this.counts);
      this.counts = counts;
      const stems = new Int32Array(i * 2);
      stems.set(this.stems);
      this.stems = stems;
    }
    this.words.push(word);
    this.index.set(word, i);
    this.stems[i] = STEM_UNKNOWN;
    return i;
  }
}

export class Vocabulary {
  private words: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);
  private byJamo: SearchableMap<string[]> | undefined;
  private byChoseong: SearchableMap<string[]> | undefined;

  /** `counts` may be a function: the words are then read on first use (a snapshot parses them lazily). */
  constructor(counts: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>)) {
    this.words = counts;
  }

  /** Word → how often the corpus uses it. */
  get counts(): ReadonlyMap<string, number> {
    if (typeof this.words === 'function') this.words = this.words();
    return this.words;
  }

  /**
   * Corpus words within `maxDistance` jamo edits of `word`, closest then most frequent first.
   * @example
   * vocabulary.fuzzy('랩헙', 1) // [{ word: '랩허브', distance: 1, … }]
   */
  fuzzy(word: string, maxDistance: number): WordMatch[] {
    this.byJamo ??= this.keyed(disassemble);
    const matches: WordMatch[] = [];
    for (const [, [words, distance]] of this.byJamo.fuzzyGet(disassemble(word), maxDistance)) {
      for (const w of words) matches.push({ word: w, count: this.counts.get(w) ?? 0, distance });
    }
    return matches.sort((a, b) => a.distance - b.distance || b.count - a.count);
  }

  /**
   * Corpus words whose 초성 are `initials` (exactly, else as a prefix), most frequent first.
   * @example
   * vocabulary.choseong('ㄷㅇㅈㅇ') // [{ word: '대웅제약', distance: 0, … }]
   */
  choseong(initials: string): WordMatch[] {
    this.byChoseong ??= this.keyed(getChoseong);
    const exact = this.byChoseong.get(initials);
    const found: WordMatch[] = (exact ?? []).map((w) => ({ word: w, count: this.counts.get(w) ?? 0, distance: 0 }));
    if (found.length === 0) {
      for (const [key, words] of this.byChoseong.atPrefix(initials)) {
        for (const w of words) found.push({ word: w, count: this.counts.get(w) ?? 0, distance: key.length - initials.length });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || b.count - a.count);
  }

  /** Builds the jamo and 초성 look-ups now rather than on the first typo or 초성 query. */
  prepare(): void {
    this.byJamo ??= this.keyed(disassemble);
    this.byChoseong ??= this.keyed(getChoseong);
  }

  private keyed(key: (word: string) => string): SearchableMap<string[]> {
    const map = new SearchableMap<string[]>();
    for (const word of this.counts.keys()) {
      const k = key(word);
      const list = map.get(k);
      if (list) list.push(word);
      else map.set(k, [word]);
    }
    return map;
  }
}
