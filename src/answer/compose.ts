/**
 * `answer(question)`: from a question to a short answer, its supporting facts and ranked citations.
 *
 * 1. analyze the question (intent + topic);
 * 2. search the topic and keep only sentences whose neighbourhood holds (nearly) every topic word —
 *    anything less is "loosely related", and the bot says the articles do not answer;
 * 3. pick the fact the intent asks for (or the quote, or the place) from the best sentences;
 * 4. cite its sentence first, with every other article that states the same fact, then the rest.
 */
import type { Fact, QuoteFact } from '../facts/types.ts';
import type { SearchHit } from '../search/types.ts';
import { contentWords, isWordPresent, questionSupport, topicSupport, topicWords, type TopicWords } from './evidence.ts';
import type { Library } from './library.ts';
import { factTypeOf, rankFacts, type FactCandidate, type RankedSentence } from './pickFact.ts';
import { findPlace } from './place.ts';
import { analyzeQuestion, type QuestionAnalysis } from './question.ts';
import { speakerMatch } from './speakers.ts';
import type { Answer, AnswerOptions, Citation } from './types.ts';

/** Options of `composeAnswer`, with their defaults. */
export const defaultAnswerOptions = {
  /** Citations returned. */
  top: 3,
  /** Search hits considered. */
  searchLimit: 30,
  /** Sentences whose facts compete for the answer. */
  factSentences: 8,
  /**
   * A figure from another article, for the same topic, scoring at least this share of the best
   * one's score, is shown beside it as a disagreement.
   */
  disagreementScore: 0.85,
  /** Supported sentences whose next sentence joins the candidates when search did not rank it. */
  followedSentences: 5,
  /** Relevance of such a next sentence, relative to the one before it. */
  followingRelevance: 0.6,
  /** Search coverage (IDF-weighted share of the query in the passage) that vouches for a paraphrase. */
  vouchingCoverage: 0.75,
  /** Relevance (relative to the best supported sentence) a sentence needs for its facts to compete. */
  minFactRelevance: 0.7,
  /** A speaker named at least this well (see `speakerMatch`) owns the question's quote. */
  minSpeakerMatch: 0.8,
} as const;

/**
 * Endings of spoken Korean verbs (구어체 어미): "짓는대", "열려", "했어". Only endings a noun
 * rarely has: "사우나" ends in 나 and is a noun.
 */
const SPOKEN_VERB_ENDING = /[가-힣](는대|했대|한대|된대|였대|았대|었대|했어|했나|했냐|했니|나요|어요|아요|해요|대요|네요|지요|까요|려|돼)$/u;

/** A question of at most this many content words is a keyword query ("랩허브 완공 시기"). */
const SHORT_QUESTION_WORDS = 3;

/** Most citations anyone may ask for. */
export const MAX_TOP = 10;

/**
 * Share of topic words a sentence's neighbourhood must hold. Short topics must be held whole:
 * "랩허브 직원 수" must not be answered from a sentence about 랩허브 alone.
 */
function requiredSupport(q: QuestionAnalysis, wordCount: number): number {
  return q.form === 'keywords' && wordCount <= SHORT_QUESTION_WORDS ? 1 : 0.6;
}

