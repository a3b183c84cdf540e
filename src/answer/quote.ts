/**
 * 인용 (quote) answers: the named speaker's statements, else the quote in the best sentence.
 */
import type { QuoteFact } from '../facts/types.ts';
import { readTitle } from '../facts/titles.ts';
import { dedupeSentences } from './cite.ts';
import { contentWords, isWordPresent, topicSupport } from './evidence.ts';
import type { Library } from './library.ts';
import { defaultAnswerOptions } from './options.ts';
import type { QuestionAnalysis } from './question.ts';
import { sureSentence, type Finding, type RankedSentence } from './finding.ts';

/** A quote question: the named speaker's statements, else quotes in the best sentences. */
export function answerQuote(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const bySpeaker = library.speakerIndex.matching(q.topic, defaultAnswerOptions.minSpeakerMatch);
  let chosen: QuoteFact[];
  if (bySpeaker.length > 0) {
    // Words of the topic that are not the speaker's name or title narrow the quotes down.
    const speakerText = (quote: QuoteFact) => `${quote.speaker ?? ''} ${quote.speakerTitle ?? ''}`;
    const first = bySpeaker[0]?.quote;
    const besideSpeaker = (word: string) => !first || !isWordPresent(word, speakerText(first));
    // "나경원의 비서가 … 발언한 전 대통령": topic words beside the speaker's name that no article of
    // their quotes holds ask about something else; another of their quotes would be a wrong answer.
    const aboutWords = contentWords(q.topic).filter(besideSpeaker);
    const articleSpeaksOf = (articleId: string) =>
      (library.article(articleId)?.paragraphs ?? []).some((paragraph) => aboutWords.some((word) => isWordPresent(word, paragraph)));
    if (aboutWords.length > 0 && !bySpeaker.some(({ quote }) => articleSpeaksOf(quote.articleId))) return null;
    // The cue itself narrows too: "윤 대통령이 강조한 것" prefers what he 강조했다.
    const extraWords = [...aboutWords, ...q.cues.filter((cue) => [...cue].length >= 2 && besideSpeaker(cue))];
    const scored = bySpeaker.map(({ quote, match }) => ({
      quote,
      score: match + (extraWords.length > 0 ? topicSupport(extraWords, quote.sentence) : 0),
    }));
    const bestScore = Math.max(...scored.map(({ score }) => score));
    chosen = scored.filter(({ score }) => score >= bestScore - 1e-9).map(({ quote }) => quote);
  } else if (byTitle(q, ranked).length > 0) {
    // "장관이 여객선을 뭐에 비유했어": a speaker asked by title alone, one person's quotes in the best sentences.
    const words = contentWords(q.topic);
    chosen = byTitle(q, ranked)
      .map((quote, rank) => ({ quote, score: (words.length > 0 ? topicSupport(words, quote.value) : 0) - rank * 0.01 }))
      .sort((a, b) => b.score - a.score)
      .map(({ quote }) => quote);
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
    chosen.map((quote) => sureSentence(library, quote.articleId, quote.sentenceIndex, quote.sentence)),
  );
  return { answer: `${words}${speaker}`, facts: chosen, primary, quote: true };
}

/** Best sentences whose quotes a speaker asked by title alone may have said. */
const TITLE_SENTENCES = 3;

/**
 * The quotes, among the best sentences, of the one speaker holding the title the question names
 * ("장관이 … 뭐라고"); none when it names no title or two people hold it there.
 */
function byTitle(q: QuestionAnalysis, ranked: readonly RankedSentence[]): QuoteFact[] {
  const titles = q.topic.split(/\s+/u).flatMap((word) => readTitle(word)?.title ?? []);
  if (titles.length === 0) return [];
  const quotes = ranked
    .slice(0, TITLE_SENTENCES)
    .flatMap((sentence) => sentence.facts.filter((fact): fact is QuoteFact => fact.type === 'quote' && fact.speaker !== null))
    .filter((quote) => titles.some((title) => `${quote.speaker ?? ''} ${quote.speakerTitle ?? ''}`.trim().endsWith(title)));
  const speakers = new Set(quotes.map((quote) => quote.speaker));
  return speakers.size === 1 ? quotes : [];
}
