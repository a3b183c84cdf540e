/**
 * The corpus's quotes grouped by who said them, so that naming a speaker costs one name match per
 * distinct speaker instead of one per quote, and only the matching quotes are read. Profiled at
 * 50× KorQuAD, matching every quote's speaker (jamo edit distances) was half the time of all
 * answers.
 */
import type { FactSource, QuoteRef } from '../facts/source.ts';
import { resolveQuote } from '../facts/source.ts';
import type { QuoteFact } from '../facts/types.ts';
import { matchName, nameForm, nameQuery, shortReferenceOf, type NameForm } from './speakers.ts';

export type SpeakerMatch = { quote: QuoteFact; match: number };

export class SpeakerIndex {
  /** Quotes of one speaker name and title, by their position in the corpus's quote list. */
  private readonly groups = new Map<string, { speaker: string; title: string | null; at: number[]; form?: NameForm }>();

  constructor(
    private readonly refs: readonly QuoteRef[],
    private readonly facts: FactSource,
  ) {
    refs.forEach((ref, i) => {
      if (ref.speaker === null) return;
      const key = `${ref.speaker}\u0000${ref.speakerTitle ?? ''}`;
      const group = this.groups.get(key);
      if (group) group.at.push(i);
      else this.groups.set(key, { speaker: ref.speaker, title: ref.speakerTitle, at: [i] });
    });
  }

  /**
   * The quotes whose speaker the query names at least `min` well, in corpus order
   * (the same measure as `speakerMatch`).
   * @example
   * speakers.matching('조주현 차관 발언', 0.8) // [{ quote, match: 1 }, …]
   */
  matching(query: string, min: number): SpeakerMatch[] {
    const found: { at: number; match: number }[] = [];
    // The query's side of the match once, each speaker's once per index (not once per question).
    const prepared = nameQuery(query);
    for (const group of this.groups.values()) {
      group.form ??= nameForm(group.speaker);
      const match = Math.max(matchName(prepared, group.form), shortReferenceOf(prepared, group.speaker, group.title));
      if (match >= min) for (const i of group.at) found.push({ at: i, match });
    }
    return found
      .sort((a, b) => a.at - b.at)
      .flatMap(({ at, match }) => {
        const ref = this.refs[at];
        const quote = ref ? resolveQuote(this.facts, ref) : undefined;
        return quote ? [{ quote, match }] : [];
      });
  }

  /** How many quotes each speaker has. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { speaker, at } of this.groups.values()) {
      if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + at.length);
    }
    return counts;
  }
}
