/**
 * Whether to show the span (답을 보일지): a second, calibrated decision after the span scorer.
 *
 * The scorer ranks the spans of a question's sentences; how sure its winner is depends on more than
 * its softmax share. A question that restates its sentence ("… 2009년에 설립한 회사는?" over "…는
 * 2009년에 ○○를 설립했다") pins the span between the question's own words; a chat question over
 * news ("랩허브 예산 얼마야") names the topic and leaves the sentence loosely aligned, so a span
 * picked there is often a neighbouring figure. This gate is a small logistic model over such
 * features (the scorer's confidence and its margin, how much of the question the sentence holds,
 * whether the words around the question word stand around the span, the question word and whether
 * the span is of its kind, the answer stage's rule, the sentence's rank), fitted by
 * `npm run train:gate` (scripts/train-gate.ts) on KorQuAD's train half and our own news questions
 * (eval/news-train/). Its output is the answer's `confidence`; the span is shown from `threshold`.
 *
 * The numbers live in `showGate.json`; features are matched by name (a missing one weighs 0).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { periodsDiffer, periodsIn } from '../pickFact.ts';
import type { SpanCandidate } from './candidates.ts';
import type { SentenceView } from './features.ts';
import { sigmoid } from './model.ts';
import { WH_KINDS, type SpanQuestion, type WhKind } from './question.ts';
import { FOCUS_CLASSES, focusClassOf, type FocusClass } from './clause.ts';
import { asksObject, particleAfter } from './refitGuard.ts';
import { restatement } from './restates.ts';

/** What the gate reads of one span the scorer (or the answer stage's rule) would show. */
export type GateInputs = {
  question: SpanQuestion;
  /** The span as scored (its offsets are into `view.sentence.text`). */
  candidate: SpanCandidate;
  view: SentenceView;
  /** The scorer's calibrated confidence in the span (./model.ts). */
  scorer: number;
  /** The softmax mass on the span's answer, and on the best other answer. */
  probability: number;
  rival: number;
  /** The answer stage's rule picked a span: the same one (agrees) or another. */
  rule: 'none' | 'same' | 'other';
  /** Other answers of the asked kind in the span's sentence ("몇 호" over a sentence with two counts). */
  kindRivals: number;
  /** Whether the best other answer stands in the span's own sentence. */
  rivalHere: boolean;
};

/** Whether a span is of the kind the question word asks for (null: the question word asks no kind). */
export function fitsAsked(wh: WhKind, candidate: SpanCandidate): boolean | null {
  const kind = KIND_OF_WH[wh];
  return kind ? kind(candidate) : null;
}

/** Slot kinds and how a span of that kind is written. */
const KIND_OF_WH: Partial<Record<WhKind, (candidate: SpanCandidate) => boolean>> = {
  when: (c) => hasFact(c, 'date') || /\d\s*(년|월|일|세기|시|분)|(년대|시대|세기|초|말|중반|후반|전반)$/u.test(c.text),
  howmuch: (c) => hasFact(c, 'money') || hasFact(c, 'percent') || hasFact(c, 'area') || /\d/u.test(c.text),
  howmany: (c) => hasFact(c, 'count') || /\d|[한두세네다섯여섯일곱여덟아홉열]\s*(개|명|곳|번|차례|가지)/u.test(c.text),
  who: (c) => hasFact(c, 'person') || (/^[가-힣]{2,4}( [가-힣]{1,6})?$/u.test(c.text) && !/(다|고|며|서|해|여|면|지|게|니|자|록)$/u.test(c.text)) || /[A-Z][a-z]+/u.test(c.text),
  where: (c) => hasFact(c, 'place') || /(시|도|군|구|국|주|섬|산|강|역|성|읍|면|리|동|항|공항|지역|센터|대학교|대학|병원|호텔|미국|일본|중국|한국|[A-Z]{2,})$/u.test(c.text),
};

/** How a span of the kind a focus noun asks for is written ("어느 호텔" → a place, "어떤 회사" → an organization). */
const FOCUS_FIT: Partial<Record<FocusClass, (candidate: SpanCandidate) => boolean>> = {
  person: (c) => KIND_OF_WH.who?.(c) ?? false,
  place: (c) => (KIND_OF_WH.where?.(c) ?? false) || /(호텔|센터|빌딩|타워|공원|광장|단지|캠퍼스)$/u.test(c.text),
  org: (c) =>
    /[A-Za-z]{2,}/u.test(c.text) ||
    /(회|부|청|원|처|회사|단|당|협회|위원회|재단|그룹|은행|전자|대학교|대학|학교|연구소|병원|기업|공사|방송|신문|팀|클럽|조합|학회|기관|센터|제약|바이오|솔루션즈|사|청)$/u.test(c.text),
  time: (c) => KIND_OF_WH.when?.(c) ?? false,
  number: (c) => /\d/u.test(c.text),
};

