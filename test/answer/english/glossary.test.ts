/**
 * Every glossary entry, through the path questions take: an English question that uses it comes out
 * as a Korean question with its Korean (or, for question words, with its intent).
 */
import { describe, expect, it } from 'vitest';
import { glossary, parseGlossary } from '../../../src/answer/english/glossary.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

const book = glossary();
// A corpus that uses every Korean spelling of the glossary.
const lexicon = stubLexicon({ words: book.entries.flatMap((entry) => entry.korean) });

describe('the glossary data', () => {
  it('holds a few hundred entries, each English phrase once', () => {
    expect(book.entries.length).toBeGreaterThanOrEqual(300);
    const phrases = book.entries.map((entry) => entry.english);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('gives every entry Korean spellings and cues an intent', () => {
    for (const entry of book.entries) {
      expect(entry.korean.length, entry.english).toBeGreaterThan(0);
      for (const spelling of entry.korean) expect(spelling, entry.english).toMatch(/[가-힣a-z]/u);
      expect(entry.kind === 'cue', entry.english).toBe(entry.intent !== null);
    }
  });

  it('rejects a malformed line, naming it', () => {
    expect(() => parseGlossary('budget\t예산\tq:salary')).toThrow(/line 1/u);
    expect(() => parseGlossary('Budget\t예산\tn')).toThrow(/line 1/u);
    expect(() => parseGlossary('# a comment\n\nbudget\t예산·사업비\tq:money')).not.toThrow();
  });

  it('finds inflected words under their lemma', () => {
    expect(book.lookup(['startups'])?.english).toBe('startups');
    expect(book.lookup(['investing'])?.english).toBe('invest');
    expect(book.lookup(['companies'])?.english).toBe('companies');
    expect(book.lookup(['clinical', 'trials'])?.english).toBe('clinical trial');
    expect(book.longestAt(['the', 'press', 'release'], 1)?.length).toBe(2);
  });
});

describe.each(book.entries.map((entry) => [entry.english, entry] as const))('glossary entry "%s"', (english, entry) => {
  it('translates in a question', async () => {
    // "us" is the pronoun unless written "US".
    const written = english === 'us' ? 'US' : english;
    const translated = await translateQuestion(`What about the ${written}?`, lexicon);
    expect(translated).not.toBeNull();
    if (entry.kind === 'cue') {
      expect(translated?.intent).toBe(entry.intent);
    } else {
      expect(translated?.korean).toContain(entry.korean[0]);
    }
  });
});
