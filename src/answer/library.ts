/**
 * The engine's state, built once per corpus: the articles, search (seen only as a `Retriever` and a
 * `Lexicon`) and every fact extracted from their sentences, with the look-ups the answer stage needs.
 */
import { BoundedMap } from '../boundedMap.ts';
import { pressReleaseIssuer } from './issuer.ts';
import type { ArticleSource } from '../corpus/source.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { resolveQuote } from '../facts/source.ts';
import type { FactSource } from '../facts/source.ts';
import type { Fact, PersonFact, QuoteFact } from '../facts/types.ts';
import { normalize } from '../korean/normalize.ts';
import type { Lexicon, Retriever } from '../search/types.ts';
import { contentWords, prepareText, topicSupport, type PreparedText, type TopicWord } from './evidence.ts';
import { QuoteTexts } from './quoteTexts.ts';
import { SpeakerIndex } from './speakerIndex.ts';
import type { ArticleSummary, Citation } from './types.ts';
import type { SentenceForm } from './span/features.ts';

/** The least weight a topic word has, so a word search does not know still counts. */
const MIN_WORD_WEIGHT = 0.5;

const EMPTY_WORDS: ReadonlyMap<string, number> = new Map();

/** Word weights and look-ups kept before the cache starts over. */
const PREPARED_CACHE_LIMIT = 20_000;
/**
 * Paragraphs kept prepared for evidence checks (a question reads a few dozen): each holds its
 * context's text twice and its words, ~7 KB, so 20,000 of them grew to 130 MB in a long run.
 */
const PREPARED_PARAGRAPH_LIMIT = 1_500;

/**
 * Letter pairs whose weight is kept (`pieceWeight`): span selection weighs every pair of the
 * sentences it reads, ~65 new pairs a question at 50× KorQuAD (19,400 after 300 questions), and a
 * pair the index does not hold costs a typo look-up (~0.5 ms). Cleared whole at 20,000, the memo
 * made the questions after it weigh every pair again; ~80 B each (≤ 5 MB).
 */
const PIECE_WEIGHT_LIMIT = 60_000;
/** Hangul syllables (가 … 힣): a pair of them is numbered below 2^27, a small integer. */
const SYLLABLES = 0xd7a3 - 0xac00 + 1;

/** Sentences whose span-selection form is kept (see `Library.sentenceForms`). */
const SENTENCE_FORM_LIMIT = 2_000;

/** Search as the answer stage sees it: which sentences to read, and what the corpus's words are worth. */
export type LibrarySearch = { retriever: Retriever; lexicon: Lexicon };

export class Library {
  readonly retriever: Retriever;
  private readonly source: ArticleSource;
  private readonly facts: FactSource;
  private readonly lexicon: Lexicon;
  private speakers: SpeakerIndex | undefined;
  private quoteWords: QuoteTexts | undefined;
  private outletNames: readonly string[] | undefined;
  private readonly preparedParagraphs = new BoundedMap<string, PreparedText>(PREPARED_PARAGRAPH_LIMIT);
  /** The same, by the context's text: an article found in two places (a syndicated story) is prepared once. */
  private readonly preparedContexts = new BoundedMap<string, PreparedText>(PREPARED_PARAGRAPH_LIMIT);
  private readonly knownWords = new Map<string, boolean>();
  /**
   * What span selection reads of a sentence alone, with this corpus's word weights (./span/select.ts),
   * by the sentence's text: a popular sentence answers many questions. ~1.5 KB each.
   */
  readonly sentenceForms = new BoundedMap<string, SentenceForm>(SENTENCE_FORM_LIMIT);
  private readonly pieceWeights = new BoundedMap<string, number>(PIECE_WEIGHT_LIMIT);
  /** `pieceWeights` of two Hangul syllables, by a small integer (no string made per look-up: `pairWeight`). */
  private readonly syllablePairWeights = new BoundedMap<number, number>(PIECE_WEIGHT_LIMIT);
  private readonly formWeights = new Map<string, number>();
  private readonly shares = new Map<string, number>();

  /**
   * Articles and their facts (in memory after a build, or read lazily from a snapshot) and search.
   */
  constructor(source: ArticleSource, facts: FactSource, { retriever, lexicon }: LibrarySearch) {
    this.source = source;
    this.facts = facts;
    this.retriever = retriever;
    this.lexicon = lexicon;
  }

