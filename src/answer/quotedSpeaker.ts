/**
 * 누가 그랬어 (who said the words quoted): "'입산할 때 화기 절대 소지하지 말아 달라'고 한 사람
 * 누구야?" — the question quotes (or paraphrases) someone's words; the answer is the speaker of the
 * article's quote that holds most of them ("윤태경 산림청장"), as the quote extractor read it.
 */
import type { QuoteFact } from '../facts/types.ts';
import { syllablePieces } from '../korean/pieces.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import { sureSentence, type Finding, type RankedSentence } from './sentences.ts';

/** The words the question quotes: between quote marks, four characters at least. */
const QUOTED = /[‘'“"「]([^‘’'“”"「」]{4,200})[’'”"」]/u;

/** The question asks who said them. */
const ASKS_SPEAKER = /누구|누가|어떤 사람|어느 사람/u;

/** Share of the quoted words' syllable pairs a quote must hold. */
const MIN_SHARE = 0.6;

/** The speaker of the quote the question's quoted words come from, or null. */
export function answerQuotedSpeaker(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_SPEAKER.test(q.question)) return null;
  const quoted = QUOTED.exec(q.question)?.[1];
  if (!quoted) return null;
  const pieces = [...new Set(syllablePieces(quoted))];
  if (pieces.length < 3) return null;
  const best = library.quoteTexts.best(pieces, MIN_SHARE);
  if (!best?.quote.speaker) return null;
  const { quote } = best;
  const speaker = quote.speaker ?? '';
  const answer = quote.speakerTitle ? `${speaker} ${quote.speakerTitle}` : speaker;
  const sentence =
    ranked.find((candidate) => candidate.articleId === quote.articleId && candidate.sentenceIndex === quote.sentenceIndex) ?? asRanked(library, quote);
  if (!sentence) return null;
  return { answer, facts: [quote], primary: [sentence], structural: true };
}

function asRanked(library: Library, quote: QuoteFact): RankedSentence | null {
  const sentence = library.sentence(quote.articleId, quote.sentenceIndex);
  if (!sentence) return null;
  return sureSentence(library, quote.articleId, quote.sentenceIndex, sentence.text);
}
