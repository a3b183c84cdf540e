/**
 * Features of an answer candidate (답 후보의 특징), in the manner of the feature-based readers
 * (the SQuAD logistic-regression baseline): how much of the question stands around the span and
 * how near, whether the span is of the kind the question word asks for, whether it merely repeats
 * the question, the particle after it, and how well its sentence ranked.
 *
 * Every feature has a name; the weights file maps names to numbers, so adding a feature never
 * shifts the others.
 */
import { locateTopic, type TopicHit } from '../locate.ts';
import type { SpanCandidate } from './candidates.ts';
import { WH_KINDS, type SpanQuestion, type WhKind } from './question.ts';

/** One sentence the candidates come from, with what search and evidence said of it. */
export type SpanSentence = {
  articleId: string;
  sentenceIndex: number;
  text: string;
  /** 0-based rank of the sentence among the search hits. */
  rank: number;
  /** 0-based rank of its article among the articles search found (by best passage). */
  articleRank: number;
  /** Search relevance relative to the best hit (0..1]. */
  relevance: number;
  /** Whether its paragraph holds the question's topic (the evidence check). */
  supported: boolean;
  /** Share of the topic the sentence holds itself. */
  ownSupport: number;
};

/** What the features of one sentence share: where the question's words are in it. */
export type SentenceView = {
  sentence: SpanSentence;
  hits: TopicHit[];
  /** IDF-weighted share of the question's pieces in the sentence. */
  overlap: number;
  /** Whether no other competing sentence holds more of the question. */
  best: boolean;
};

/** Kinds a candidate may be of; each is crossed with the question word. */
const KINDS = [
  'bias', 'date', 'money', 'count', 'measure', 'person', 'digit', 'latin', 'quoted', 'paren', 'place', 'org',
  'titled', 'name', 'focusEnd', 'multi',
] as const;
type Kind = (typeof KINDS)[number];

const TAILS = ['none', 'paren', 'punct', 'obj', 'subj', 'topic', 'gen', 'loc', 'dir', 'conj', 'cop', 'quot', 'other'] as const;
type Tail = (typeof TAILS)[number];

/** Names of the features, in vector order. */
export const FEATURE_NAMES: readonly string[] = [
  ...WH_KINDS.flatMap((wh) => KINDS.map((kind) => `${wh}×${kind}`)),
  ...TAILS.map((tail) => `tail:${tail}`),
  ...WH_KINDS.flatMap((wh) => [1, 2, 3, 4].map((n) => `${wh}×eojeols:${n}`)),
  'tail:sameAsQuestion', 'tail:otherThanQuestion', 'sentence:bestOverlap', 'rule:picked', 'rule:sameText', 'rule:inside',
  'len:log', 'eojeol:1', 'eojeol:2', 'eojeol:3', 'eojeol:4',
  'echo:share', 'echo:inQuestion', 'echo:focus',
  'window:left', 'window:right', 'window:near', 'distance:log', 'distance:none',
  'next:question', 'prev:question', 'next:focus', 'align:before', 'align:after',
  'sentence:overlap', 'sentence:rank', 'article:1', 'article:2', 'article:3', 'article:4+',
  'sentence:relevance', 'sentence:supported', 'sentence:ownSupport', 'position',
];

export const FEATURE_COUNT = FEATURE_NAMES.length;
const indexOf = new Map(FEATURE_NAMES.map((name, i) => [name, i]));
function at(name: string): number {
  const i = indexOf.get(name);
  if (i === undefined) throw new Error(`unknown feature ${name}`);
  return i;
}
const KIND_BASE = new Map<WhKind, number>(WH_KINDS.map((wh) => [wh, at(`${wh}×bias`)]));
const KIND_OFFSET = new Map<Kind, number>(KINDS.map((kind, i) => [kind, i]));

/** Characters on each side of a span searched for the question's words. */
const WINDOW = 24;

const PLACE_END = /(시|도|군|구|국|주|섬|산|강|역|궁|성|읍|면|리|동|항|만|반도|대륙|공항|지방|지역|해|호)$/u;
const ORG_END = /(회|부|청|원|처|회사|상사|단|당|대|협회|위원회|재단|그룹|은행|전자|대학교|대학|학교|연구소|병원|기업|회사|공사|방송|신문|팀|클럽|조합|학회|기관|센터|군)$/u;
const TITLE_END = /(왕|제|황제|대통령|장관|총리|감독|선수|교수|박사|의원|회장|사장|대표|원장|청장|위원장|시장|지사|장군|작가|가수|배우|씨|공|후|태자|황후|대사)$/u;
const PARTICLE_TAILS: [Tail, RegExp][] = [
  ['obj', /^(을|를)$/u],
  ['subj', /^(이|가|께서)$/u],
  ['topic', /^(은|는|도|만)$/u],
  ['gen', /^(의|와의|과의)$/u],
  ['loc', /^(에|에서|에게|에는|에서는|에게서|에도|께)$/u],
  ['dir', /^(로|으로|로는|으로는|으로서|으로써|로부터|까지|부터|처럼|보다)$/u],
  ['conj', /^(와|과|이나|나|이며|며|이고|이자)$/u],
  ['cop', /^(이다|였다|이었다|인|인데|인가|이란|란|야|이었던)$/u],
  ['quot', /^(라는|이라는|라고|이라고|이라며)$/u],
];