  /** Every person named with a title or role, for English questions' names ("Lee Young" → 이영). */
  get people(): readonly PersonFact[] {
    return this.facts.people();
  }

  /** Every quote, in corpus order (read through their references: for whole-corpus checks). */
  get quotes(): readonly QuoteFact[] {
    return this.facts.quoteRefs().flatMap((ref) => {
      const quote = resolveQuote(this.facts, ref);
      return quote ? [quote] : [];
    });
  }

  /** The quotes of the given articles, in corpus order (only those articles are read). */
  quotesIn(articleIds: ReadonlySet<string>): QuoteFact[] {
    return this.facts.quoteRefs().flatMap((ref) => {
      const quote = articleIds.has(ref.articleId) ? resolveQuote(this.facts, ref) : undefined;
      return quote ? [quote] : [];
    });
  }

  /**
   * Every article, in corpus order. From a snapshot this reads every article: for whole-corpus
   * scans (briefings), not for answering a question.
   */
  get articles(): readonly Article[] {
    const list: Article[] = [];
    for (let position = 0; position < this.source.size; position++) {
      const article = this.source.at(position);
      if (article) list.push(article);
    }
    return list;
  }

  /** Number of articles (nothing is read). */
  get size(): number {
    return this.source.size;
  }

  /** The article at a position in corpus order. */
  articleAt(position: number): Article | undefined {
    return this.source.at(position);
  }

  /** The byline of the article at a position (its metadata only is read). */
  authorAt(position: number): string | null | undefined {
    return this.source.infoAt(position)?.author;
  }

  /** The articles with these ids, in corpus order; only they are read. */
  articlesWithIds(ids: ReadonlySet<string>): Article[] {
    const positions = [...ids].flatMap((id) => {
      const position = this.source.positionOf(id);
      return position === undefined ? [] : [position];
    });
    return positions.sort((a, b) => a - b).flatMap((position) => this.source.at(position) ?? []);
  }

  /**
   * Reads now what is otherwise read on first use: the vocabulary (and its typo and 초성 look-ups,
   * when search offers them), the speakers, the people and the outlets. Idempotent; a warm-up after startup.
   */
  prepare(): void {
    const lexicon = this.lexicon as Lexicon & { prepare?: () => void };
    lexicon.prepare?.();
    void this.words;
    void this.speakerIndex;
    void this.quoteTexts;
    void this.people;
    void this.outlets;
  }

  /**
   * The outlets the articles name, each once, in corpus order. Read once (a library's articles never
   * change): a question whose unknown word may name an outlet asks for them, and listing every
   * article's summary for it took milliseconds a question at 50× KorQuAD.
   */
  get outlets(): readonly string[] {
    if (!this.outletNames) {
      const outlets = new Set<string>();
      for (let position = 0; position < this.source.size; position++) {
        const outlet = this.source.infoAt(position)?.outlet;
        if (outlet) outlets.add(outlet);
      }
      this.outletNames = [...outlets];
    }
    return this.outletNames;
  }

  /** The quotes grouped by speaker, built on the first question that names one. */
  get speakerIndex(): SpeakerIndex {
    this.speakers ??= new SpeakerIndex(this.facts.quoteRefs(), this.facts);
    return this.speakers;
  }

  /** The words of every quote that names a speaker, matched without reading any article. */
  get quoteTexts(): QuoteTexts {
    this.quoteWords ??= new QuoteTexts(this.facts.quoteRefs(), this.facts);
    return this.quoteWords;
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
    const spellings = /\s/u.test(phrase) ? [] : this.spellingsOf(phrase);
    // "28일(이하 현지 시각)" defines a time zone, not a name: a number is never an alias.
    return [...aliases, ...spellings].filter((alias) => !/^\d/u.test(alias));
  }

  /** How search respells a word the corpus does not write (a typo "랩헙" → 랩허브, 초성 → 대웅제약). */
  spellingsOf(word: string): readonly string[] {
    return this.lexicon.spellings(word).map((spelling) => spelling.to);
  }

