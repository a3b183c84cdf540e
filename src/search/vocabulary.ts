/**
 * The corpus's own words keyed by jamo (자모) and by initial consonants (초성): what typo and
 * 초성 queries are rewritten into. Built lazily, on the first query word the index does not know.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { disassemble, getChoseong, stripJosa } from '../korean/index.ts';
import { TypoIndex } from './typoIndex.ts';

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

/** The hash of `text[start … end)`, from its character codes (FNV-1a). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * `countWords` for a whole build: words numbered in order of first use, counts in a typed array,
 * each word's stem found once (not once per occurrence), and words looked up by their characters
 * in the text (`addRun`, a `TermSink.hangulRun`): no string is cut from the text for a word
 * already counted. `words` and `countList()` hold the same words and counts, in the same order,
 * as the map `countWords` fills.
 */
export class WordCounter {
  readonly words: string[] = [];
  private counts = new Uint32Array(1024);
  private stems = new Int32Array(1024);
  private hashes = new Uint32Array(1024);
  /** Open addressing: word number + 1 per slot (0: empty). */
  private slots = new Int32Array(1 << 12);

  /** Counts the Hangul word `text[start … end)` (a maximal run of syllables of normalized text). */
  addRun(text: string, start: number, end: number): void {
    const length = end - start;
    if (length < MIN_WORD || length > MAX_WORD) return;
    const hash = hashOf(text, start, end);
    let i = this.find(text, start, end, hash);
    if (i < 0) i = this.insert(text.slice(start, end), hash);
    this.count(i);
  }

  /** Counts a word and, when it ends in a particle, its stem. */
  add(word: string): void {
    const hash = hashOf(word, 0, word.length);
    let i = this.find(word, 0, word.length, hash);
    if (i < 0) i = this.insert(word, hash);
    this.count(i);
  }

  /** The counts, one per word of `words`. */
  countList(): Uint32Array {
    return this.counts.slice(0, this.words.length);
  }

  private count(i: number): void {
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    let stem = this.stems[i] ?? STEM_SELF;
    if (stem === STEM_UNKNOWN) {
      const word = this.words[i] ?? '';
      const stemWord = stripJosa(word);
      if (stemWord === word) stem = STEM_SELF;
      else {
        const hash = hashOf(stemWord, 0, stemWord.length);
        stem = this.find(stemWord, 0, stemWord.length, hash);
        if (stem < 0) stem = this.insert(stemWord, hash);
      }
      this.stems[i] = stem;
    }
    if (stem !== STEM_SELF) this.counts[stem] = (this.counts[stem] ?? 0) + 1;
  }

  /** The number of the word `text[start … end)`, or -1. */
  private find(text: string, start: number, end: number, hash: number): number {
    const { slots, words } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) return -1;
      const i = stored - 1;
      if (this.hashes[i] !== hash) continue;
      const word = words[i] ?? '';
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return i;
    }
  }

  private insert(word: string, hash: number): number {
    const i = this.words.length;
    if (i === this.counts.length) {
      this.counts = grown(this.counts, new Uint32Array(i * 2));
      this.stems = grown(this.stems, new Int32Array(i * 2));
      this.hashes = grown(this.hashes, new Uint32Array(i * 2));
    }
    this.words.push(word);
    this.hashes[i] = hash;
    this.stems[i] = STEM_UNKNOWN;
    if ((i + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(i);
    return i;
  }

  private place(i: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let slot = (this.hashes[i] ?? 0) & mask;
    while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let i = 0; i < this.words.length; i++) this.place(i);
  }
}