function tailOf(candidate: SpanCandidate): Tail {
  return tailClass(candidate.tail);
}

function tailClass(tail: string): Tail {
  if (tail === '') return 'none';
  if (tail === '(') return 'paren';
  if (/^[^가-힣]$/u.test(tail)) return 'punct';
  return PARTICLE_TAILS.find(([, rule]) => rule.test(tail))?.[0] ?? 'other';
}

function kindsOf(candidate: SpanCandidate, sentence: string, question: SpanQuestion): Kind[] {
  const kinds: Kind[] = ['bias'];
  const text = candidate.text;
  const types = new Set(candidate.facts.filter((fact) => fact.start === candidate.start && fact.end === candidate.end).map((fact) => fact.type));
  const within = new Set(candidate.facts.map((fact) => fact.type));
  if (types.has('date') || (within.has('date') && /\d/u.test(text)) || /\d\s*(년|월|일|세기)$/u.test(text)) kinds.push('date');
  if (types.has('money') || /\d\s*(억|만|천)?\s*(원|달러|엔|위안|유로|파운드)$/u.test(text)) kinds.push('money');
  if (types.has('count') || /\d\s*(개|명|곳|건|차례|번|회|척|대|권|편|곡|종|개국|개사|위|등|층|호|부)$/u.test(text)) kinds.push('count');
  if (types.has('area') || types.has('duration') || types.has('percent') || /\d\s*(%|퍼센트|km|m|kg|톤|평|리|시간|분|초|년간|개월|세|살)$/u.test(text)) kinds.push('measure');
  if (within.has('person') && [...candidate.facts].some((fact) => fact.type === 'person' && text.includes(fact.name))) kinds.push('person');
  if (/\d/u.test(text)) kinds.push('digit');
  if (/[A-Za-z]/u.test(text)) kinds.push('latin');
  if (candidate.quoted) kinds.push('quoted');
  if (sentence[candidate.end] === '(' || candidate.tail === '(') kinds.push('paren');
  if (/[가-힣]/u.test(text)) {
    if (PLACE_END.test(text)) kinds.push('place');
    if (ORG_END.test(text)) kinds.push('org');
    if (TITLE_END.test(text)) kinds.push('titled');
    // A name-like word: short Hangul, not a verb form ("밝혔다", "위해", "하며").
    if (candidate.eojeols <= 2 && /^[가-힣]{2,4}( [가-힣]{1,4})?$/u.test(text) && !/(다|고|며|서|해|여|면|지|게|니|자|록)$/u.test(text)) kinds.push('name');
  }
  const focus = question.focus;
  if (focus && focus.length > 0 && (text.endsWith(focus) || text.endsWith(focus.slice(-1)))) kinds.push('focusEnd');
  if (candidate.eojeols > 1) kinds.push('multi');
  return kinds;
}

/** Prepares a sentence for scoring its candidates against a question. */
export function viewSentence(
  sentence: SpanSentence,
  question: SpanQuestion,
  weightOf: (piece: string) => number,
): SentenceView {
  const hits = locateTopic(sentence.text, question.pieces);
  let total = 0;
  for (const piece of question.pieces) total += weightOf(piece);
  const found = new Set(hits.map((hit) => hit.piece));
  let present = 0;
  for (const piece of found) present += weightOf(piece);
  return { sentence, hits, overlap: total > 0 ? present / total : 0, best: false };
}

function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(text: string): string[] {
  const compact = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (compact.length <= 1) return compact.length === 1 ? [compact] : [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= compact.length; i++) out.push(compact.slice(i, i + 2));
  return out;
}

/** The stem of the eojeol touching a span on one side (particles off), or ''. */
function neighbour(sentence: string, candidate: SpanCandidate, side: 'left' | 'right'): string {
  if (side === 'right') {
    const rest = sentence.slice(candidate.end).replace(/^[^\s]*\s*/u, '');
    return /^[^\s]+/u.exec(rest)?.[0] ?? '';
  }
  return lastEojeol(sentence.slice(0, candidate.start).trimEnd());
}

/**
 * The last run of non-space characters of a text. A backward scan: `/[^\s]+$/` retries from every
 * position and is quadratic on a long sentence, and this runs for every candidate.
 */
export function lastEojeol(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start);
}

function matchesWord(eojeol: string, words: readonly string[]): boolean {
  if (eojeol.length === 0) return false;
  const lower = eojeol.toLowerCase();
  // Sharing the first syllable bigram: particles and endings differ, the stem does not.
  return words.some((word) => word.length >= 2 && lower.startsWith(word.slice(0, 2)));
}

