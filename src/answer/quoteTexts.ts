/**
 * The corpus's quotes that name a speaker, as their words without spaces, for readers that match a
 * question's quoted words against every quote ("'…'고 한 사람 누구야?"). The words come with the quote
 * references (`QuoteRef.value`), so the scan reads no article: profiled at 50× KorQuAD, reading every
 * article to resolve its quotes cost 0.5–1.2 s on the first such question.
 */
import { resolveQuote, type FactSource, type QuoteRef } from '../facts/source.ts';
import type { QuoteFact } from '../facts/types.ts';

export class QuoteTexts {
  /** Each distinct text once, in corpus order of its first quote, with that quote. */
  private readonly texts: string[] = [];
  private readonly refs: QuoteRef[] = [];

  constructor(
    refs: readonly QuoteRef[],
    private readonly facts: FactSource,
  ) {
    const seen = new Set<string>();
    for (const ref of refs) {
      if (!ref.speaker) continue;
      const text = ref.value.replace(/\s+/gu, '');
      if (seen.has(text)) continue;
      seen.add(text);
      this.texts.push(text);
      this.refs.push(ref);
    }
  }

  /**
   * The first quote (in corpus order) holding the largest share, at least `min`, of `pieces`, with
   * that share; null when none holds `min`. A later quote with the same text holds the same share,
   * so listing each text once changes nothing.
   */
  best(pieces: readonly string[], min: number): { quote: QuoteFact; share: number } | null {
    let best: { at: number; share: number } | null = null;
    for (let i = 0; i < this.texts.length; i++) {
      const text = this.texts[i] ?? '';
      let held = 0;
      for (const piece of pieces) if (text.includes(piece)) held++;
      const share = held / pieces.length;
      if (share >= min && (!best || share > best.share)) best = { at: i, share };
    }
    const ref = best ? this.refs[best.at] : undefined;
    const quote = ref ? resolveQuote(this.facts, ref) : undefined;
    return best && quote ? { quote, share: best.share } : null;
  }
}
