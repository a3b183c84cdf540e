/**
 * The fitted span scorer: a linear score per candidate, a softmax over a question's candidates,
 * and a calibration that turns the winner's probability into a confidence (0–1) — of the answers
 * given at confidence ≥ 0.8 on held-out questions, about 80% or more were exactly right.
 *
 * The numbers live in `weights.json`, written by `npm run train` (scripts/train.ts); features are
 * matched by name, so a weights file from before a feature was added still loads (the new one
 * weighs 0).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FEATURE_COUNT, FEATURE_NAMES } from './features.ts';

export const WeightsFile = z.object({
  /** How the numbers were fitted (data, split, figures): documentation only. */
  about: z.record(z.string(), z.unknown()).optional(),
  weights: z.record(z.string(), z.number()),
  /**
   * confidence = sigmoid(a · logit(p) + b · overlap + c + d · agrees + e · elsewhere), p the
   * winner's softmax probability, agrees 1 when a rule of the answer stage chose the same span,
   * elsewhere 1 when the span's article is not the one search ranks first (such spans were right
   * far less often than their probability said).
   */
  calibration: z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number().default(0), e: z.number().default(0) }),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

export class SpanModel {
  readonly vector: Float64Array;
  constructor(readonly file: WeightsFile) {
    this.vector = new Float64Array(FEATURE_COUNT);
    FEATURE_NAMES.forEach((name, i) => {
      this.vector[i] = file.weights[name] ?? 0;
    });
  }

  score(features: Float64Array): number {
    let sum = 0;
    for (let i = 0; i < FEATURE_COUNT; i++) sum += (this.vector[i] ?? 0) * (features[i] ?? 0);
    return sum;
  }

  /** Calibrated confidence that the winning candidate is exactly right. */
  confidence(probability: number, overlap: number, ruleAgrees = false, elsewhere = false): number {
    const { a, b, c, d, e } = this.file.calibration;
    const p = Math.min(1 - 1e-6, Math.max(1e-6, probability));
    return sigmoid(a * Math.log(p / (1 - p)) + b * overlap + c + (ruleAgrees ? d : 0) + (elsewhere ? e : 0));
  }
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Softmax of a question's candidate scores (shifted by their maximum, so no exp overflows). */
export function softmax(scores: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] ?? -Infinity);
  const probabilities = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    probabilities[i] = Math.exp((scores[i] ?? 0) - max);
    sum += probabilities[i] ?? 0;
  }
  for (let i = 0; i < probabilities.length; i++) probabilities[i] = (probabilities[i] ?? 0) / sum;
  return probabilities;
}

let defaultModel: SpanModel | null = null;
let ruleModel: SpanModel | null = null;

function load(file: string): SpanModel {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  return new SpanModel(WeightsFile.parse(raw));
}

/** The committed model (src/answer/span/weights.json), loaded once. */
export function spanModel(): SpanModel {
  defaultModel ??= load('./weights.json');
  return defaultModel;
}

/**
 * The scorer the answer stage's rules were tuned with (src/answer/span/ruleWeights.json: the
 * weights before the refit with sentence context and structure, no feature of the refit weighed).
 * When a rule picked a span (a figure, a place, a titled person), whether that span stands against
 * the scorer's winner, and whether a slot reader's span is read, were set on the seed sets with its
 * confidences; the refit scorer is surer of other spans far more often, and there it turned right
 * rule answers into "not in the articles". So a question a rule answers is scored by it.
 */
export function ruleSpanModel(): SpanModel {
  ruleModel ??= load('./ruleWeights.json');
  return ruleModel;
}