  /**
   * How telling a topic piece is (its IDF weight in the index): rare pieces ("혁신상") anchor an
   * answer more than common ones ("기업").
   */
  pieceWeight(piece: string): number {
    const cached = this.pieceWeights.get(piece);
    if (cached !== undefined) return cached;
    const weight = this.lexicon.weight(piece);
    this.pieceWeights.set(piece, weight);
    return weight;
  }

  /**
   * `pieceWeight` of the letter pair of two UTF-16 units (`String.fromCharCode(first, second)`):
   * span selection weighs every pair of the sentences it reads (~220 a question at 50× KorQuAD,
   * nearly all Hangul), and a pair of syllables is looked up by a number, not a new string.
   */
  pairWeight(first: number, second: number): number {
    if (first < 0xac00 || first > 0xd7a3 || second < 0xac00 || second > 0xd7a3) return this.pieceWeight(String.fromCharCode(first, second));
    const key = (first - 0xac00) * SYLLABLES + (second - 0xac00);
    const cached = this.syllablePairWeights.get(key);
    if (cached !== undefined) return cached;
    const weight = this.lexicon.weight(String.fromCharCode(first, second));
    this.syllablePairWeights.set(key, weight);
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
    let using = 0;
    for (let position = 0; position < this.source.size; position++) {
      const article = this.source.at(position);
      if (article && normalize(article.paragraphs.join(' ')).replace(/\s+/gu, '').includes(key)) using++;
    }
    const share = this.source.size === 0 ? 0 : using / this.source.size;
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
    let best: { position: number; support: number } | undefined;
    for (let position = 0; position < this.source.size; position++) {
      const info = this.source.infoAt(position);
      if (!info) continue;
      const byline = prepareText([info.title, info.outlet ?? '', info.author ?? ''].join(' '));
      const support = topicSupport(words, byline);
      if (support >= 0.5 && (best === undefined || support > best.support)) best = { position, support };
    }
    return best === undefined ? undefined : this.source.at(best.position);
  }

  article(id: string): Article | undefined {
    const position = this.source.positionOf(id);
    return position === undefined ? undefined : this.source.at(position);
  }

  sentence(articleId: string, index: number): Sentence | undefined {
    return this.article(articleId)?.sentences[index];
  }

  factsOf(articleId: string, sentenceIndex: number): readonly Fact[] {
    return this.facts.factsOf(articleId, sentenceIndex);
  }

  /**
   * The paragraph a sentence stands in, with its neighbours and its article's headline: the context
   * in which a question's words are looked for ("국빈 방문" in one sentence, "투자 유치" in the next).
   */
  paragraphOf(articleId: string, index: number): PreparedText {
    const article = this.article(articleId);
    const center = article?.sentences[index];
    const key = `${articleId}\u0000${center?.paragraphIndex ?? -1}`;
    let prepared = this.preparedParagraphs.get(key);
    if (!prepared) {
      // News paragraphs are often one sentence long: the paragraphs on either side belong to the
      // context ("현지 기업을 소개하는 시간" / "3개 기업이 발표를 진행했다").
      const at = center?.paragraphIndex ?? -1;
      // The headline frames every sentence of its article: a one-sentence paragraph deep in the
      // story ("총사업비는 165억 원으로 …") is about what the headline names ("가온군 스마트팜 단지").
      const context = article && center ? [article.title, ...article.paragraphs.slice(Math.max(0, at - 1), at + 2)].join(' ') : '';
      prepared = this.preparedContexts.get(context);
      if (!prepared) {
        prepared = prepareText(context);
        this.preparedContexts.set(context, prepared);
      }
      this.preparedParagraphs.set(key, prepared);
    }
    return prepared;
  }

  cite(articleId: string, sentenceIndex: number, score: number): Citation | null {
    const article = this.article(articleId);
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
      issuer: pressReleaseIssuer(article),
    };
  }

  summaries(): ArticleSummary[] {
    const summaries: ArticleSummary[] = [];
    for (let position = 0; position < this.source.size; position++) {
      const info = this.source.infoAt(position);
      if (!info) continue;
      summaries.push({ id: info.id, title: info.title, outlet: info.outlet, date: info.date, sentenceCount: info.sentenceCount, url: info.url });
    }
    return summaries;
  }
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
