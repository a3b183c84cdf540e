/**
 * The engine the CLI and the bot share: a `Library` built once over a corpus, queried many times.
 */
import { loadCorpus } from '../corpus/index.ts';
import { visibleText } from '../corpus/normalize.ts';
import { arraySource, type ArticleSource } from '../corpus/source.ts';
import type { Article, LoadWarning } from '../corpus/types.ts';
import { answerTypeHints } from '../facts/index.ts';
import type { FactType } from '../facts/types.ts';
import { ExtractedFacts, type FactSource } from '../facts/source.ts';
import { SearchIndex } from '../search/index.ts';
import { loadEngineParts } from '../snapshot/index.ts';
import type { EngineLoadOptions, EngineOrigin } from '../snapshot/index.ts';
import { composeAnswer } from './compose.ts';
import { prepareEnglish } from './english/index.ts';
import { articlesOnTopic } from './about.ts';
import { briefArticle, briefTopic } from './brief.ts';
import { checkMessage } from './check.ts';
import { confirmedAnswer, readConfirmation } from './confirmation.ts';
import { answerFollowUp, questionTopic } from './followUp.ts';
import { buildTimeline } from './timeline.ts';
import { rankSentences } from './sentences.ts';
import { contentWords, topicSupport } from './evidence.ts';
import { Library, type LibrarySearch } from './library.ts';
import { warmUp } from './warmUp.ts';
import { boundInput, INPUT_LIMITS } from './limits.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion } from './question.ts';
import { nameMatch } from './speakers.ts';
import type {
  Answer,
  Brief,
  FollowUpAnswer,
  MessageCheck,
  Timeline,
  AnswerOptions,
  ArticleSummary,
  Engine,
  FactLookup,
  QuoteLookup,
} from './types.ts';
import { withoutSpaces } from '../korean/normalize.ts';

export type EngineOptions = EngineLoadOptions & {
  /**
   * Search to answer with instead of a `SearchIndex` built over the articles: any `Retriever` and
   * `Lexicon` over the same articles (a search server, a live segment). No snapshot is used then.
   */
  search?: LibrarySearch;
};

/** Most speakers offered for autocomplete (Discord shows 25). */
const MAX_SPEAKERS = 25;
/** A speaker named at least this well counts as the one asked for. */
const MIN_NAME_MATCH = 0.8;

class LibraryEngine implements Engine {
  /** User questions being answered now: the warm-up starts no question meanwhile, so it never holds one up. */
  private answering = 0;

  constructor(private readonly library: Library) {}

  /** See `Library.prepare`; then a few warm-up questions (`warmUp.ts`), none while a user's question is answered. */
  async prepare(): Promise<void> {
    this.library.prepare();
    // English questions' word indexes (romanization, sound keys): built here, not by the first one.
    prepareEnglish(this.library);
    await warmUp(this.library, () => this.answering > 0);
  }

  async answer(question: string, options?: AnswerOptions): Promise<Answer> {
    this.answering++;
    try {
      // Prepared once here (NFC, width, invisible characters, spaces); over the limit is refused (by
      // analyzeQuestion, in linear time), not cut: a cut question could be answered as a different
      // one. The refusal echoes only the first characters.
      const prepared = prepareQuestion(question);
      // "랩허브 이천칠백억 든다는 거 맞아?": asked as the figure's question, the articles' figure answers (./confirmation.ts).
      const confirmation = readConfirmation(prepared);
      const confirmed = confirmation ? confirmedAnswer(await composeAnswer(this.library, confirmation.asked, options), prepared, confirmation.claimed) : null;
      const answer = confirmed ?? (await composeAnswer(this.library, prepared, options));
      return answer.query.length > INPUT_LIMITS.question ? { ...answer, query: boundInput('question', answer.query) } : answer;
    } finally {
      this.answering--;
    }
  }

  async quotesBySpeaker(rawSpeaker: string, rawKeyword?: string): Promise<QuoteLookup[]> {
    const speaker = prepareQuestion(boundInput('speaker', rawSpeaker));
    const keyword = rawKeyword === undefined ? undefined : prepareQuestion(boundInput('keyword', rawKeyword));
    const keywordWords = keyword ? contentWords(keyword) : [];
    return this.library.speakerIndex
      .matching(speaker, MIN_NAME_MATCH)
      .filter(({ quote }) => keywordWords.length === 0 || topicSupport(keywordWords, quote.sentence) >= 0.5)
      .sort((a, b) => b.match - a.match)
      .flatMap(({ quote }) => {
        const citation = this.library.cite(quote.articleId, quote.sentenceIndex, 1);
        return citation ? [{ speaker: quote.speaker ?? speaker, quote: quote.value, citation }] : [];
      });
  }

  async speakers(prefix = ''): Promise<string[]> {
    const counts = this.library.speakerIndex.counts();
    const trimmed = prepareQuestion(boundInput('speaker', prefix));
    return [...counts.entries()]
      .map(([name, count]) => ({ name, count, match: trimmed ? nameMatch(trimmed, name) : 1 }))
      .filter(({ match }) => match > 0)
      .sort((a, b) => b.match - a.match || b.count - a.count || a.name.localeCompare(b.name, 'ko'))
      .slice(0, MAX_SPEAKERS)
      .map(({ name }) => name);
  }