function hasFact(candidate: SpanCandidate, type: string): boolean {
  return candidate.facts.some((fact) => fact.type === type);
}

/** The unit written after a span's last digit ("38개사" → 개사, "1천500대" → 대, "410억 원" → 원); null without digits. */
function unitOf(text: string): string | null {
  const match = /\d[^\d]*$/u.exec(text);
  if (!match) return null;
  return /^\d\s*(?:천|만|억|조)?\s*([가-힣㎡%A-Za-z]+)/u.exec(match[0])?.[1] ?? '';
}

const AREA_WORD = /(면적|넓이|부지|규모는?\s*몇\s*제곱)/u;
const AREA_UNIT = /(㎡|m2|제곱미터|평|헥타르|ha|㎢|km2)/u;
const MONEY_WORD = /(예산|비용|금액|매출|사업비|투자액|투자금|지원금|기금|재원|얼마를\s*(?:투입|투자|지원))/u;
const MONEY_UNIT = /(원|달러|엔|유로|위안|파운드)$/u;

/**
 * Whether the span's unit agrees with the one the question asks in: "몇 명" and "38개사" clash,
 * "면적" and "410억 원" clash, "몇 곳" and "2곳" match. Null when the question names no unit.
 */
export function unitAgreement(question: SpanQuestion, text: string): 'match' | 'clash' | null {
  const unit = unitOf(text);
  const compact = question.compact;
  const at = compact.indexOf('몇');
  if (at >= 0 && question.wh !== 'when') {
    const asked = compact.slice(at + 1);
    if (unit === null || unit === '') return unit === null ? 'clash' : null;
    // "몇 %포인트", "몇 %p": a change in points, which a bare percentage ("59%") is not.
    if (/^(%포인트|%p|퍼센트포인트|포인트)/u.test(asked)) return /(포인트|%p)/u.test(text) ? 'match' : 'clash';
    return asked.startsWith(unit) || unit.startsWith(asked.slice(0, 1)) ? 'match' : 'clash';
  }
  if (unit === null) return null;
  if (AREA_WORD.test(compact)) return AREA_UNIT.test(text) ? 'match' : 'clash';
  if (MONEY_WORD.test(compact)) return MONEY_UNIT.test(text.trim()) ? 'match' : 'clash';
  return null;
}

/** Names of the gate's features, in vector order. */
export const GATE_FEATURES: readonly string[] = [
  'bias', 'scorer:logit', 'probability:logit', 'margin', 'rival',
  'cover:share', 'cover:missing', 'question:words',
  'align:before', 'align:after', 'align:beforeNext', 'align:afterNext', 'question:hasBefore', 'question:hasAfter',
  ...WH_KINDS.map((wh) => `wh:${wh}`),
  'kind:fits', 'kind:misfit', 'kind:alone', 'kind:rivals', 'focus:ends', 'rival:here', 'unit:match', 'unit:clash',
  'rule:same', 'rule:other',
  'sentence:rank0', 'sentence:best', 'sentence:elsewhere', 'sentence:overlap', 'sentence:logLength',
  // The span's article among those search found: outside the top one, spans were mostly wrong.
  'article:second', 'article:third+', 'elsewhere:scorer', 'elsewhere:ruleNone',
  // The noun the question asks about ("어느 호텔", "어떤 회사") and whether the span is of its kind.
  'focus:fits', 'focus:misfit',
  // "뭘 하겠다고 했어" (an object asked) answered by the sentence's subject or topic ("중소벤처기업부는").
  'particle:objectAsSubject',
  'span:eojeols', 'span:digit', 'span:quoted', 'span:logLength',
  // How closely the sentence restates the question around the span (./restates.ts): a restating
  // question (KorQuAD's, a formal briefing question) pins the span; a loose one (chat) does not.
  'restate:run', 'restate:near', 'restate:none', 'restate:distance',
];
const GATE_INDEX = new Map(GATE_FEATURES.map((name, i) => [name, i]));

