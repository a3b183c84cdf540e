/**
 * 확신도 보정: what an answer's `confidence` means, whichever reader gave it.
 *
 * The span readers give confidences on different scales: the show gate's logistic output, the
 * scorer's calibrated softmax when a rule agrees with it, a fixed number for a structural reading
 * (an apposition, a person's organization). Shown side by side they must mean the same thing — of
 * the spans shown at confidence ≥ 0.8, about 80% or more exactly right. So each basis has its own
 * monotone map (isotonic regression, pool-adjacent-violators) from its raw confidence to the share
 * exactly right, fitted by `npm run train:calibration` (scripts/train-calibration.ts) on the KorQuAD
 * train half and checked on the validation half. Only the reported number changes: which answer is
 * shown, and whether as a span, is decided before (./answerSpan.ts).
 *
 * The numbers live in `calibration.json`; a basis without a map (too few spans to fit, as quotes on
 * KorQuAD) keeps its raw confidence.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Which reader's scale a span's raw confidence is on. */
export const CONFIDENCE_BASES = ['gate', 'scorer', 'structural', 'alias', 'quote', 'byline'] as const;
export type ConfidenceBasis = (typeof CONFIDENCE_BASES)[number];

export const CalibrationFile = z.object({
  /** How the maps were fitted (data, split, figures): documentation only. */
  about: z.record(z.string(), z.unknown()).optional(),
  /** Per basis: knots [raw, calibrated], raw ascending, calibrated non-decreasing; linear between, flat outside. */
  maps: z.record(z.string(), z.array(z.tuple([z.number(), z.number()])).min(1)),
});
export type CalibrationFile = z.infer<typeof CalibrationFile>;

export class Calibration {
  constructor(readonly file: CalibrationFile) {}

  /** The raw confidence of a span read on `basis`, as the share of such spans exactly right. */
  apply(basis: ConfidenceBasis, raw: number): number {
    const knots = this.file.maps[basis];
    if (!knots || knots.length === 0) return raw;
    const [first] = knots;
    const last = knots[knots.length - 1];
    if (!first || !last) return raw;
    if (raw <= first[0]) return first[1];
    if (raw >= last[0]) return last[1];
    for (let i = 1; i < knots.length; i++) {
      const [x1, y1] = knots[i] ?? last;
      const [x0, y0] = knots[i - 1] ?? first;
      if (raw <= x1) return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
    }
    return last[1];
  }
}

/**
 * Isotonic regression of labels (0/1) on raw confidences (pool adjacent violators), as knots at
 * each pooled block's mean raw confidence. Blocks hold at least `minBlock` spans, so a knot is not
 * one span's luck.
 */
export function fitIsotonic(points: readonly { raw: number; right: number }[], minBlock = 20): [number, number][] {
  const sorted = [...points].sort((a, b) => a.raw - b.raw);
  type Block = { sumRaw: number; sumRight: number; n: number };
  const blocks: Block[] = [];
  for (const point of sorted) {
    blocks.push({ sumRaw: point.raw, sumRight: point.right, n: 1 });
    for (;;) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (!a || !b) break;
      // Pool while the order is violated or the lower block is too small to stand alone.
      if (a.sumRight / a.n >= b.sumRight / b.n || a.n < minBlock) {
        blocks.splice(blocks.length - 2, 2, { sumRaw: a.sumRaw + b.sumRaw, sumRight: a.sumRight + b.sumRight, n: a.n + b.n });
      } else break;
    }
  }
  // A last block too small: pooled into the one before.
  while (blocks.length >= 2 && (blocks[blocks.length - 1]?.n ?? 0) < minBlock) {
    const b = blocks.pop() as Block;
    const a = blocks.pop() as Block;
    blocks.push({ sumRaw: a.sumRaw + b.sumRaw, sumRight: a.sumRight + b.sumRight, n: a.n + b.n });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return blocks.map((block) => [round(block.sumRaw / block.n), round(block.sumRight / block.n)]);
}

let committed: Calibration | null = null;

/** The committed maps (src/answer/span/calibration.json), loaded once. */
export function calibration(): Calibration {
  if (committed === null) {
    const raw: unknown = JSON.parse(readFileSync(new URL('./calibration.json', import.meta.url), 'utf8'));
    committed = new Calibration(CalibrationFile.parse(raw));
  }
  return committed;
}

/** One span as shown, before its confidence is mapped (scripts/train-calibration.ts records them). */
export type ShownObservation = { basis: ConfidenceBasis; raw: number; text: string; kind: 'span' | 'sentence' };

const observers = new Set<(observation: ShownObservation) => void>();

/** Calls `listener` with every answer shown from now on; returns the function that stops it. */
export function observeShown(listener: (observation: ShownObservation) => void): () => void {
  observers.add(listener);
  return () => observers.delete(listener);
}

/** The reported confidence of a shown answer: a span's mapped, a sentence's as given; observers told. */
export function reportedConfidence(basis: ConfidenceBasis, raw: number, text: string, kind: 'span' | 'sentence'): number {
  for (const observer of observers) observer({ basis, raw, text, kind });
  if (kind !== 'span') return raw;
  return Math.round(calibration().apply(basis, raw) * 1000) / 1000;
}
