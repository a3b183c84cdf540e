/**
 * Span selection (답 구간 선택): every candidate of the best sentences scored by the fitted model,
 * the winner returned with its calibrated confidence.
 */
import type { Fact } from '../../facts/types.ts';
import { sentenceCandidates, type SpanCandidate } from './candidates.ts';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  scoringQuestion,
  sentenceFeatures,
  sentenceForm,
  shapedFeatures,
  shapeMemo,
  shapeOf,
  SparseFeatures,
  viewSentence,
  type CandidateShape,
  type SentenceForm,
  type SentenceView,
  type SpanSentence,
} from './features.ts';
import { softmax, type SpanModel } from './model.ts';
import type { SpanQuestion } from './question.ts';
import { clashesWithAsked, KIND_CLASH_CONFIDENCE } from './kindClash.ts';
import { BoundedMap } from '../../boundedMap.ts';

const RULE_PICKED = FEATURE_NAMES.indexOf('rule:picked');

/** A candidate with its sentence and feature vector (what training and scoring share). */
export type ScoredCandidate = {
  candidate: SpanCandidate;
  view: SentenceView;
  features: Float64Array;
};

/** A candidate as ranking keeps it: its sentence, and whether the answer stage's rule chose it. */
export type RankedCandidate = {
  candidate: SpanCandidate;
  view: SentenceView;
  rulePicked: boolean;
};

export type SpanChoice = {
  candidate: SpanCandidate;
  sentence: SpanSentence;
  /** The softmax mass on the span's answer: every candidate holding it or held by it (see `sameAnswer`). */
  probability: number;
  /** Calibrated: how likely the span is exactly the answer (0–1). */
  confidence: number;
  /** IDF-weighted share of the question in the span's sentence. */
  overlap: number;
};

/** Everything the selection reads of the corpus. */
export type SpanContext = {
  factsOf: (articleId: string, sentenceIndex: number) => readonly Fact[];
  weightOf: (piece: string) => number;
  /** `weightOf` of the letter pair of two UTF-16 units, looked up without making its string, when the corpus can. */
  pairWeightOf?: (first: number, second: number) => number;
  /** A sentence's text by its article and index (the previous sentence is context), when known. */
  sentenceText?: (articleId: string, sentenceIndex: number) => string | undefined;
  /** An article's headline, when known. */
  titleOf?: (articleId: string) => string | undefined;
  /** Sentences' forms kept by their text, for this corpus (its weights: `weightOf`'s), when kept. */
  sentenceForms?: Map<string, SentenceForm>;
};

/**
 * Most sentences whose candidates are remembered (a popular sentence answers many questions); when
 * full the oldest quarter goes (`BoundedMap`), not all of them: a question reads ~2.7 new sentences
 * at 50× KorQuAD, and starting over made the next questions rebuild those the last ones read.
 */
const CANDIDATE_CACHE_LIMIT = 2048;

/**
 * A sentence's candidates, what their features read of them alone (see `CandidateShape`), and
 * their texts as answers are compared (`squash`).
 */
type SentenceCandidates = { candidates: SpanCandidate[]; shapes: CandidateShape[]; keys: string[] };
const candidateCache = new BoundedMap<string, SentenceCandidates>(CANDIDATE_CACHE_LIMIT);

/**
 * What the candidates read of a sentence's facts (type, span, text, a person's name). Two sentences
 * with the same text and facts alike in these (the same article in two places, a syndicated
 * story) have the same candidates and share them.
 */
function factsKey(facts: readonly Fact[]): string {
  let key = '';
  for (const fact of facts) key += `\u0001${fact.type}\u0002${fact.start}\u0002${fact.end}\u0002${fact.text}\u0002${fact.type === 'person' ? fact.name : ''}`;
  return key;
}

/** Forgets every remembered sentence (tests: answers must not depend on what is remembered). */
export function forgetCandidates(): void {
  candidateCache.clear();
}

/** Sentences answered from the candidate cache and made afresh (for tests and profiles). */
export const candidateCacheStats = { hits: 0, misses: 0, size: () => candidateCache.size, limit: CANDIDATE_CACHE_LIMIT };

/**
 * A sentence's candidates with their shapes, remembered by its text and facts (candidates are
 * read, never changed). A remembered candidate's `facts` may be another sentence's equal facts.
 */
