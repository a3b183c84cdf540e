/**
 * The corpus's quotes that name a speaker, as their words without spaces, for readers that match a
 * question's quoted words against every quote ("'…'고 한 사람 누구야?"). The words come with the quote
 * references (`QuoteRef.value`), so the scan reads no article: profiled at 50× KorQuAD, reading every
 * article to resolve its quotes cost 0.5–1.2 s on the first such question.
 */
import { resolveQuote, type FactSource, type QuoteRef } from '../facts/source.ts';
import type { QuoteFact } from '../facts/types.ts';
import { withoutSpaces } from '../korean/normalize.ts';

export class QuoteTexts {
  /** Each distinct text once, in corpus order of its first quote, with that quote. */
  private readonly texts: string[] = [];
  private readonly refs: QuoteRef[] = [];
  /** Every quote's words without spaces (speaker named or not), beside `allRefs`. */
  private readonly allTexts: string[];

  constructor(
    private readonly allRefs: readonly QuoteRef[],
    private readonly facts: FactSource,
  ) {
    // Lower-cased as the question's pieces are (`syllablePieces`), so Latin words match either way.
    this.allTexts = allRefs.map((ref) => withoutSpaces(ref.value, { lower: true }));
    const seen = new Set<string>();
    allRefs.forEach((ref, i) => {
      if (!ref.speaker) return;
      const text = this.allTexts[i] ?? '';
      if (seen.has(text)) return;
      seen.add(text);
      this.texts.push(text);
      this.refs.push(ref);
    });
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

  /**
   * The first quote (in corpus order) holding `term`, when every quote holding it — speaker named or
   * not — is that one speaker's; null otherwise ("'윈윈' 될 거라고 한 사람": a term two people used
   * names no one).
   */
  soleSpeakerHolding(term: string): QuoteFact | null {
    const wanted = term.toLowerCase();
    let first: QuoteRef | undefined;
    for (let i = 0; i < this.allRefs.length; i++) {
      if (!(this.allTexts[i] ?? '').includes(wanted)) continue;
      const ref = this.allRefs[i];
      if (!ref) continue;
      if (!first) first = ref;
      else if (ref.speaker !== first.speaker) return null;
    }
    if (!first?.speaker) return null;
    return resolveQuote(this.facts, first) ?? null;
  }
}