export function composeAnswer(library: Library, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.min(MAX_TOP, Math.max(1, Math.floor(options.top ?? defaultAnswerOptions.top)));
  const analyzed = analyzeQuestion(question);
  if (!analyzed.ok) {
    return emptyAnswer(question, 'open', analyzed.error);
  }
  const q = analyzed.value;
  const all = rankSentences(library, q);
  const ranked = all.filter((sentence) => sentence.supported);

  if (q.intent === 'quote') {
    const quoted = answerQuote(library, q, ranked, all, top);
    if (quoted) return quoted;
  }
  if (ranked.length === 0) return emptyAnswer(q.question, q.intent, null);

  const type = factTypeOf(q.intent);
  if (type !== null) {
    // Only sentences about as relevant as the best one compete: a fact in a weaker sentence is
    // more often a different fact of the same type.
    const contenders = ranked
      .slice(0, defaultAnswerOptions.factSentences)
      .filter((sentence) => sentence.relevance >= defaultAnswerOptions.minFactRelevance * (ranked[0]?.relevance ?? 0));
    // When none of them holds one, every supported sentence may.
    const weightOf = (piece: string) => library.pieceWeight(piece);
    const candidates = rankFacts(contenders, type, q, weightOf);
    if (candidates.length === 0) {
      candidates.push(...rankFacts(ranked.slice(0, defaultAnswerOptions.factSentences), type, q, weightOf));
    }
    const best = candidates[0];
    if (best) {
      // Other articles are read in full for the same figure (cited together) and for a different
      // figure given just as squarely for the same topic (shown beside it: the articles disagree).
      const others = rankFacts(ranked, type, q, weightOf).filter(
        (candidate) => candidate.fact.articleId !== best.fact.articleId,
      );
      const agreeing = firstPerArticle(others.filter((candidate) => sameValue(candidate.fact, best.fact)));
      const disagreeing = firstPerArticle(
        others.filter(
          (candidate) =>
            !sameValue(candidate.fact, best.fact) &&
            candidate.sentence.ownSupport >= best.sentence.ownSupport &&
            candidate.sentence.ownSupport === 1 &&
            candidate.score >= defaultAnswerOptions.disagreementScore * best.score,
        ),
      ).filter((candidate) => !agreeing.some((agree) => agree.fact.articleId === candidate.fact.articleId));
      const primary = [best, ...agreeing, ...disagreeing].map((candidate) => candidate.sentence);
      const facts = [best, ...agreeing, ...disagreeing].map((candidate) => candidate.fact);
      const answer = [best, ...disagreeing].map((candidate) => candidate.fact.text).join(' / ');
      return found(library, q, { answer, facts, primary }, all, top);
    }
    const counted = q.intent === 'count' && q.counter !== null ? findCounted(contenders, q.counter) : null;
    if (counted) {
      const { text, sentence } = counted;
      return found(library, q, { answer: text, facts: sentence.facts, primary: [sentence] }, all, top);
    }
    // A short question whose topic the articles speak of, but with no figure of the kind asked
    // ("정상회담 날짜" when no date is given): say so rather than cite a sentence that does not
    // answer. A long question may word its figure in ways the extractor does not read, and people
    // are named in too many ways to be sure: those fall through to the best sentence.
    const keywordQuestion = contentWords(q.topic).length <= SHORT_QUESTION_WORDS;
    if (type !== 'person' && keywordQuestion) return emptyAnswer(q.question, q.intent, null);
  }

  if (q.intent === 'place') {
    // Only the best two sentences: a place further down is where something else happened.
    for (const sentence of ranked.slice(0, 2)) {
      const place = findPlace(sentence.text, q.topic);
      if (place) {
        return found(library, q, { answer: place.text, facts: sentence.facts, primary: [sentence] }, all, top);
      }
    }
  }

  // An open question (or a fact the extractor did not read): the best sentence is the answer.
  const [first] = ranked;
  if (!first) return emptyAnswer(q.question, q.intent, null);
  return found(library, q, { answer: first.text, facts: first.facts, primary: [first] }, all, top);
}

/**
 * The search hits for a question, in search order, those whose paragraph holds the topic marked
 * `supported`. Only supported sentences may answer; the others may still be cited after them.
 */
export function rankSentences(library: Library, q: QuestionAnalysis): RankedSentence[] {
  // The whole question goes to search: its cue words ("예산") steer the search's own answer-type
  // preference; the topic alone decides whether a sentence is about the question.
  const hits: SearchHit[] = library.index.search(q.question, { limit: defaultAnswerOptions.searchLimit });
  const topic = knownTopic(library, topicWords(q.topic, {
    focus: q.focus,
    predicates: q.predicates,
    aliasesOf: (phrase) => library.aliasesOf(phrase),
  }));
  if (topic === null) return [];
  const needed = requiredSupport(q, topic.words.length);
  // In a long question, search's own IDF-weighted coverage vouches for a paraphrase ("죽은 해" /
  // "사망") when most of the question's weight is in the passage and half its words are there.
  // A keyword query gets no such leeway: each of its few words is the point.
  const vouchable = q.form === 'sentence' || contentWords(q.topic).length > SHORT_QUESTION_WORDS;
  const topScore = hits[0]?.score || 1;
  const ranked = hits.map((hit): RankedSentence => {
    const { articleId, index, text } = hit.sentence;
    const support = questionSupport(topic, library.paragraphOf(articleId, index));
    return {
      articleId,
      sentenceIndex: index,
      text,
      relevance: hit.score / topScore,
      ownSupport: questionSupport(topic, text),
      supported: support >= needed || (vouchable && hit.coverage >= defaultAnswerOptions.vouchingCoverage && support >= 0.5),
      facts: library.factsOf(articleId, index),
    };
  });
  return [...ranked, ...followingSentences(library, topic, ranked)];
}

