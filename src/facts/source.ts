/**
 * Where the answer stage reads facts from: extracted from articles in memory, or read back from
 * a snapshot. Facts are looked up by sentence; the quotes of the whole corpus are listed for
 * speaker look-ups.
 */
import type { ArticleSource } from '../corpus/source.ts';
import type { Article } from '../corpus/types.ts';
import { extractFacts } from './extract.ts';
import type { Fact, PersonFact, QuoteFact } from './types.ts';

/**
 * Where a quote is, and who said it: enough to find a speaker's quotes without reading every
 * article. The quote itself is `factsOf(articleId, sentenceIndex)[at]`.
 */
export type QuoteRef = {
  articleId: string;
  sentenceIndex: number;
  at: number;
  speaker: string | null;
  speakerTitle: string | null;
  /** The quoted words (the quote's `value`): whole-corpus scans of quotes read them without reading every article. */
  value: string;
};

export interface FactSource {
  /** The facts of one sentence, in reading order. */
  factsOf(articleId: string, sentenceIndex: number): readonly Fact[];
  /** Every quote of the corpus, in corpus order, by reference. */
  quoteRefs(): readonly QuoteRef[];
  /** Every person fact, in corpus order. */
  people(): readonly PersonFact[];
}

/** The quote a reference points at, or undefined. */
export function resolveQuote(facts: FactSource, ref: QuoteRef): QuoteFact | undefined {
  const fact = facts.factsOf(ref.articleId, ref.sentenceIndex)[ref.at];
  return fact?.type === 'quote' ? fact : undefined;
}

/** References to the quotes among one article's facts, in reading order. */
export function quoteRefsOf(bySentenceIndex: ReadonlyMap<number, readonly Fact[]>): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const facts of bySentenceIndex.values()) {
    facts.forEach((fact, at) => {
      if (fact.type === 'quote') {
        refs.push({ articleId: fact.articleId, sentenceIndex: fact.sentenceIndex, at, speaker: fact.speaker, speakerTitle: fact.speakerTitle, value: fact.value });
      }
    });
  }
  return refs;
}

/** Facts of one article grouped by sentence index. */
export function bySentence(facts: readonly Fact[]): Map<number, Fact[]> {
  const grouped = new Map<number, Fact[]>();
  for (const fact of facts) {
    const list = grouped.get(fact.sentenceIndex);
    if (list) list.push(fact);
    else grouped.set(fact.sentenceIndex, [fact]);
  }
  return grouped;
}

/**
 * Facts already read from an article object. Articles are immutable once built, so when the live
 * corpus builds the next engine over mostly the same articles, only the new ones are read.
 */
const factsRead = new WeakMap<Article, Map<number, Fact[]>>();

/**
 * Facts extracted from articles in memory, article by article as they are first asked for (all
 * of them when the quotes are listed).
 */
export class ExtractedFacts implements FactSource {
  private readonly extracted = new Map<string, Map<number, Fact[]>>();
  private allQuotes: QuoteRef[] | undefined;
  private allPeople: PersonFact[] | undefined;

  constructor(private readonly articles: ArticleSource) {}

  /** The facts of the article at a position, extracted once. */
  ofArticle(position: number): Fact[] {
    const article = this.articles.at(position);
    if (!article) return [];
    return [...this.sentencesOf(article.id, position).values()].flat();
  }

  factsOf(articleId: string, sentenceIndex: number): readonly Fact[] {
    const position = this.articles.positionOf(articleId);
    if (position === undefined) return [];
    return this.sentencesOf(articleId, position).get(sentenceIndex) ?? [];
  }

  quoteRefs(): readonly QuoteRef[] {
    if (!this.allQuotes) {
      const quotes: QuoteRef[] = [];
      for (let position = 0; position < this.articles.size; position++) {
        const article = this.articles.at(position);
        if (article) quotes.push(...quoteRefsOf(this.sentencesOf(article.id, position)));
      }
      this.allQuotes = quotes;
    }
    return this.allQuotes;
  }

  people(): readonly PersonFact[] {
    if (!this.allPeople) {
      const people: PersonFact[] = [];
      for (let position = 0; position < this.articles.size; position++) {
        for (const fact of this.ofArticle(position)) if (fact.type === 'person') people.push(fact);
      }
      this.allPeople = people;
    }
    return this.allPeople;
  }

  private sentencesOf(articleId: string, position: number): Map<number, Fact[]> {
    let grouped = this.extracted.get(articleId);
    if (!grouped) {
      const article = this.articles.at(position);
      grouped = article ? factsRead.get(article) : undefined;
      if (!grouped) {
        grouped = bySentence(article ? extractFacts(article) : []);
        if (article) factsRead.set(article, grouped);
      }
      this.extracted.set(articleId, grouped);
    }
    return grouped;
  }
}
