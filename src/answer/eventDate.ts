/**
 * 사건의 날짜 (the date of the event asked): "A씨는 지난 7월 … 현지에서 붙잡혀 9월 국내로 송환됐다"
 * asked "언제 국내로 송환됐나" is answered 9월: a date is told of what the sentence says after it,
 * up to the next date. The question's event word (송환, 양산, 신청) that the words after only one of
 * the sentence's dates hold names that date.
 */
import type { Fact } from '../facts/types.ts';
import { isInterrogative } from '../korean/josa.ts';

/** Words of a question that ask or point rather than name its event. */
const NOT_AN_EVENT = /^(?:언제|언제부터|언제까지|며칠|몇|이번|지난|오는|올해|내년|지난해|작년|당시|이날|처음|다음)/u;

/**
 * The leading two syllables of the question's event words — the word right before 언제/며칠 and the
 * words after it ("양산 언제부터래" → 양산, "언제 국내로 송환됐나" → 국내, 송환): the event as the
 * article may inflect it.
 */
function eventStems(words: readonly string[]): string[] {
  const at = words.findIndex((word) => /^(?:언제|며칠)/u.test(word));
  if (at < 0) return [];
  const around = [words[at - 1], ...words.slice(at + 1)].filter((word): word is string => word !== undefined);
  return [...new Set(around.filter((word) => /^[가-힣]{2,}/u.test(word) && !NOT_AN_EVENT.test(word) && !isInterrogative(word)).map((word) => word.slice(0, 2)))];
}

/**
 * The date of a sentence told of the question's event: the one date the words after which (up to
 * the next date) hold an event word of the question no other date's words hold; null when none or
 * more than one date is so named, or the sentence has fewer than two dates.
 */
export function eventDateIn(text: string, facts: readonly Fact[], questionWords: readonly string[]): Fact | null {
  const dates = facts.filter((fact) => fact.type === 'date').sort((a, b) => a.start - b.start);
  if (dates.length < 2) return null;
  const stems = eventStems(questionWords);
  if (stems.length === 0) return null;
  const after = dates.map((date, i) => text.slice(date.end, dates[i + 1]?.start ?? text.length).replace(/\s+/gu, ''));
  const named = new Set<Fact>();
  for (const stem of stems) {
    const holding = dates.filter((_, i) => (after[i] ?? '').includes(stem));
    if (holding.length === 1 && holding[0]) named.add(holding[0]);
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