function lower(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a question word (particles off) stands in a text: its first two syllables, or itself when shorter. */
function holds(text: string, word: string): boolean {
  const key = lower(word).slice(0, 2);
  return key.length > 0 && text.includes(key);
}

/** The eojeol right before `at` and the one right after the span's own eojeol. */
function neighbours(sentence: string, start: number, end: number): { before: string; after: string } {
  const left = sentence.slice(0, start).trimEnd();
  const before = /\S+$/u.exec(left)?.[0] ?? '';
  const rest = sentence.slice(end).replace(/^\S*\s*/u, '');
  const after = /^\S+/u.exec(rest)?.[0] ?? '';
  return { before: lower(before), after: lower(after) };
}

/** The gate's feature vector for one span (see the module comment). */
export function gateFeatures(inputs: GateInputs): Float64Array {
  const out = new Float64Array(GATE_FEATURES.length);
  const set = (name: string, value: number) => {
    const i = GATE_INDEX.get(name);
    if (i === undefined) throw new Error(`unknown gate feature ${name}`);
    out[i] = value;
  };
  const { question, candidate, view } = inputs;
  const logit = (p: number) => {
    const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
    return Math.log(q / (1 - q));
  };
  set('bias', 1);
  set('scorer:logit', logit(inputs.scorer));
  set('probability:logit', logit(inputs.probability));
  set('margin', inputs.probability - inputs.rival);
  set('rival', inputs.rival);

  // How much of the question the sentence restates: its content words, each by its stem.
  const text = view.sentence.text;
  const compact = lower(text);
  const words = question.words.filter((word) => lower(word).length > 0);
  const held = words.filter((word) => holds(compact, word)).length;
  set('cover:share', words.length > 0 ? held / words.length : 0);
  set('cover:missing', Math.min(4, words.length - held) / 4);
  set('question:words', Math.min(8, words.length) / 8);

  // The words around the question word stand around the span: near it (12 characters), or as the very next eojeol.
  const near = 12;
  const left = lower(text.slice(Math.max(0, candidate.start - near), candidate.start));
  const right = lower(text.slice(candidate.end, candidate.end + near));
  const next = neighbours(text, candidate.start, candidate.end);
  if (question.before) {
    set('question:hasBefore', 1);
    set('align:before', holds(left, question.before) ? 1 : 0);
    set('align:beforeNext', holds(next.before, question.before) ? 1 : 0);
  }
  if (question.after) {
    set('question:hasAfter', 1);
    set('align:after', holds(right, question.after) ? 1 : 0);
    set('align:afterNext', holds(next.after, question.after) ? 1 : 0);
  }

  set(`wh:${question.wh}`, 1);
  const kind = KIND_OF_WH[question.wh];
  if (kind) {
    const fits = kind(candidate);
    set(fits ? 'kind:fits' : 'kind:misfit', 1);
    if (fits && inputs.kindRivals === 0) set('kind:alone', 1);
    set('kind:rivals', Math.min(3, inputs.kindRivals) / 3);
  }
  if (inputs.rivalHere) set('rival:here', 1);
  const unit = unitAgreement(question, candidate.text);
  if (unit !== null) set(`unit:${unit}`, 1);
  const focus = question.focus;
  if (focus && focus.length > 0 && candidate.text.endsWith(focus)) set('focus:ends', 1);
  // The particle after a parenthesis too: "중소벤처기업부(중기부)는" is a subject.
  if (asksObject(question) && /^(은|는|이|가|께서|에서는)$/u.test(particleAfter(view.sentence.text, candidate.end))) set('particle:objectAsSubject', 1);
  const focusFit = FOCUS_FIT[FOCUS_CLASSES[focusClassOf(focus)] ?? 'none'];
  if (focusFit) set(focusFit(candidate) ? 'focus:fits' : 'focus:misfit', 1);

  if (inputs.rule === 'same') set('rule:same', 1);
  if (inputs.rule === 'other') set('rule:other', 1);

  const sentence = view.sentence;
  set('sentence:rank0', sentence.rank === 0 ? 1 : 0);
  set('sentence:best', view.best ? 1 : 0);
  set('sentence:elsewhere', sentence.articleRank > 0 ? 1 : 0);
  set('sentence:overlap', view.overlap);
  set('sentence:logLength', Math.log1p(text.length) / 5);
  if (sentence.articleRank === 1) set('article:second', 1);
  if (sentence.articleRank >= 2) set('article:third+', 1);
  if (sentence.articleRank > 0) {
    set('elsewhere:scorer', logit(inputs.scorer));
    if (inputs.rule === 'none') set('elsewhere:ruleNone', 1);
  }

  set('span:eojeols', Math.min(4, candidate.eojeols) / 4);
  set('span:digit', /\d/u.test(candidate.text) ? 1 : 0);
  set('span:quoted', candidate.quoted ? 1 : 0);
  set('span:logLength', Math.log1p(candidate.text.length) / 3);
  const restated = restatement(question, text, candidate.start, candidate.end);
  set('restate:run', restated.run);
  set('restate:near', restated.near);
  if (restated.near === 0) set('restate:none', 1);
  set('restate:distance', restated.distance);
  return out;
}

export const GateFile = z.object({
  /** How the numbers were fitted (data, split, figures): documentation only. */
  about: z.record(z.string(), z.unknown()).optional(),
  weights: z.record(z.string(), z.number()),
  /** Confidence from which the span is shown; below it, the sentence as evidence. */
  threshold: z.number().min(0).max(1),
});
export type GateFile = z.infer<typeof GateFile>;

export class ShowGate {
  readonly vector: Float64Array;
  constructor(readonly file: GateFile) {
    this.vector = Float64Array.from(GATE_FEATURES, (name) => file.weights[name] ?? 0);
  }

  get threshold(): number {
    return this.file.threshold;
  }

  /** Calibrated: how likely the span is exactly the answer (0–1). */
  confidence(features: Float64Array): number {
    let sum = 0;
    for (let i = 0; i < this.vector.length; i++) sum += (this.vector[i] ?? 0) * (features[i] ?? 0);
    return sigmoid(sum);
  }
}

let committed: ShowGate | null = null;

/** The committed gate (src/answer/span/showGate.json), loaded once. */
export function showGate(): ShowGate {
  if (committed === null) {
    const raw: unknown = JSON.parse(readFileSync(new URL('./showGate.json', import.meta.url), 'utf8'));
    committed = new ShowGate(GateFile.parse(raw));
  }
  return committed;
}

/** One decision of the gate, as the training script records it. */
export type GateObservation = { features: Float64Array; text: string; confidence: number };

const observers = new Set<(observation: GateObservation) => void>();

/**
 * Calls `listener` with every decision the gate makes from now on (scripts/train-gate.ts records
 * them to fit the gate); returns the function that stops it.
 */
export function observeGate(listener: (observation: GateObservation) => void): () => void {
  observers.add(listener);
  return () => observers.delete(listener);
}

/** Most confidence in a span whose sentence tells another period than the question asks. */
export const PERIOD_CLASH_CONFIDENCE = 0.2;

/**
 * "올해 1분기 매출" over a sentence about 지난해's: the question names a period relative to now
 * (올해, 지난해, 내년, a quarter, a half) and the sentence names only others (../pickFact.ts reads
 * figures by the same rule). Years are left out: a question's year often stands in another sentence.
 */
export function periodClash(question: SpanQuestion, sentence: string): boolean {
  if (question.wh === 'when') return false;
  const relative = (periods: Set<string>) => new Set([...periods].filter((period) => !/^\d{4}년$/u.test(period)));
  const asked = relative(periodsIn(question.compact));
  if (asked.size === 0) return false;
  const told = relative(periodsIn(sentence));
  return told.size > 0 && periodsDiffer(asked, [...told].join(' '));
}

/** A figure cut before its counter ("250여" of "250여 년 전", "30여" of "30여 개"): a number with no unit of its own. */
const BARE_FIGURE = /^[\d,.]+\s*(?:여|만|천|백|억)?$/u;
/** "해상용" of "해상용 안테나", "중형" of "중형 위성": a word of purpose or size that only modifies the next noun. */
const MODIFIER_WORD = /[가-힣](?:용|형|급)$/u;

/**
 * Whether a span is the front of a longer phrase that the sentence goes on with: a bare figure
 * before its counter, or a modifier of purpose or size before its noun, no particle between. Such
 * a span read out is a fragment, however surely the scorer ranks it (a rule, as `periodClash`).
 */
export function modifierFragment(sentence: string, start: number, end: number): boolean {
  const text = sentence.slice(start, end).trim();
  const next = /^\s+([가-힣A-Za-z]+)/u.exec(sentence.slice(end, end + 16))?.[1];
  if (!next || !/^\s/u.test(sentence.slice(end, end + 1))) return false;
  if (BARE_FIGURE.test(text)) return true;
  return MODIFIER_WORD.test(text) && !/\s/u.test(text) && particleAfter(sentence, end) === '';
}

/** "며칠", "몇 월", "날짜" asked and a span that names no day or month ("2023년"): a coarser date than asked. */
export function coarseDate(question: SpanQuestion, text: string): boolean {
  return question.wh === 'when' && /(며칠|몇월|날짜|몇일)/u.test(question.compact) && !/(\d\s*일|\d\s*월|[월일]$)/u.test(text);
}

/** A length of time asked ("계약 기간 몇 년", "몇 년간"). */
const ASKS_LENGTH = /(기간|동안|년간|개월간|몇년째)/u;
/** A calendar point: a year, with its month and day or not ("2029년", "2029년 3월"). */
const CALENDAR_POINT = /^\d{4}년(?:\s*\d{1,2}월)?(?:\s*\d{1,2}일)?$/u;
/** The name of a product asked ("모델명", "제품명", "차종"). */
const PRODUCT_FOCUS = /^(?:모델명|모델|제품명|제품|차종|차명|상품명|기종)$/u;
/** A word that makes the name after it a company's ("완성차업체 X", "소재기업 X"). */
const COMPANY_WORD = /(?:업체|기업|회사|제조사|메이커)$/u;
/** An English or Latin name asked ("영문 이름", "영어 명칭"). */
const ASKS_LATIN = /(영문|영어|알파벳|로마자)/u;
/** A place named only by a common noun ("부지", "현지"): where, but no name of it. */
const COMMON_PLACE = /^(?:부지|현지|인근|일대|지역|곳|장소|현장|일원|주변|시내|본사|공장)$/u;

/** A role in a group ("상담책", "총책", "인출책"): a person's part, never a place. */
const ROLE_NOUN = /^[가-힣]{1,3}책$/u;
/** A level asked ("충전 한도 수준", "기준치"): a figure answers it. */
const LEVEL_FOCUS = /^(?:수준|한도|상한|하한|기준치|비율)$/u;
/** A court asked ("선고한 재판부"), and how a court's name ends. */
const COURT_FOCUS = /^(?:재판부|법원)$/u;
const COURT_NAME = /(?:법원|재판부|지원|형사\d*부|민사\d*부|\d+부)$/u;

/**
 * A span of another thing than the question asks, read by the words alone (a rule, as
 * `periodClash`): a calendar year for a length of time asked, a company for a product's name, a
 * Korean name for an English one, a common noun or a role ("상담책") for a named place (어디, 어느
 * 도시), a word without a figure for a level, a body that is no court for the court asked.
 */
export function otherThanAsked(question: SpanQuestion, text: string): boolean {
  const trimmed = text.trim();
  if (LEVEL_FOCUS.test(question.focus ?? '') && !/\d/u.test(trimmed)) return true;
  if (COURT_FOCUS.test(question.focus ?? '') && !COURT_NAME.test(trimmed)) return true;
  if (question.wh === 'where' && ROLE_NOUN.test(trimmed)) return true;
  if (ASKS_LENGTH.test(question.compact) && CALENDAR_POINT.test(trimmed)) return true;
  if (PRODUCT_FOCUS.test(question.focus ?? '') && trimmed.split(/\s+/u).some((word) => COMPANY_WORD.test(word))) return true;
  if (ASKS_LATIN.test(question.compact) && !/[A-Za-z]/u.test(trimmed)) return true;
  return (question.wh === 'where' || question.wh === 'which') && COMMON_PLACE.test(trimmed) && !question.compact.includes(trimmed);
}

/** A person asked and a span of one word that carries its own topic or object particle ("연구팀은"): no name. */
export function particleEnded(question: SpanQuestion, candidate: SpanCandidate): boolean {
  return question.wh === 'who' && !hasFact(candidate, 'person') && /^[가-힣]{2,}(?:은|는|을|를)$/u.test(candidate.text);
}

/** The gate's confidence in a span, told to observers. */
export function gateConfidence(inputs: GateInputs, text: string, gate: ShowGate = showGate()): number {
  const features = gateFeatures(inputs);
  const fitted = gate.confidence(features);
  // A rule, not a fitted weight: KorQuAD asks few such questions, and the answer is then another period's figure.
  const clash =
    periodClash(inputs.question, inputs.view.sentence.text) ||
    modifierFragment(inputs.view.sentence.text, inputs.candidate.start, inputs.candidate.end) ||
    coarseDate(inputs.question, inputs.candidate.text) ||
    particleEnded(inputs.question, inputs.candidate) ||
    otherThanAsked(inputs.question, text);
  const confidence = clash ? Math.min(fitted, PERIOD_CLASH_CONFIDENCE) : fitted;
  for (const observer of observers) observer({ features, text, confidence });
  return confidence;
}