function candidatesIn(sentence: SpanSentence, context: SpanContext): SentenceCandidates {
  const facts = context.factsOf(sentence.articleId, sentence.sentenceIndex);
  const key = facts.length === 0 ? sentence.text : `${sentence.text}${factsKey(facts)}`;
  const cached = candidateCache.get(key);
  if (cached) {
    candidateCacheStats.hits++;
    return cached;
  }
  candidateCacheStats.misses++;
  const candidates = sentenceCandidates(sentence.text, facts);
  const memo = shapeMemo();
  const shapes = candidates.map((candidate) => shapeOf(candidate, sentence.text, memo));
  // `squash` of a text of letters, digits and spaces only is its spaceless lower-cased form.
  const keys = candidates.map((candidate, i) => (shapes[i]?.plain ? shapes[i].spacelessLower : squash(candidate.text)));
  const made = { candidates, shapes, keys };
  candidateCache.set(key, made);
  return made;
}

/** A sentence's form (./features.ts `sentenceForm`), from the context's keep when it has one. */
function formOf(text: string, context: SpanContext): SentenceForm {
  const kept = context.sentenceForms?.get(text);
  if (kept) return kept;
  const form = sentenceForm(text, context.weightOf, context.pairWeightOf);
  context.sentenceForms?.set(text, form);
  return form;
}

/** Each sentence's view (where the question's words are in it), the best-overlapping ones marked. */
function viewsOf(sentences: readonly SpanSentence[], question: SpanQuestion, context: SpanContext): SentenceView[] {
  const views = sentences.map((sentence) =>
    viewSentence(
      sentence,
      question,
      context.weightOf,
      {
        previous: sentence.sentenceIndex > 0 ? context.sentenceText?.(sentence.articleId, sentence.sentenceIndex - 1) : undefined,
        title: context.titleOf?.(sentence.articleId),
      },
      formOf(sentence.text, context),
    ),
  );
  const bestOverlap = Math.max(0, ...views.map((view) => view.overlap));
  for (const view of views) view.best = view.overlap >= bestOverlap;
  return views;
}

/** The candidates of the given sentences, each with its own feature vector (for training). */
export function candidatesOf(
  sentences: readonly SpanSentence[],
  question: SpanQuestion,
  context: SpanContext,
): ScoredCandidate[] {
  const scored: ScoredCandidate[] = [];
  const scoring = scoringQuestion(question, context.weightOf);
  const sparse = new SparseFeatures();
  for (const view of viewsOf(sentences, question, context)) {
    const sentence = view.sentence;
    for (const candidate of sentenceCandidates(sentence.text, context.factsOf(sentence.articleId, sentence.sentenceIndex))) {
      shapedFeatures(candidate, shapeOf(candidate, sentence.text), view, scoring, sparse);
      scored.push({ candidate, view, features: new Float64Array(sparse.values) });
    }
  }
  return scored;
}

/**
 * Every candidate scored, with its softmax probability and its text as answers are compared (`squash`).
 * `alternate` holds the same candidates' scores under a second model, read in the same pass (`rerank`).
 */
export type SpanRanking = {
  items: RankedCandidate[];
  probabilities: Float64Array;
  best: number;
  question: SpanQuestion;
  keys: string[];
  refuses?: Refusal;
  alternate?: number[];
};

/** A further rule a span may not answer by (besides ./kindClash.ts), e.g. the refit scorer's (./refitGuard.ts). */
export type Refusal = (candidate: SpanCandidate, sentence: SpanSentence, question: SpanQuestion) => boolean;

/**
 * Scores every candidate through one reused feature vector (no vector kept per candidate); with an
 * `alternate` model, the same features are scored by it too, for `rerank` (the features are the
 * costly part, not the dot products).
 *
 * Sentences of the same text (the same story in several articles: at 50× KorQuAD a question's ~10
 * sentences hold ~3 texts) share their candidates and every feature but those of the sentence's
 * place (./features.ts `sentenceFeatures`): a candidate's vector is made once for the first copy and
 * only those are rewritten for the others. The scores are the same to the bit as made afresh
 * (a feature rewritten to zero adds nothing to `dot`); `test/answer/span/rankCopies.test.ts` checks it.
 */
