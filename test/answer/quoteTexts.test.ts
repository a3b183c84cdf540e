import { describe, expect, it } from 'vitest';
import type { FactSource, QuoteRef } from '../../src/facts/source.ts';
import type { Fact, QuoteFact } from '../../src/facts/types.ts';
import { QuoteTexts } from '../../src/answer/quoteTexts.ts';

function quote(articleId: string, value: string, speaker: string | null): QuoteFact {
  return { type: 'quote', articleId, sentenceIndex: 0, start: 0, end: value.length, text: value, sentence: value, value, unit: null, speaker, speakerTitle: null, continuedIn: [] };
}

/** Quotes one an article; counts the facts read. */
function source(quotes: QuoteFact[]): FactSource & { reads: number; refs: QuoteRef[] } {
  const refs = quotes.map((q) => ({ articleId: q.articleId, sentenceIndex: 0, at: 0, speaker: q.speaker, speakerTitle: null, value: q.value }));
  const facts = {
    reads: 0,
    refs,
    factsOf(articleId: string): readonly Fact[] {
      facts.reads++;
      return quotes.filter((q) => q.articleId === articleId);
    },
    quoteRefs: () => refs,
    people: () => [],
  };
  return facts;
}

describe('QuoteTexts', () => {
  it('finds the first quote holding most of the pieces, reading only that one', () => {
    const facts = source([
      quote('a', '화기 소지 금지', '갑'),
      quote('b', '입산할 때 화기 절대 소지하지 말아 달라', null),
      quote('c', '입산할 때 화기 절대 소지하지 말아 달라', '을'),
      quote('d', '입산할 때 화기 절대 소지하지 말아 달라', '병'),
    ]);
    const found = new QuoteTexts(facts.refs, facts).best(['입산', '화기', '절대', '소지'], 0.6);
    expect(found?.quote.speaker).toBe('을');
    expect(found?.share).toBe(1);
    expect(facts.reads).toBe(1);
  });

  it('finds none below the share asked', () => {
    const facts = source([quote('a', '화기 소지 금지', '갑')]);
    expect(new QuoteTexts(facts.refs, facts).best(['입산', '화기', '절대', '소지'], 0.6)).toBeNull();
  });
});
