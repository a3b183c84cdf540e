/**
 * The bilingual glossary (영한 용어집): English news and question vocabulary → its Korean spellings.
 * The entries are data (`glossary.tsv`, next to this file); this module reads and looks them up.
 */
import { readFileSync } from 'node:fs';
import type { QuestionIntent } from '../types.ts';
import { lemmas } from './lemma.ts';

/**
 * - `topic`: a word the articles must speak of ("minister" → 장관);
 * - `generic`: a word kept only when the articles use it near the topic ("built" → 건립·조성);
 * - `cue`: a question word setting what is asked ("how much" → 얼마, money).
 */
export type GlossaryKind = 'topic' | 'generic' | 'cue';

export type GlossaryEntry = {
  /** The English lemma or phrase, lower case, words separated by one space. */
  english: string;
  /** Korean spellings, the usual one first. */
  korean: string[];
  kind: GlossaryKind;
  /** For cues: what the question asks. */
  intent: Exclude<QuestionIntent, 'open'> | null;
};

const INTENTS = new Set(['money', 'date', 'count', 'area', 'duration', 'percent', 'person', 'quote', 'place']);

/** Longest English phrase in the glossary, in words. */
export const MAX_PHRASE_WORDS = 5;

/**
 * Parses glossary lines (`english TAB korean·korean TAB kind`); `#` lines and blank lines are
 * skipped. Throws on a malformed line, naming it: the glossary ships with the code.
 */
export function parseGlossary(text: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [english = '', korean = '', kind = ''] = line.split('\t');
    const spellings = korean.split('·').map((word) => word.trim()).filter((word) => word.length > 0);
    const intent = kind.startsWith('q:') ? kind.slice(2) : null;
    const valid =
      /^[a-z0-9&.'\- ]+$/u.test(english) &&
      english.split(' ').length <= MAX_PHRASE_WORDS &&
      spellings.length > 0 &&
      (kind === 'n' || kind === 'g' || (intent !== null && INTENTS.has(intent)));
    if (!valid) throw new Error(`glossary line ${i + 1} is malformed: ${JSON.stringify(line)}`);
    entries.push({
      english,
      korean: spellings,
      kind: kind === 'n' ? 'topic' : kind === 'g' ? 'generic' : 'cue',
      intent: intent as GlossaryEntry['intent'],
    });
  });
  return entries;
}

export class Glossary {
  readonly entries: readonly GlossaryEntry[];
  private readonly byPhrase: Map<string, GlossaryEntry>;
  /** Phrases with every word's plural ending off ("smes ministry" is the entry "sme ministry"). */
  private readonly bySingular: Map<string, GlossaryEntry>;

  constructor(entries: readonly GlossaryEntry[]) {
    this.entries = entries;
    this.byPhrase = new Map(entries.map((entry) => [entry.english, entry]));
    this.bySingular = new Map();
    for (const entry of entries) {
      const key = singularPhrase(entry.english.split(' '));
      if (!this.bySingular.has(key)) this.bySingular.set(key, entry);
    }
  }

  /** The entry for one word or phrase as written ("Startups", "signed an MOU"), its lemma allowed. */
  lookup(words: readonly string[]): GlossaryEntry | undefined {
    const lower = words.map((word) => word.toLowerCase());
    const exact = this.byPhrase.get(lower.join(' '));
    if (exact) return exact;
    // Only the last word of a phrase inflects ("clinical trials", "signed" in "signed an MOU" is
    // listed as written).
    const head = lower.slice(0, -1);
    for (const lemma of lemmas(lower.at(-1) ?? '')) {
      const entry = this.byPhrase.get([...head, lemma].join(' '));
      if (entry) return entry;
    }
    return lower.length > 1 ? this.bySingular.get(singularPhrase(lower)) : undefined;
  }

  /**
   * The longest glossary phrase starting at `start` in `words`, with its length in words.
   * @example
   * glossary.longestAt(['the', 'press', 'release'], 1) // { entry: press release, length: 2 }
   */
  longestAt(words: readonly string[], start: number): { entry: GlossaryEntry; length: number } | undefined {
    for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length >= 1; length--) {
      const entry = this.lookup(words.slice(start, start + length));
      if (entry) return { entry, length };
    }
    return undefined;
  }
}

/** A phrase with each word's plural ending off, for matching inflected modifiers. */
function singularPhrase(words: readonly string[]): string {
  return words.map((word) => (word.length > 3 ? word.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '') : word)).join(' ');
}

let shared: Glossary | undefined;

/** The glossary shipped with the code, read once. */
export function glossary(): Glossary {
  shared ??= new Glossary(parseGlossary(readFileSync(new URL('./glossary.tsv', import.meta.url), 'utf8')));
  return shared;
}