/**
 * The sentence after each of the best supported ones, when search did not rank it: news often
 * names the topic in one sentence and gives the figure in the next ("현지 우수 기업을 소개하는
 * 시간을 가졌다." / "… 총 3개 기업이 각 10분간 발표를 진행했다.").
 */
function followingSentences(
  library: Library,
  topic: TopicWords,
  ranked: readonly RankedSentence[],
): RankedSentence[] {
  const seen = new Set(ranked.map((sentence) => `${sentence.articleId}\u0000${sentence.sentenceIndex}`));
  const following: RankedSentence[] = [];
  for (const sentence of ranked.filter((candidate) => candidate.supported).slice(0, defaultAnswerOptions.followedSentences)) {
    const next = library.sentence(sentence.articleId, sentence.sentenceIndex + 1);
    const key = `${sentence.articleId}\u0000${sentence.sentenceIndex + 1}`;
    if (!next || seen.has(key)) continue;
    seen.add(key);
    following.push({
      articleId: next.articleId,
      sentenceIndex: next.index,
      text: next.text,
      relevance: sentence.relevance * defaultAnswerOptions.followingRelevance,
      ownSupport: questionSupport(topic, next.text),
      supported: true,
      facts: library.factsOf(next.articleId, next.index),
    });
  }
  return following;
}

/**
 * The topic without the words the corpus never uses, or null when those words mean the articles
 * do not speak of the question ("중기부 장관 연봉"). Unknown Latin words are dropped, not held
 * against the question: "When did CIC start?" still asks about CIC.
 */
function knownTopic(library: Library, topic: TopicWords): TopicWords | null {
  const unknownAll = topic.words.filter((word) => !library.knowsWord(word));
  // An unknown word with a spoken verb ending ("짓는대", "열려") is the question's verb, not its
  // topic: it becomes optional.
  const verbs = unknownAll.filter((word) => SPOKEN_VERB_ENDING.test(word.text));
  const unknown = unknownAll.filter((word) => !verbs.includes(word));
  const unknownKorean = unknown.filter((word) => /[가-힣ㄱ-ㅎ]/u.test(word.text));
  // An unknown word is outweighed only by several known ones (a nickname like "마소" among four
  // other words), never in a short question ("윤 대통령 보스턴 방문 날씨").
  const outweighed = topic.words.length > SHORT_QUESTION_WORDS + 1 && unknownKorean.length <= topic.words.length / 4;
  if (unknownKorean.length > 0 && !outweighed) return null;
  const words = topic.words.filter((word) => !unknownAll.includes(word) || unknownKorean.includes(word));
  const optional = [...topic.optional, ...verbs];
  if (words.length === 0) return null;
  return { words, optional };
}

/** A quote question: the named speaker's statements, else quotes in the best sentences. */
function answerQuote(
  library: Library,
  q: QuestionAnalysis,
  ranked: readonly RankedSentence[],
  all: readonly RankedSentence[],
  top: number,
): Answer | null {
  const bySpeaker = library.quotes
    .map((quote) => ({ quote, match: speakerMatch(q.topic, quote) }))
    .filter(({ match }) => match >= defaultAnswerOptions.minSpeakerMatch);
  let chosen: QuoteFact[];
  if (bySpeaker.length > 0) {
    // Words of the topic that are not the speaker's name or title narrow the quotes down.
    const speakerText = (quote: QuoteFact) => `${quote.speaker ?? ''} ${quote.speakerTitle ?? ''}`;
    const first = bySpeaker[0]?.quote;
    // The cue itself narrows too: "윤 대통령이 강조한 것" prefers what he 강조했다.
    const extraWords = [...contentWords(q.topic), ...q.cues.filter((cue) => [...cue].length >= 2)].filter(
      (word) => !first || !isWordPresent(word, speakerText(first)),
    );
    const scored = bySpeaker.map(({ quote, match }) => ({
      quote,
      score: match + (extraWords.length > 0 ? topicSupport(extraWords, quote.sentence) : 0),
    }));
    const bestScore = Math.max(...scored.map(({ score }) => score));
    chosen = scored.filter(({ score }) => score >= bestScore - 1e-9).map(({ quote }) => quote);
  } else {
    // No speaker named: the quote in the best sentences whose own words hold the most of the topic.
    const words = contentWords(q.topic);
    // Only the best sentence's quotes qualify: a quote further down answers something else.
    const inRanked = ranked
      .slice(0, 1)
      .flatMap((sentence) => sentence.facts.filter((fact): fact is QuoteFact => fact.type === 'quote'))
      .map((quote, rank) => ({ quote, score: (words.length > 0 ? topicSupport(words, quote.value) : 0) - rank * 0.01 }))
      .sort((a, b) => b.score - a.score);
    chosen = inRanked.slice(0, 1).map(({ quote }) => quote);
  }
  const firstQuote = chosen[0];
  if (!firstQuote) return null;
  // One answer per sentence: the statement parts a speaker says in one sentence belong together.
  const sameSentence = chosen.filter(
    (quote) => quote.articleId === firstQuote.articleId && quote.sentenceIndex === firstQuote.sentenceIndex,
  );
  const words = sameSentence.map((quote) => `“${quote.value}”`).join(' … ');
  const speaker = firstQuote.speaker ? ` — ${firstQuote.speaker}${firstQuote.speakerTitle ? ` ${firstQuote.speakerTitle}` : ''}` : '';
  const primary: RankedSentence[] = dedupeSentences(
    chosen.map((quote) => ({
      articleId: quote.articleId,
      sentenceIndex: quote.sentenceIndex,
      text: quote.sentence,
      relevance: 1,
      ownSupport: 1,
      supported: true,
      facts: library.factsOf(quote.articleId, quote.sentenceIndex),
    })),
  );
  return found(library, q, { answer: `${words}${speaker}`, facts: chosen, primary }, all, top);
}

