/**
 * A small corpus lexicon for translation tests: the words a corpus would hold, without building one.
 */
import type { EnglishLexicon } from '../../../src/answer/english/translate.ts';
import { glossary } from '../../../src/answer/english/glossary.ts';

export function stubLexicon(options: {
  words: string[];
  aliases?: Record<string, string[]>;
  people?: string[];
  titles?: Record<string, string[]>;
  /** Text of the best-matching paragraphs; defaults to all words. */
  nearby?: string[];
}): EnglishLexicon {
  const words = new Map(options.words.map((word) => [word, 1]));
  const compact = options.words.map((word) => word.replace(/\s+/gu, '').toLowerCase());
  const has = (word: string) => {
    const key = word.replace(/\s+/gu, '').toLowerCase();
    return compact.some((known) => known.includes(key));
  };
  return {
    words,
    aliases: (phrase) => options.aliases?.[phrase.toLowerCase().replace(/\s+/gu, '')] ?? [],
    people: options.people ?? [],
    titles: new Map(Object.entries(options.titles ?? {})),
    native: new Set(glossary().entries.flatMap((entry) => entry.korean)),
    knows: has,
    uses: has,
    nearby: () => options.nearby ?? [compact.join(' ')],
  };
}