  async factsByTopic(topic: string, type?: FactType): Promise<FactLookup[]> {
    const analyzed = analyzeQuestion(prepareQuestion(boundInput('topic', topic)));
    if (!analyzed.ok) return [];
    const seen = new Set<string>();
    const lookups: FactLookup[] = [];
    for (const sentence of (await rankSentences(this.library, analyzed.value)).sentences) {
      if (!sentence.supported) continue;
      for (const fact of sentence.facts) {
        if (type && fact.type !== type) continue;
        const key = `${fact.type}\u0000${String(fact.value)}\u0000${fact.unit ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const citation = this.library.cite(sentence.articleId, sentence.sentenceIndex, sentence.relevance);
        if (citation) lookups.push({ fact, citation });
      }
    }
    return lookups;
  }

  async articles(): Promise<ArticleSummary[]> {
    return this.library.summaries();
  }

  async checkMessage(message: string): Promise<MessageCheck> {
    return checkMessage(this.library, boundInput('message', message));
  }

  async findArticles(rawQuery: string): Promise<ArticleSummary[]> {
    const query = boundInput('articleQuery', rawQuery);
    const summaries = this.library.summaries();
    const words = contentWords(query);
    if (words.length === 0) return summaries;
    const compact = (text: string) => withoutSpaces(text, { lower: true });
    const byTitle = summaries
      .map((summary, order) => ({
        summary,
        order,
        match: compact(summary.title).includes(compact(query)) ? 2 : topicSupport(words, `${summary.title} ${summary.outlet ?? ''}`),
      }))
      .filter(({ match }) => match > 0)
      .sort((a, b) => b.match - a.match || a.order - b.order)
      .map(({ summary }) => summary);
    if (byTitle.length > 0) return byTitle;
    // No title holds the words: the articles whose lead or body speaks of them.
    const onTopic = new Set((await articlesOnTopic(this.library, query)).map(({ article }) => article.id));
    return summaries.filter((summary) => onTopic.has(summary.id));
  }

  async brief(request: { articleId: string } | { topic: string }): Promise<Brief | null> {
    return 'articleId' in request
      ? briefArticle(this.library, boundInput('articleQuery', request.articleId))
      : briefTopic(this.library, boundInput('topic', request.topic));
  }

  async timeline(topic: string): Promise<Timeline> {
    return buildTimeline(this.library, boundInput('topic', topic));
  }

  async topicOf(question: string): Promise<string | null> {
    return questionTopic(boundInput('question', question));
  }

  async followUp(question: string, previousTopic: string | null, options?: AnswerOptions): Promise<FollowUpAnswer> {
    return answerFollowUp(this.library, visibleText(question), previousTopic === null ? null : boundInput('topic', previousTopic), options);
  }
}

/** Builds the engine in memory over articles already loaded. */
export async function createEngine(articles: readonly Article[], options: EngineOptions = {}): Promise<Engine> {
  const source = arraySource(articles);
  let search = options.search;
  if (!search) {
    // Search prefers sentences holding the kind of value asked for, by the fact-kind registry.
    const index = SearchIndex.build(source, { answerTypes: answerTypeHints(), ...options.searchOptions });
    search = { retriever: index, lexicon: index };
  }
  return new LibraryEngine(new Library(source, new ExtractedFacts(source), search));
}

/**
 * Reads ahead what an engine's first question would otherwise read on first use (people, titles,
 * the English word lists): a warm-up to run after startup, off the path of any question.
 */
export async function prepareEngine(engine: Engine): Promise<void> {
  if (engine instanceof LibraryEngine) await engine.prepare();
}

/**
 * The engine over articles and facts already at hand (e.g. read lazily from a snapshot) and a search
 * over them: nothing is parsed or extracted until a question needs it.
 */
export function engineOver(articles: ArticleSource, facts: FactSource, search: LibrarySearch): Engine {
  return new LibraryEngine(new Library(articles, facts, search));
}

/**
 * Loads a corpus (a directory of pages or a JSONL file) and makes the engine over it: from the
 * snapshot for this corpus and code when `snapshotDir` holds one, else built (and snapshotted).
 * `origin` says which, and how long it took. A corpus path that does not exist throws
 * `CorpusPathError`; a snapshot that cannot be read or written adds a warning (never an error).
 */
export async function loadEngine(
  corpusPath: string,
  options: EngineOptions = {},
): Promise<{ engine: Engine; warnings: LoadWarning[]; origin: EngineOrigin; prepare: () => Promise<void> }> {
  if (options.search) {
    const started = performance.now();
    const { articles, warnings } = await loadCorpus(corpusPath);
    const engine = await createEngine(articles, options);
    const prepare = () => (engine as LibraryEngine).prepare();
    return { engine, warnings, origin: { from: 'build', snapshot: null, miss: null, timings: { buildMs: performance.now() - started } }, prepare };
  }
  const { articles, facts, index, warnings, origin } = await loadEngineParts(corpusPath, options);
  const engine = new LibraryEngine(new Library(articles, facts, { retriever: index, lexicon: index }));
  return { engine, warnings, origin, prepare: () => engine.prepare() };
}