export function rankSpans(
  sentences: readonly SpanSentence[],
  question: SpanQuestion,
  context: SpanContext,
  model: SpanModel,
  refuses?: Refusal,
  alternate?: SpanModel,
): SpanRanking | null {
  const features = new SparseFeatures();
  const scoring = scoringQuestion(question, context.weightOf);
  const views = viewsOf(sentences, question, context);
  const made = views.map((view) => candidatesIn(view.sentence, context));
  const offsets: number[] = [];
  let count = 0;
  for (const { candidates } of made) {
    offsets.push(count);
    count += candidates.length;
  }
  if (count === 0) return null;
  const items = new Array<RankedCandidate>(count);
  const scores = new Array<number>(count);
  const alternateScores = alternate ? new Array<number>(count) : [];
  const keys = new Array<string>(count);
  const copied = new Uint8Array(views.length);
  // Both models' scores of one candidate (`SparseFeatures.dots`).
  const pair = new Float64Array(2);
  const group: number[] = [];
  for (let v = 0; v < views.length; v++) {
    if (copied[v]) continue;
    const first = made[v] as SentenceCandidates;
    // This sentence and its later copies (remembered candidates are shared by text and facts).
    group.length = 0;
    group.push(v);
    for (let w = v + 1; w < views.length; w++) {
      if (made[w] === first) {
        copied[w] = 1;
        group.push(w);
      }
    }
    const { candidates, shapes, keys: texts } = first;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i] as SpanCandidate;
      const shape = shapes[i] as CandidateShape;
      shapedFeatures(candidate, shape, views[v] as SentenceView, scoring, features);
      for (let g = 0; g < group.length; g++) {
        const u = group[g] as number;
        const view = views[u] as SentenceView;
        if (g > 0) sentenceFeatures(candidate, shape, view, scoring, features);
        const at = (offsets[u] as number) + i;
        keys[at] = texts[i] ?? '';
        if (alternate) {
          features.dots(model.vector, alternate.vector, pair);
          scores[at] = pair[0] ?? 0;
          alternateScores[at] = pair[1] ?? 0;
        } else scores[at] = features.dot(model.vector);
        items[at] = { candidate, view, rulePicked: (features.values[RULE_PICKED] ?? 0) > 0 };
      }
    }
  }
  return {
    items,
    probabilities: softmax(scores),
    best: bestOfAskedKind(items, scores, question, refuses),
    question,
    keys,
    ...(refuses ? { refuses } : {}),
    ...(alternate ? { alternate: alternateScores } : {}),
  };
}

/** The same candidates ranked by the alternate model's scores (`rankSpans`), with its own refusal; null without them. */
export function rerank(ranking: SpanRanking, refuses?: Refusal): SpanRanking | null {
  const scores = ranking.alternate;
  if (!scores) return null;
  const { items, question, keys } = ranking;
  return { items, probabilities: softmax(scores), best: bestOfAskedKind(items, scores, question, refuses), question, keys, ...(refuses ? { refuses } : {}) };
}

/** Most candidates looked past for one of the asked kind (./kindClash.ts) before the top one stands. */
const MAX_CLASHING = 20;
/** Most looked past when a further refusal applies (./refitGuard.ts refuses more often). */
const MAX_REFUSED = 200;

/**
 * Candidates looked past one scan at a time (each scan finds the next best, O(n)) before the rest
 * are sorted once: the next best or two usually stand, and sorting every candidate for them cost
 * more than the scans (and a list of every index per question).
 */
const SCANNED = 8;

