/**
 * "Who asked the experts to share …?", "Who said that …?": the speaker of the quote that says it
 * (발언자 질문). The quote is found by the question's words (most of them inside the quote marks,
 * in one of the best-matching sentences); its speaker is the quote extractor's, who may be named in
 * an earlier sentence ("그러면서 “…”고 했다").
 */
import type { QuoteFact } from '../../facts/types.ts';
import { normalize, withoutSpaces } from '../../korean/normalize.ts';
import type { Library } from '../library.ts';
import { answerFromSentence } from '../sentenceAnswer.ts';
import type { Answer } from '../types.ts';

/** "Who said / asked / urged / told …": the question asks who spoke. */
export const SPEAKER_QUESTION =
  /^\s*(?:who|(?:which|what)\s+(?:[\w-]+\s+){0,4}?(?:official|officer|member|lawmaker|legislator|councilor|councillor|executive|expert|analyst|researcher|professor|economist|spokes(?:man|woman|person)|director|minister|mayor|governor|candidate|lawyer|doctor|fellow|leader|activist|representative|head|chief|person))\s+(?:said|says|asked|asks|urged|urges|told|tells|stressed|stresses|emphasi[sz]ed|called for|noted|added|remarked|pledged|promised|vowed|requested|suggested|described|called|warned|warns|explained|argued|claimed|insisted|predicted|pointed out)\b/iu;

/** Best-matching sentences whose quotes are read. */
const SENTENCES_READ = 3;
/** Share of the question's words a quote must hold to be the one asked about. */
const MIN_COVERAGE = 0.6;
/** Fewest question words for a quote to be told from others by them. */
const MIN_WORDS = 3;
/** Confidence given the speaker read this way: fixed (the quote extractor names the speaker). */
const SPEAKER_CONFIDENCE = 0.8;

const squashed = (text: string): string => withoutSpaces(normalize(text), { lower: true });

/**
 * @name answerSpeaker
 * @description
 * 말한 내용으로 말한 사람을 묻는 영어 질문에, 그 내용을 담은 인용문의 발언자로 답한다. 못 찾으면 null.
 * @param words the translated question's content words (Korean, as the articles write them)
 */
export async function answerSpeaker(library: Library, words: readonly string[], question: string, top: number): Promise<Answer | null> {
  const keys = words.map(squashed).filter((word) => word.length >= 2);
  if (keys.length < MIN_WORDS) return null;
  const hits = await library.retriever.search(words.join(' '), { limit: SENTENCES_READ });
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    const quotes = library.factsOf(articleId, index).filter((fact): fact is QuoteFact => fact.type === 'quote' && fact.speaker !== null);
    for (const quote of quotes) {
      const said = squashed(quote.text);
      const held = keys.filter((key) => said.includes(key)).length;
      if (held / keys.length < MIN_COVERAGE) continue;
      const speaker = [quote.speaker, quote.speakerTitle].filter((part) => part).join(' ');
      return answerFromSentence(
        library,
        { articleId, sentenceIndex: index, text, answer: speaker, confidence: SPEAKER_CONFIDENCE, intent: 'person', facts: [quote] },
        question,
        top,
      );
    }
  }
  return null;
}
