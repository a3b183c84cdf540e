/**
 * The engine's state, built once per corpus: the articles, search (seen only as a `Retriever` and a
 * `Lexicon`) and every fact extracted from their sentences, with the look-ups the answer stage needs.
 */
import type { Article, Sentence } from '../corpus/types.ts';
import { extractFacts } from '../facts/index.ts';
import type { Fact, PersonFact, QuoteFact } from '../facts/types.ts';
import { normalize } from '../korean/normalize.ts';
import type { Lexicon, Retriever } from '../search/types.ts';
import { contentWords, prepareText, topicSupport, type PreparedText, type TopicWord } from './evidence.ts';
import type { ArticleSummary, Citation } from './types.ts';

/** The least weight a topic word has, so a word search does not know still counts. */
const MIN_WORD_WEIGHT = 0.5;

const EMPTY_WORDS: ReadonlyMap<string, number> = new Map();

/** Paragraphs kept prepared for evidence checks before the cache starts over. */
const PREPARED_CACHE_LIMIT = 20_000;

/** Search as the answer stage sees it: which sentences to read, and what the corpus's words are worth. */
export type LibrarySearch = { retriever: Retriever; lexicon: Lexicon };

/**
 * Facts already read from an article object. Articles are immutable once built, so when the live
 * corpus builds the next library over mostly the same articles, only the new ones are read.
 */
const factsRead = new WeakMap<Article, readonly Fact[]>();

function factsOfArticle(article: Article): readonly Fact[] {
  let facts = factsRead.get(article);
  if (!facts) {
    facts = extractFacts(article);
    factsRead.set(article, facts);
  }
  return facts;
}

export class Library {
  readonly articles: readonly Article[];
  readonly retriever: Retriever;
  readonly quotes: readonly QuoteFact[];
  /** Every person named with a title or role, for English questions' names ("Lee Young" → 이영). */
  readonly people: readonly PersonFact[];
  private readonly lexicon: Lexicon;
  private readonly articleById: Map<string, Article>;
  private readonly factsBySentence: Map<string, Fact[]>;
  private readonly preparedParagraphs = new Map<string, PreparedText>();
  private readonly knownWords = new Map<string, boolean>();
  private readonly pieceWeights = new Map<string, number>();
  private readonly formWeights = new Map<string, number>();
  private readonly shares = new Map<string, number>();

  constructor(articles: readonly Article[], { retriever, lexicon }: LibrarySearch) {
    this.articles = articles;
    this.retriever = retriever;
    this.lexicon = lexicon;
    this.articleById = new Map(articles.map((article) => [article.id, article]));
    this.factsBySentence = new Map();
    const all: Fact[] = [];
    for (const article of articles) {
      for (const fact of factsOfArticle(article)) {
        all.push(fact);
        const key = sentenceKey(fact.articleId, fact.sentenceIndex);
        const list = this.factsBySentence.get(key);
        if (list) list.push(fact);
        else this.factsBySentence.set(key, [fact]);
      }
    }
    this.quotes = all.filter((fact): fact is QuoteFact => fact.type === 'quote');
    this.people = all.filter((fact): fact is PersonFact => fact.type === 'person');
  }

  /** The corpus's Hangul words with their counts (empty when search does not list them). */
  get words(): ReadonlyMap<string, number> {
    return this.lexicon.words ?? EMPTY_WORDS;
  }

  /** Other names the corpus defines for a phrase, as search learned them (aliases only). */
  definedAliases(phrase: string): readonly string[] {
    return this.lexicon.aliases(phrase);
  }

  /**
   * Whether the corpus knows a word at all: most of its bigrams occur somewhere, or search can
   * rewrite it (a typo, 초성, an alias). "연봉" in a corpus that never says 연봉 is unknown, and a
   * question that needs it cannot be answered from these articles.
   */
  knowsWord(word: TopicWord): boolean {
    return word.forms.some((form) => this.knowsForm(form));
  }

  /**
   * Other names the corpus gives a phrase: "유엘 솔루션즈(UL Solutions)", "중소벤처기업부(… 이하
   * 중기부)", as the search index learned them from the article bodies.
   */
  aliasesOf(phrase: string): readonly string[] {
    const aliases = this.lexicon.aliases(phrase);
    // A single word search spells otherwise (a typo "랩헙" → 랩허브, 초성 "ㄷㅇㅈㅇ" → 대웅제약).
    const spellings = /\s/u.test(phrase) ? [] : this.lexicon.spellings(phrase).map((spelling) => spelling.to);
    // "28일(이하 현지 시각)" defines a time zone, not a name: a number is never an alias.
    return [...aliases, ...spellings].filter((alias) => !/^\d/u.test(alias));
  }