/** The best-scored candidate whose kind does not clash with the question's; the best overall when all do. */
function bestOfAskedKind(items: readonly RankedCandidate[], scores: readonly number[], question: SpanQuestion, refuses?: Refusal): number {
  let top = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? -Infinity) > (scores[top] ?? -Infinity)) top = i;
  if (!clashes(items[top], question, refuses)) return top;
  // The last place (in score order, the top at 0) looked at: the refit guard's limit counts the top.
  const last = refuses ? MAX_REFUSED - 1 : MAX_CLASHING;
  // The next best, one scan at a time: by score, then the earlier candidate (the sort's order).
  let ceiling = scores[top] ?? -Infinity;
  let ceilingIndex = top;
  let tried = 0;
  for (; tried < Math.min(last, SCANNED); tried++) {
    let next = -1;
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i] ?? -Infinity;
      if (score > ceiling || (score === ceiling && i <= ceilingIndex)) continue;
      if (next < 0 || score > (scores[next] ?? -Infinity)) next = i;
    }
    if (next < 0) return top;
    if (!clashes(items[next], question, refuses)) return next;
    ceiling = scores[next] ?? -Infinity;
    ceilingIndex = next;
  }
  if (tried >= last) return top;
  // Many refused: the rest in the same order, sorted once (places 0 … `tried` were looked at).
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] ?? -Infinity) - (scores[a] ?? -Infinity) || a - b);
  for (const i of order.slice(tried + 1, last + 1)) if (!clashes(items[i], question, refuses)) return i;
  return top;
}

function clashes(item: RankedCandidate | undefined, question: SpanQuestion, refuses?: Refusal): boolean {
  if (item === undefined) return false;
  if (clashesWithAsked(item.candidate, question, item.view.sentence.text)) return true;
  return refuses !== undefined && refuses(item.candidate, item.view.sentence, question);
}

/** Each candidate's text as answers are compared (`squash`). */
export function keysOf(ranking: SpanRanking): string[] {
  return ranking.keys;
}

/** Candidate `i` of a ranking as a choice: its text's probability mass, calibrated. */
export function choiceAt(ranking: SpanRanking, i: number, model: SpanModel): SpanChoice | null {
  const item = ranking.items[i];
  if (!item) return null;
  const keys = keysOf(ranking);
  const key = keys[i] ?? '';
  let probability = 0;
  keys.forEach((other, j) => {
    if (sameAnswer(other, key)) probability += ranking.probabilities[j] ?? 0;
  });
  const confidence = model.confidence(probability, item.view.overlap, item.rulePicked, item.view.sentence.articleRank > 0);
  return {
    candidate: item.candidate,
    sentence: item.view.sentence,
    probability,
    // The model's winner of another kind than the one asked (every candidate clashed, ./kindClash.ts)
    // is not stood by; a rule's pick keeps the model's confidence (the rule read the asked kind).
    confidence: i === ranking.best && clashes(item, ranking.question, ranking.refuses) ? Math.min(confidence, KIND_CLASH_CONFIDENCE) : confidence,
    overlap: item.view.overlap,
  };
}

/** The best span of the given sentences, or null when they have none. */
export function selectSpan(
  sentences: readonly SpanSentence[],
  question: SpanQuestion,
  context: SpanContext,
  model: SpanModel,
): SpanChoice | null {
  const ranking = rankSpans(sentences, question, context, model);
  return ranking ? choiceAt(ranking, ranking.best, model) : null;
}

/**
 * Whether two candidate texts give the same answer to a reader: one within the other ("약 2,700억
 * 원" and "2,700억 원", "로널드 레이건 대통령" and "로널드 레이건"). The winner's probability is the
 * mass on all of them: the engine is as sure of the answer as of any of its spellings.
 */
export function sameAnswer(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)))) return true;
  // The same count read in two places ("20개소" and "20개 기업"): the same figure.
  if (isDigit(a.charCodeAt(0)) && isDigit(b.charCodeAt(0))) {
    const x = countOf(a);
    return x !== null && x === countOf(b);
  }
  return false;
}

/** Counts read off squashed spans, remembered (the same keys are compared again and again). */
const counts = new Map<string, string | null>();
function countOf(text: string): string | null {
  let count = counts.get(text);
  if (count === undefined) {
    count = COUNT.exec(text)?.[0] ?? null;
    if (counts.size >= 4096) counts.clear();
    counts.set(text, count);
  }
  return count;
}

/** A count at the start of a squashed span: its number and counter ("20개", "3곳", "11명"). */
const COUNT = /^\d[\d.]*(개월|개국|개|명|곳|건|차례|회|척|대|권|편|종|가지)/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Text compared as KorQuAD compares answers: no spaces or punctuation, lower-cased. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[\s"'`~!@#$%^&*()\-_=+[\]{}\\|;:,.<>/?·‘’“”《》〈〉「」『』【】…ㆍ※]/gu, '');
}