function grown<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export class Vocabulary {
  private words: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);
  private byJamo: SearchableMap<string[]> | undefined;
  private byChoseong: SearchableMap<string[]> | undefined;
  /** The jamo keys by their one-letter deletions (`closest`'s fast look-up), made with `byJamo`. */
  private typos: TypoIndex | undefined;
  /** The jamo keys (as `typos` lists them) and where each comes in the walk of `byJamo.fuzzyGet`, made with `byJamo`. */
  private jamoKeys: readonly string[] = [];
  private walkRank = new Int32Array(0);

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
    this.byJamo ??= this.jamoKeyed();
    const matches: WordMatch[] = [];
    const key = disassemble(word);
    // No edit allowed: the word itself or nothing (a plain look-up, not a walk of the whole tree).
    const exact = maxDistance === 0 ? this.byJamo.get(key) : undefined;
    const found: Iterable<[string, [string[], number]]> = maxDistance > 0 ? this.byJamo.fuzzyGet(key, maxDistance) : exact ? [[key, [exact, 0]]] : [];
    for (const [, [words, distance]] of found) {
      for (const w of words) matches.push({ word: w, count: this.counts.get(w) ?? 0, distance });
    }
    return matches.sort((a, b) => a.distance - b.distance || b.count - a.count);
  }

  /**
   * The first `count` words of `fuzzy(word, maxDistance)` that `keep` keeps and that are as close as
   * the closest it keeps (none when it keeps none): the corrections a typo is searched under.
   *
   * One edit away, short words are found by their deletions (./typoIndex.ts) rather than by a walk
   * of the jamo tree (~10× faster); words equally close and equally frequent then come in the
   * walk's order, by each key's place in it (`walkRank`). So the words and their order are always
   * `fuzzy`'s.
   */
  closest(word: string, maxDistance: number, keep: (word: string) => boolean, count: number): WordMatch[] {
    const found = maxDistance === 1 ? this.closestByDeletions(word, keep, count) : null;
    if (found) return found;
    const matches = this.fuzzy(word, maxDistance).filter((match) => keep(match.word));
    const best = matches[0];
    return best ? matches.filter((match) => match.distance === best.distance).slice(0, count) : [];
  }

  /** `closest` one edit away from the deletion table; null when the word is too long for it (`TypoIndex.covers`). */
  private closestByDeletions(word: string, keep: (word: string) => boolean, count: number): WordMatch[] | null {
    this.byJamo ??= this.jamoKeyed();
    const typos = this.typos;
    const key = disassemble(word);
    if (!typos || !typos.covers(key)) return null;
    const matches: (WordMatch & { rank: number; at: number })[] = [];
    for (const k of typos.withinIds(key)) {
      const near = this.jamoKeys[k] ?? '';
      const words = this.byJamo.get(near) ?? [];
      for (let at = 0; at < words.length; at++) {
        const w = words[at]!;
        if (keep(w)) matches.push({ word: w, count: this.counts.get(w) ?? 0, distance: near === key ? 0 : 1, rank: this.walkRank[k] ?? 0, at });
      }
    }
    // `fuzzy`'s order: closest, most frequent, then as the walk meets them (key by key, each key's words in order).
    matches.sort((a, b) => a.distance - b.distance || b.count - a.count || a.rank - b.rank || a.at - b.at);
    const best = matches[0];
    if (!best) return [];
    return matches
      .filter((match) => match.distance === best.distance)
      .slice(0, count)
      .map(({ word: w, count: c, distance }) => ({ word: w, count: c, distance }));
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
    this.byJamo ??= this.jamoKeyed();
    this.byChoseong ??= this.keyed(getChoseong);
  }

  /** `byJamo`, the deletion table of its keys (`typos`) and the keys' places in its walk (`walkRank`). */
  private jamoKeyed(): SearchableMap<string[]> {
    const keys: string[] = [];
    const map = this.keyed(disassemble, keys);
    this.typos = new TypoIndex(keys);
    this.jamoKeys = keys;
    // `fuzzyGet` walks each node's branches in the order they were made; the map's iterator takes
    // them last first, so it meets the keys in exactly the reverse order.
    const position = new Map<string, number>();
    keys.forEach((key, k) => position.set(key, k));
    this.walkRank = new Int32Array(keys.length);
    let rank = keys.length;
    for (const key of map.keys()) this.walkRank[position.get(key) ?? 0] = --rank;
    return map;
  }

  /** The words by `key`; `keys` (when given) receives each distinct key once. */
  private keyed(key: (word: string) => string, keys?: string[]): SearchableMap<string[]> {
    const map = new SearchableMap<string[]>();
    for (const word of this.counts.keys()) {
      const k = key(word);
      const list = map.get(k);
      if (list) list.push(word);
      else {
        map.set(k, [word]);
        keys?.push(k);
      }
    }
    return map;
  }
}