  /**
   * How telling a topic piece is (its IDF weight in the index): rare pieces ("혁신상") anchor an
   * answer more than common ones ("기업").
   */
  pieceWeight(piece: string): number {
    const cached = this.pieceWeights.get(piece);
    if (cached !== undefined) return cached;
    const weight = this.lexicon.weight(piece);
    if (this.pieceWeights.size >= PREPARED_CACHE_LIMIT) this.pieceWeights.clear();
    this.pieceWeights.set(piece, weight);
    return weight;
  }

  /** How telling a topic word is: the IDF weight search gives its forms (at least a little). */
  wordWeight(word: TopicWord): number {
    // The word as the asker typed it ("MOU", a common word) weighs what it weighs; an alias
    // ("양해각서") stands in only when the typed form is unknown.
    const [typed = '', ...aliases] = word.forms;
    const own = this.formWeight(typed);
    return Math.max(MIN_WORD_WEIGHT, own > 0 ? own : Math.max(0, ...aliases.map((form) => this.formWeight(form))));
  }

  private formWeight(form: string): number {
    const cached = this.formWeights.get(form);
    if (cached !== undefined) return cached;
    const weight = this.lexicon.weight(form);
    if (this.formWeights.size >= PREPARED_CACHE_LIMIT) this.formWeights.clear();
    this.formWeights.set(form, weight);
    return weight;
  }

  private knowsForm(word: string): boolean {
    const cached = this.knownWords.get(word);
    if (cached !== undefined) return cached;
    const knows = this.lexicon.knows(word);
    if (this.knownWords.size >= PREPARED_CACHE_LIMIT) this.knownWords.clear();
    this.knownWords.set(word, knows);
    return knows;
  }

  /** The share of articles whose body uses a word ("보스턴" in 4 of 5), for telling scene from topic. */
  articleShare(word: string): number {
    const cached = this.shares.get(word);
    if (cached !== undefined) return cached;
    const key = normalize(word).replace(/\s+/gu, '');
    const using = this.articles.filter((article) => normalize(article.paragraphs.join(' ')).replace(/\s+/gu, '').includes(key)).length;
    const share = this.articles.length === 0 ? 0 : using / this.articles.length;
    if (this.shares.size >= PREPARED_CACHE_LIMIT) this.shares.clear();
    this.shares.set(word, share);
    return share;
  }

  /**
   * The article whose byline and title hold most of a topic ("서울경제TV 글로벌 중소기업인의 밤",
   * "ㄱㅇㅎ 기자"), when at least half of it: for questions about who wrote what.
   */
  articleByByline(topic: string): Article | undefined {
    const words = contentWords(topic);
    if (words.length === 0) return undefined;
    let best: { article: Article; support: number } | undefined;
    for (const article of this.articles) {
      const byline = prepareText([article.title, article.outlet ?? '', article.author ?? ''].join(' '));
      const support = topicSupport(words, byline);
      if (support >= 0.5 && (best === undefined || support > best.support)) best = { article, support };
    }
    return best?.article;
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  sentence(articleId: string, index: number): Sentence | undefined {
    return this.articleById.get(articleId)?.sentences[index];
  }

  factsOf(articleId: string, sentenceIndex: number): readonly Fact[] {
    return this.factsBySentence.get(sentenceKey(articleId, sentenceIndex)) ?? [];
  }

  /**
   * The paragraph a sentence stands in, with its neighbours: the context in which a question's
   * words are looked for ("국빈 방문" in one sentence, "투자 유치" in the next).
   */
  paragraphOf(articleId: string, index: number): PreparedText {
    const article = this.articleById.get(articleId);
    const center = article?.sentences[index];
    const key = `${articleId}\u0000${center?.paragraphIndex ?? -1}`;
    let prepared = this.preparedParagraphs.get(key);
    if (!prepared) {
      // News paragraphs are often one sentence long: the paragraphs on either side belong to the
      // context ("현지 기업을 소개하는 시간" / "3개 기업이 발표를 진행했다").
      const at = center?.paragraphIndex ?? -1;
      const context = article && center ? article.paragraphs.slice(Math.max(0, at - 1), at + 2).join(' ') : '';
      prepared = prepareText(context);
      if (this.preparedParagraphs.size >= PREPARED_CACHE_LIMIT) this.preparedParagraphs.clear();
      this.preparedParagraphs.set(key, prepared);
    }
    return prepared;
  }

  cite(articleId: string, sentenceIndex: number, score: number): Citation | null {
    const article = this.articleById.get(articleId);
    const sentence = article?.sentences[sentenceIndex];
    if (!article || !sentence) return null;
    return {
      articleId,
      title: article.title,
      outlet: article.outlet,
      date: article.date,
      text: sentence.text,
      sentenceIndex,
      score: roundScore(score),
      url: article.url,
    };
  }

  summaries(): ArticleSummary[] {
    return this.articles.map((article) => ({
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      date: article.date,
      sentenceCount: article.sentences.length,
      url: article.url,
    }));
  }
}

function sentenceKey(articleId: string, sentenceIndex: number): string {
  return `${articleId}\u0000${sentenceIndex}`;
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
