/**
 * Spans: where a fact was read (article, sentence, offsets) and its exact text.
 */
import type { Sentence } from '../corpus/types.ts';
import type { FactSpan } from './types.ts';

export type { FactSpan } from './types.ts';

/** The span `[start, end)` of a sentence, with `text === sentence.text.slice(start, end)`. */
export function spanOf(sentence: Sentence, start: number, end: number): FactSpan {
  return {
    text: sentence.text.slice(start, end),
    articleId: sentence.articleId,
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    start,
    end,
  };
}

/** The span of a regex match, trimmed of surrounding whitespace. */
export function spanOfMatch(sentence: Sentence, match: RegExpExecArray): FactSpan {
  let start = match.index;
  let end = match.index + match[0].length;
  while (start < end && /\s/.test(sentence.text[start] ?? '')) start++;
  while (end > start && /\s/.test(sentence.text[end - 1] ?? '')) end--;
  return spanOf(sentence, start, end);
}