/**
 * The primary sentences first; then the best sentence of each other article that holds the
 * topic, then of each article that does not; then the rest, in search order. A reader sees every
 * article that speaks of the topic before a second sentence of one of them.
 */
function cite(
  library: Library,
  primary: readonly RankedSentence[],
  all: readonly RankedSentence[],
  top: number,
): Citation[] {
  const cited = new Set(primary.map((sentence) => sentence.articleId));
  const firstOfEachArticle = (sentences: readonly RankedSentence[]) =>
    sentences.filter((sentence) => {
      if (cited.has(sentence.articleId)) return false;
      cited.add(sentence.articleId);
      return true;
    });
  const supported = all.filter((sentence) => sentence.supported);
  const order = [
    ...primary,
    ...firstOfEachArticle(supported),
    ...firstOfEachArticle(all),
    ...supported,
    ...all,
  ];
  const citations: Citation[] = [];
  for (const sentence of dedupeSentences(order)) {
    if (citations.length >= top) break;
    const citation = library.cite(sentence.articleId, sentence.sentenceIndex, sentence.relevance);
    if (citation) citations.push(citation);
  }
  return citations;
}

function dedupeSentences(sentences: readonly RankedSentence[]): RankedSentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = `${sentence.articleId}\u0000${sentence.sentenceIndex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A number with the question's own counter ("몇 층" → "31층"), for counters the fact extractor
 * does not list.
 */
function findCounted(
  sentences: readonly RankedSentence[],
  counter: string,
): { text: string; sentence: RankedSentence } | null {
  const pattern = new RegExp(`(약\\s*)?\\d[\\d,.]*\\s*(여\\s*)?${counter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u');
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (match) return { text: match[0], sentence };
  }
  return null;
}

/** The best candidate of each article, in order. */
function firstPerArticle(candidates: readonly FactCandidate[]): FactCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    if (seen.has(candidate.fact.articleId)) return false;
    seen.add(candidate.fact.articleId);
    return true;
  });
}

/**
 * Whether two facts state the same thing. A partial date agrees with a full one it fits: "28일" in
 * an undated article ("---28") and "4월 28일" ("2023-04-28").
 */
function sameValue(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') return datesAgree(a.value, b.value);
  return a.type === b.type && a.value === b.value && a.unit === b.unit;
}

function datesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const parts = (value: string) => value.replace(/^-+/u, (dashes) => (dashes.length >= 3 ? '?-?-' : '?-')).split('-');
  const [x, y] = [parts(a), parts(b)];
  if (x.length !== y.length) return false;
  return x.every((part, i) => part === '?' || y[i] === '?' || part === y[i]);
}

/** What an answer rests on: its short text, its facts and the sentences to cite first. */
type Finding = { answer: string; facts: readonly Fact[]; primary: readonly RankedSentence[] };

function found(
  library: Library,
  q: QuestionAnalysis,
  finding: Finding,
  all: readonly RankedSentence[],
  top: number,
): Answer {
  return {
    query: q.question,
    found: true,
    answer: finding.answer,
    intent: q.intent,
    facts: [...finding.facts],
    citations: cite(library, finding.primary, all, top),
    problem: null,
  };
}

function emptyAnswer(query: string, intent: Answer['intent'], problem: Answer['problem']): Answer {
  return { query, found: false, answer: null, intent, facts: [], citations: [], problem };
}