/**
 * The feature vector of one candidate.
 * @param weightOf IDF weight of a question piece (rare words count more).
 */
export function candidateFeatures(
  candidate: SpanCandidate,
  view: SentenceView,
  question: SpanQuestion,
  weightOf: (piece: string) => number,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  out.fill(0);
  const { sentence, hits } = view;
  const text = sentence.text;
  const base = KIND_BASE.get(question.wh) ?? 0;
  for (const kind of kindsOf(candidate, text, question)) out[base + (KIND_OFFSET.get(kind) ?? 0)] = 1;
  const tail = tailOf(candidate);
  out[at(`tail:${tail}`)] = 1;
  out[at(`${question.wh}×eojeols:${Math.min(4, candidate.eojeols)}`)] = 1;
  if (question.particle !== null) {
    // "무엇을 주도한" is answered by "…을 주도한": the same particle after the answer.
    out[at(tailClass(question.particle) === tail ? 'tail:sameAsQuestion' : 'tail:otherThanQuestion')] = 1;
  }
  out[at('sentence:bestOverlap')] = view.best ? 1 : 0;
  const rule = question.rule;
  if (rule !== null) {
    const sameText = squashed(candidate.text) === squashed(rule.text);
    const sameSentence = rule.articleId === sentence.articleId && rule.sentenceIndex === sentence.sentenceIndex;
    if (sameText && sameSentence) out[at('rule:picked')] = 1;
    else if (sameText) out[at('rule:sameText')] = 1;
    else if (sameSentence && candidate.text.includes(rule.text)) out[at('rule:inside')] = 1;
  }
  out[at('len:log')] = Math.log1p(candidate.text.length);
  out[at(`eojeol:${Math.min(4, candidate.eojeols)}`)] = 1;

  // Echo: a span made of the question's own words is seldom what it asks.
  const pieces = bigrams(candidate.text);
  const questionPieces = new Set(question.pieces);
  const echoed = pieces.filter((piece) => questionPieces.has(piece) || question.compact.includes(piece)).length;
  out[at('echo:share')] = pieces.length > 0 ? echoed / pieces.length : 0;
  out[at('echo:inQuestion')] = question.compact.includes(candidate.text.replace(/\s+/gu, '').toLowerCase()) ? 1 : 0;
  out[at('echo:focus')] = question.focus !== null && candidate.text.replace(/\s+/gu, '') === question.focus ? 1 : 0;

  // Question words around the span, weighted by rarity, and how near the nearest one is.
  let total = 0;
  for (const piece of question.pieces) total += weightOf(piece);
  const left = new Set<string>();
  const right = new Set<string>();
  const near = new Set<string>();
  let distance = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.offset >= candidate.start && hit.offset < candidate.end) continue;
    const gap = hit.offset < candidate.start ? candidate.start - hit.offset - hit.piece.length : hit.offset - candidate.end;
    const d = Math.max(0, gap);
    if (d < distance) distance = d;
    if (hit.offset < candidate.start && d <= WINDOW) left.add(hit.piece);
    if (hit.offset >= candidate.end && d <= WINDOW) right.add(hit.piece);
    if (d <= 6) near.add(hit.piece);
  }
  const share = (set: Set<string>) => {
    let sum = 0;
    for (const piece of set) sum += weightOf(piece);
    return total > 0 ? sum / total : 0;
  };
  out[at('window:left')] = share(left);
  out[at('window:right')] = share(right);
  out[at('window:near')] = share(near);
  if (Number.isFinite(distance)) out[at('distance:log')] = Math.log1p(distance);
  else out[at('distance:none')] = 1;

  const next = neighbour(text, candidate, 'right');
  const prev = neighbour(text, candidate, 'left');
  out[at('next:question')] = matchesWord(next, question.words) ? 1 : 0;
  out[at('prev:question')] = matchesWord(prev, question.words) ? 1 : 0;
  out[at('next:focus')] = question.focus !== null && question.focus.length >= 1 && next.startsWith(question.focus) ? 1 : 0;
  // The word the question puts before its question word stands before the answer, the word after it after.
  if (question.before) out[at('align:before')] = text.slice(Math.max(0, candidate.start - WINDOW), candidate.start).includes(question.before.slice(0, 2)) ? 1 : 0;
  if (question.after) out[at('align:after')] = text.slice(candidate.end, candidate.end + WINDOW).includes(question.after.slice(0, 2)) ? 1 : 0;

  out[at('sentence:overlap')] = view.overlap;
  out[at('sentence:rank')] = 1 / (1 + sentence.rank);
  out[at(sentence.articleRank === 0 ? 'article:1' : sentence.articleRank === 1 ? 'article:2' : sentence.articleRank === 2 ? 'article:3' : 'article:4+')] = 1;
  out[at('sentence:relevance')] = sentence.relevance;
  out[at('sentence:supported')] = sentence.supported ? 1 : 0;
  out[at('sentence:ownSupport')] = sentence.ownSupport;
  out[at('position')] = text.length > 0 ? candidate.start / text.length : 0;
  return out;
}
