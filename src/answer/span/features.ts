/**
 * Features of an answer candidate (답 후보의 특징), in the manner of the feature-based readers
 * (the SQuAD logistic-regression baseline): how much of the question stands around the span and
 * how near, whether the span is of the kind the question word asks for, whether it merely repeats
 * the question, the particle after it, and how well its sentence ranked.
 *
 * Every feature has a name; the weights file maps names to numbers, so adding a feature never
 * shifts the others.
 */
import type { FactType } from '../../facts/types.ts';
import { locateTopic, type TopicHit } from '../locate.ts';
import { PARTICLES, type SpanCandidate } from './candidates.ts';
import { isBareNoun } from './bareNoun.ts';
import { WH_KINDS, type SpanQuestion, type WhKind } from './question.ts';
import { clauseOf, clauseStarts, FOCUS_CLASSES, focusClassOf, insideParentheses, LENGTH_BUCKETS, lengthBucketOf, whPositionIn } from './clause.ts';

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
  /** IDF-weighted share of the question found in the previous sentence of the article but not in this one. */
  previousGain: number;
  /** Whether the sentence opens by pointing back ("이를 통해", "이에", "또한"). */
  anaphoric: boolean;
  /** The same share found in the article's headline but not in the sentence. */
  titleGain: number;
  /** Where the sentence's clauses start (./clause.ts), ascending, the first 0. */
  clauses: Int32Array;
  /**
   * Per character of the sentence, where it falls among the sentence's letters and digits; and per
   * bigram of those letters, its rarity (IDF, or `UNKNOWN_RARITY` when unseen) and whether it is
   * unseen: a span's bigrams are a range of its sentence's.
   */
  compactAt: Int32Array;
  rarity: Float64Array;
  unknown: Uint8Array;
};

/** What a sentence's neighbours say: the sentence before it in its article, and the headline. */
export type SentenceNeighbours = { previous?: string | undefined; title?: string | undefined };

/** Openings that point back to the sentence before. */
const ANAPHORIC_OPENING = /^(이를|이에|이는|이와|이번|이날|이로써|이로|이후|이어|이어서|그는|그러면서|그러나|그리고|또한|또|특히|아울러|한편|해당|이 )/u;

/** The share of the question's pieces (IDF-weighted) found in `context` but not in `found`. */
function gainOf(context: string | undefined, pieces: readonly string[], found: ReadonlySet<string>, total: number, weightOf: (piece: string) => number): number {
  if (!context || total <= 0) return 0;
  let gain = 0;
  const seen = new Set<string>();
  for (const hit of locateTopic(context, pieces)) {
    if (found.has(hit.piece) || seen.has(hit.piece)) continue;
    seen.add(hit.piece);
    gain += weightOf(hit.piece);
  }
  return gain / total;
}

/** Kinds a candidate may be of; each is crossed with the question word. */
const KINDS = [
  'date', 'money', 'count', 'measure', 'person', 'digit', 'latin', 'quoted', 'paren', 'place', 'org',
  'titled', 'name', 'focusEnd', 'multi',
] as const;
type Kind = (typeof KINDS)[number];

const TAILS = ['none', 'paren', 'punct', 'obj', 'subj', 'topic', 'gen', 'loc', 'dir', 'conj', 'cop', 'quot', 'other'] as const;
type Tail = (typeof TAILS)[number];

/** Classes of a span's last character: what kind of word it ends (a noun, a number, a verb form, a broken stem). */
const ENDINGS = ['digit', 'latin', 'closer', 'hanja', 'broken', 'adnominal', 'verbal', 'adverbial', 'noun'] as const;
type Ending = (typeof ENDINGS)[number];

/**
 * The class of a span's last character (see ENDINGS). Letters are compared by their UTF-16 codes
 * (`codesOf`): this runs for every candidate, and a Hangul letter cut out as a string is a new string.
 */
function endingOf(text: string): Ending {
  const code = text.charCodeAt(text.length - 1);
  if (code >= 0xac00 && code <= 0xd7a3) {
    // "기반으(로)", "대활약으(로)": a stem cut inside its particle.
    if (code === BROKEN_FINAL) return 'broken';
    if (ADNOMINAL_FINALS.has(code)) return 'adnominal';
    if (VERBAL_FINALS.has(code)) return 'verbal';
    if (ADVERBIAL_FINALS.has(code)) return 'adverbial';
    return 'noun';
  }
  if (code >= 48 && code <= 57) return 'digit';
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'latin';
  if (CLOSERS.has(code)) return 'closer';
  // Other scripts' digits and Han characters (none is ASCII).
  if (code >= 0x80) {
    const last = text[text.length - 1] ?? '';
    if (/\p{N}/u.test(last)) return 'digit';
    if (/\p{Script=Han}/u.test(last)) return 'hanja';
  }
  return 'noun';
}
/** The UTF-16 codes of a string's characters (all of the sets below are of one-unit characters). */
function codesOf(chars: string): Set<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}
const BROKEN_FINAL = '으'.charCodeAt(0);
const CLOSERS = codesOf(')]\'"’”》〉」』】');
/** Last syllables of adnominal verb forms (열린, 하는, 했던, 할, 새로운): also end some nouns, so weighed, not ruled. */
const ADNOMINAL_FINALS = codesOf('한된던는할될운른린은을');
/** Last syllables of predicates and connectives (했다, 하고, 하며, 해서, 하게, 하지, 하면). */
const VERBAL_FINALS = codesOf('다고며서게지면요했됐냐니');
/** Last syllables of adverbs. */
const ADVERBIAL_FINALS = codesOf('히두');

/** Counters a question asks a number in ("몇 명", "몇 월", "며칠"), longest first. */
const COUNTERS = [
  '번째', '주년', '세기', '개월', '개국', '시간', '차례', '퍼센트', '년', '월', '일', '시', '분', '초', '세', '살', '명', '개', '곳', '건', '번', '회', '위',
  '등', '층', '대', '권', '편', '곡', '종', '배', '주', '점', '표', '골', '승', '패', '호', '척', '마리', '장', '부', '기', '채', '가지', '인',
];
const ASKED_COUNTER = new RegExp(`몇(${COUNTERS.join('|')})`, 'u');
/** The unit a span's number is counted in ("12년 만" → 년, "3개 기업" → 개, "70주년" → 주년). */
const SPAN_COUNTER = new RegExp(`\\d\\s*(${COUNTERS.join('|')})`, 'gu');

/** The counter a question asks its number in: "몇 월" → 월, "며칠" → 일; null when it asks none. */
function askedCounter(compact: string): string | null {
  if (compact.includes('며칠')) return '일';
  return ASKED_COUNTER.exec(compact)?.[1] ?? null;
}

/** Intents that name a kind of fact. */
const FACT_INTENTS = new Set(['money', 'date', 'count', 'area', 'duration', 'percent', 'person']);

const PARTICLE_SET = new Set(PARTICLES);
const LONGEST_PARTICLE = Math.max(...PARTICLES.map((particle) => particle.length));
/** Whether a Hangul word ends in a particle that would leave a stem of two letters or more ("개가" no, "2,000개가" yes). */
function endsWithParticle(word: string): boolean {
  for (let size = 1; size <= LONGEST_PARTICLE && size < word.length - 1; size++) {
    if (PARTICLE_SET.has(word.slice(word.length - size))) return /[가-힣]$/u.test(word);
  }
  return false;
}

/** The question word's particles crossed with the span's (classes of `TAILS`, marks and rarer particles merged). */
const ASKED_PARTICLES = ['obj', 'subj', 'topic', 'gen', 'loc', 'dir', 'cop'] as const;
const SPAN_PARTICLES = ['none', 'mark', 'obj', 'subj', 'topic', 'gen', 'loc', 'dir', 'other'] as const;
/** The kinds crossed with the class of the noun a question asks about. */
const FOCUS_KINDS = ['date', 'digit', 'person', 'name', 'place', 'org', 'quoted', 'focusEnd'] as const;

/** Names of the features, in vector order. */
export const FEATURE_NAMES: readonly string[] = [
  ...WH_KINDS.flatMap((wh) => KINDS.map((kind) => `${wh}×${kind}`)),
  ...TAILS.map((tail) => `tail:${tail}`),
  ...WH_KINDS.flatMap((wh) => [1, 2, 3, 4].map((n) => `${wh}×eojeols:${n}`)),
  'tail:sameAsQuestion', 'tail:otherThanQuestion', 'sentence:bestOverlap', 'rule:picked', 'rule:sameText', 'rule:inside',
  'len:log',
  'echo:share', 'echo:inQuestion', 'echo:focus',
  'window:left', 'window:right', 'window:near', 'distance:log', 'distance:none',
  'next:question', 'prev:question', 'next:focus', 'align:before', 'align:after',
  'sentence:overlap', 'sentence:rank', 'article:1', 'article:2', 'article:3', 'article:4+',
  'sentence:relevance', 'sentence:supported', 'sentence:ownSupport', 'position',
  'context:previousGain', 'context:previousGainAnaphora', 'context:titleGain',
  // What kind of word the span ends in, what it holds inside, whether the noun phrase runs on past it.
  ...ENDINGS.map((ending) => `end:${ending}`),
  'end:josa', 'left:bareNoun', 'right:continues', 'inner:particle', 'inner:verb', 'inner:comma',
  'intent:match', 'intent:clash', 'unit:match', 'unit:other', 'unit:none',
  'rarity:mean', 'rarity:min', 'rarity:unknown', 'echo:last', 'echo:first', 'verb:after', 'verb:before',
  // The question's words in the span's own clause, and whether they stand on the side of the span
  // the question puts them on the side of its question word.
  'clause:share', 'clause:none', 'order:agree', 'order:disagree', 'paren:inside',
  // The question word's particle against the span's (a dependency-like cue: "무엇을" ~ "…을").
  ...ASKED_PARTICLES.flatMap((asked) => SPAN_PARTICLES.map((tail) => `particle:${asked}×${tail}`)),
  // The noun the question asks about, by class, against the span's kind (lexicalized question word).
  ...FOCUS_CLASSES.slice(1).flatMap((focus) => FOCUS_KINDS.map((kind) => `focus:${focus}×${kind}`)),
  ...LENGTH_BUCKETS.map((bucket) => `chars:${bucket}`),
  // A verb form cut before its ending ("탄생하(였다)", "현존하(는)", "지냈으(며)"): no answer is one.
  'end:verbStem',
  // The noun the question names the answer by ("건축가의 이름" → 건축가, "어느 대학교" → 대학교) around
  // the span: just before it ("건축가 안병의"), just after ("김수근 건축가가"), ending it ("노터데임 대학교"), inside it.
  'kind:before', 'kind:after', 'kind:end', 'kind:inside',
  // The question's own words on each side of its question word, as the very next eojeols of the span.
  'adjacent:before', 'adjacent:after',
  // A date or count that runs past the unit asked ("1953년 3월 24일" for "몇 년도"): the asked part is shorter.
  'unit:beyond',
  // A figure a change starts from ("정부안 5조1천억 원에서 … 4조2천억 원으로") or ends at: the value is the one it becomes.
  'change:from', 'change:to',
  // The owner of a noun the question names ("부산의 한 호텔" for "호텔 …?"): the span qualifies what is asked, not answers it.
  'genitive:questionWord',
];

export const FEATURE_COUNT = FEATURE_NAMES.length;
const indexOf = new Map(FEATURE_NAMES.map((name, i) => [name, i]));
function at(name: string): number {
  const i = indexOf.get(name);
  if (i === undefined) throw new Error(`unknown feature ${name}`);
  return i;
}
const KIND_BASE = new Map<WhKind, number>(WH_KINDS.map((wh) => [wh, at(`${wh}×${KINDS[0]}`)]));
const KIND_OFFSET = new Map<Kind, number>(KINDS.map((kind, i) => [kind, i]));

/** Characters on each side of a span searched for the question's words. */
const WINDOW = 24;

/** Endings of a place, an organization, a titled person (as `(…)$` patterns read them). */
const PLACE_END = endingSet(['시', '도', '군', '구', '국', '주', '섬', '산', '강', '역', '궁', '성', '읍', '면', '리', '동', '항', '만', '반도', '대륙', '공항', '지방', '지역', '해', '호']);
const ORG_END = endingSet([
  '회', '부', '청', '원', '처', '회사', '상사', '단', '당', '대', '협회', '위원회', '재단', '그룹', '은행', '전자', '대학교', '대학', '학교', '연구소', '병원', '기업',
  '공사', '방송', '신문', '팀', '클럽', '조합', '학회', '기관', '센터', '군',
]);
const TITLE_END = endingSet([
  '왕', '제', '황제', '대통령', '장관', '총리', '감독', '선수', '교수', '박사', '의원', '회장', '사장', '대표', '원장', '청장', '위원장', '시장', '지사', '장군', '작가',
  '가수', '배우', '씨', '공', '후', '태자', '황후', '대사',
]);
/** Endings of a verb form, which no name has. */
const VERB_END = endingSet(['다', '고', '며', '서', '해', '여', '면', '지', '게', '니', '자', '록']);
/** An inner eojeol ending in a case particle or a verb form: the span holds a clause, not a name. */
const INNER_PARTICLE = endingSet(['을', '를', '이', '가', '은', '는', '에', '에서', '에게', '으로', '로', '와', '과', '인', '이며', '이자', '이고']);
const INNER_VERB = endingSet([...'한된던는할될했하고며서게록해면', '도록', '려고', '지만', '는데', '면서']);

/**
 * Endings grouped by their last letter (its UTF-16 code: a Hangul letter cut out as a string is a
 * new string each time, and this runs for every candidate), so a text is checked against those that
 * can match only.
 */
type EndingSet = Map<number, string[]>;
function endingSet(endings: readonly string[]): EndingSet {
  const byLast = new Map<number, string[]>();
  for (const ending of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), ending]);
  }
  return byLast;
}
function endsWithAny(text: string, endings: EndingSet): boolean {
  return endsWithin(text, 0, text.length, endings);
}
/** Whether `text[from, to)` ends in one of the endings (what `endsWithAny(text.slice(from, to), endings)` says, without the slice). */
function endsWithin(text: string, from: number, to: number, endings: EndingSet): boolean {
  if (to <= from) return false;
  const candidates = endings.get(text.charCodeAt(to - 1));
  if (!candidates) return false;
  for (const ending of candidates) if (to - from >= ending.length && text.startsWith(ending, to - ending.length)) return true;
  return false;
}

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

function tailClass(tail: string): Tail {
  if (tail === '') return 'none';
  if (tail === '(') return 'paren';
  if (/^[^가-힣]$/u.test(tail)) return 'punct';
  return PARTICLE_TAILS.find(([, rule]) => rule.test(tail))?.[0] ?? 'other';
}

/** Tail classes by tail (a handful of particles and marks recur). */
const tailIndices = new Map<string, number>();
function tailIndexOf(tail: string): number {
  let index = tailIndices.get(tail);
  if (index === undefined) {
    index = TAILS.indexOf(tailClass(tail));
    if (tailIndices.size < 1024) tailIndices.set(tail, index);
  }
  return index;
}

/**
 * `text.toLowerCase()`, skipping the call when nothing in the text has a lower case (Hangul, digits,
 * marks, quote marks, Hanja: `caseless`). Lower-casing a text of Hangul and other scripts is slow,
 * and this runs for the words around every candidate.
 */
function lowerCased(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x80 && !(code >= 0xac00 && code <= 0xd7a3) && !caseless(code))) return text.toLowerCase();
  }
  return text;
}

/**
 * Per UTF-16 unit outside ASCII: 1 when lower-casing leaves it as it is wherever it stands, 2 when
 * not, 0 not yet known. Only the final sigma's lower case depends on its neighbours (Σ has a lower
 * case anyway); a surrogate is half of a letter that may have one, so it never counts as caseless.
 */
const CASELESS = new Uint8Array(0x10000);
function caseless(code: number): boolean {
  let known = CASELESS[code] ?? 0;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = code < 0xd800 || code > 0xdfff ? (char.toLowerCase() === char ? 1 : 2) : 2;
    CASELESS[code] = known;
  }
  return known === 1;
}

/** `1 << KINDS.indexOf(kind)` by kind, looked up (a candidate asks for a dozen). */
const KIND_BIT = Object.fromEntries(KINDS.map((kind, i) => [kind, 1 << i])) as Record<Kind, number>;
function bit(kind: Kind): number {
  return KIND_BIT[kind];
}
const FACT_TYPES: readonly FactType[] = ['money', 'date', 'count', 'area', 'duration', 'percent', 'person', 'quote'];
/** `1 << FACT_TYPES.indexOf(type)` by type, looked up (it is asked for every fact of every candidate). */
const TYPE_BIT = new Map(FACT_TYPES.map((type, i) => [type, 1 << i]));
function typeBit(type: FactType): number {
  return TYPE_BIT.get(type) ?? 0;
}
function has(types: number, type: FactType): boolean {
  return (types & typeBit(type)) !== 0;
}

/** The kinds of a candidate but `focusEnd` (the one that depends on the question), as bits in `KINDS` order. */
function kindBitsOf(candidate: SpanCandidate, sentence: string, letters: number): number {
  let kinds = 0;
  const text = candidate.text;
  const facts = candidate.facts;
  // Fact types as bits (`typeBit`): those on the candidate's own span, and those within it.
  let types = 0;
  let within = 0;
  for (const fact of facts) {
    within |= typeBit(fact.type);
    if (fact.start === candidate.start && fact.end === candidate.end) types |= typeBit(fact.type);
  }
  // Every figure pattern below needs a digit; most candidates have none.
  const digit = (letters & DIGIT) !== 0;
  if (has(types, 'date') || (has(within, 'date') && digit) || (digit && /\d\s*(년|월|일|세기)$/u.test(text))) kinds |= bit('date');
  if (has(types, 'money') || (digit && /\d\s*(억|만|천)?\s*(원|달러|엔|위안|유로|파운드)$/u.test(text))) kinds |= bit('money');
  if (has(types, 'count') || (digit && /\d\s*(개|명|곳|건|차례|번|회|척|대|권|편|곡|종|개국|개사|위|등|층|호|부)$/u.test(text))) kinds |= bit('count');
  if (has(types, 'area') || has(types, 'duration') || has(types, 'percent') || (digit && /\d\s*(%|퍼센트|km|m|kg|톤|평|리|시간|분|초|년간|개월|세|살)$/u.test(text))) kinds |= bit('measure');
  if (has(within, 'person') && facts.some((fact) => fact.type === 'person' && text.includes(fact.name))) kinds |= bit('person');
  if (digit) kinds |= bit('digit');
  if ((letters & LATIN) !== 0) kinds |= bit('latin');
  if (candidate.quoted) kinds |= bit('quoted');
  if (sentence.charCodeAt(candidate.end) === 0x28 || candidate.tail === '(') kinds |= bit('paren');
  if ((letters & HANGUL) !== 0) {
    if (endsWithAny(text, PLACE_END)) kinds |= bit('place');
    if (endsWithAny(text, ORG_END)) kinds |= bit('org');
    if (endsWithAny(text, TITLE_END)) kinds |= bit('titled');
    // A name-like word: short Hangul, not a verb form ("밝혔다", "위해", "하며").
    if (candidate.eojeols <= 2 && /^[가-힣]{2,4}( [가-힣]{1,4})?$/u.test(text) && !endsWithAny(text, VERB_END)) kinds |= bit('name');
  }
  if (candidate.eojeols > 1) kinds |= bit('multi');
  return kinds;
}

/**
 * What a candidate's features read of the candidate and its sentence alone, whatever the question:
 * computed once per candidate and kept with it (./select.ts remembers a sentence's candidates), so a
 * question pays only for what depends on it.
 */
export type CandidateShape = {
  /** Its kinds but `focusEnd`, as bits in `KINDS` order. */
  kinds: number;
  /** Index in `TAILS` of what follows it (its particle or punctuation). */
  tail: number;
  /** Lower-cased letters and digits only (`squashed`): the rule's comparison and the echo's bigrams. */
  squashed: string;
  /** Whether the text is only Hangul syllables, ASCII letters and digits, and ASCII spaces. */
  plain: boolean;
  /** The text without spaces, as written and lower-cased. */
  spaceless: string;
  spacelessLower: string;
  /** The eojeols touching it on the right and on the left (`neighbour`), as written and lower-cased. */
  next: string;
  nextLower: string;
  prevLower: string;
  lenLog: number;
  /** Where it starts in its sentence (0..1). */
  position: number;
  /** Whether it stands inside parentheses (an apposition or gloss). */
  inParentheses: boolean;
  /** Index in `LENGTH_BUCKETS` of its length without spaces. */
  lengthBucket: number;
  /** Index in `ENDINGS` of its last character's class. */
  ending: number;
  /** An inner eojeol ends in a particle, a verb form, a comma: a clause rather than a name. */
  innerParticle: boolean;
  innerVerb: boolean;
  innerComma: boolean;
  /** The noun phrase runs on past it: a bare noun right before it, or a word right after with no particle between. */
  leftBare: boolean;
  rightContinues: boolean;
  /** Its last word still ends in a particle another candidate leaves out ("2,000개가"). */
  endJosa: boolean;
  /** The counters its numbers are counted in ("3개 기업" → 개). */
  units: string[];
  /** Its first and last eojeols, lower-cased, when it has two or more (else ''). */
  firstWord: string;
  lastWord: string;
};

/**
 * What the shapes of one sentence's candidates read around a start or an end (the eojeol before a
 * start, the one after an end): the same for every candidate starting or ending there, so read once
 * per offset while one sentence's candidates are shaped (a sentence has ~100 candidates, ~25 starts).
 */
export type ShapeMemo = {
  left: Map<number, { prevLower: string; leftBare: boolean }>;
  right: Map<number, { next: string; nextLower: string }>;
};

/** An empty `ShapeMemo`, for the candidates of one sentence. */
export function shapeMemo(): ShapeMemo {
  return { left: new Map(), right: new Map() };
}

function leftOf(memo: ShapeMemo, sentence: string, candidate: SpanCandidate): { prevLower: string; leftBare: boolean } {
  let left = memo.left.get(candidate.start);
  if (left === undefined) {
    const prev = neighbour(sentence, candidate, 'left');
    left = { prevLower: lowerCased(prev), leftBare: sentence[candidate.start - 1] === ' ' && prev.length > 0 && isBareNoun(prev) };
    memo.left.set(candidate.start, left);
  }
  return left;
}

function rightOf(memo: ShapeMemo, sentence: string, candidate: SpanCandidate): { next: string; nextLower: string } {
  let right = memo.right.get(candidate.end);
  if (right === undefined) {
    const next = neighbour(sentence, candidate, 'right');
    right = { next, nextLower: lowerCased(next) };
    memo.right.set(candidate.end, right);
  }
  return right;
}

/**
 * A candidate's shape (see `CandidateShape`); `sentence` is the text its offsets point into, `memo`
 * what was read around its start and end for the sentence's other candidates (`ShapeMemo`).
 */
export function shapeOf(candidate: SpanCandidate, sentence: string, memo: ShapeMemo = shapeMemo()): CandidateShape {
  const text = candidate.text;
  const letters = lettersOf(text);
  const { spaceless, spacelessLower, squashed } = textForms(text, letters);
  const { next, nextLower } = rightOf(memo, sentence, candidate);
  const { prevLower, leftBare } = leftOf(memo, sentence, candidate);
  // What the span holds inside: a particle or a verb form ending an inner eojeol, a comma. Its
  // words are what `text.split(' ')` gives, read in place: `[from, space)` each inner one, the last from `from`.
  let innerParticle = false;
  let innerVerb = false;
  let innerComma = false;
  const firstSpace = text.indexOf(' ');
  let from = 0;
  for (let space = firstSpace; space >= 0; from = space + 1, space = text.indexOf(' ', from)) {
    if (space > from && text.charCodeAt(space - 1) === 0x2c) innerComma = true;
    else if (endsWithin(text, from, space, INNER_PARTICLE)) innerParticle = true;
    else if (endsWithin(text, from, space, INNER_VERB)) innerVerb = true;
  }
  const lastWord = from === 0 ? text : text.slice(from);
  const after = sentence.charCodeAt(candidate.end + 1);
  // One object literal (no spread of a second one): ~100 shapes are made per sentence read.
  return {
    kinds: kindBitsOf(candidate, sentence, letters),
    tail: tailIndexOf(candidate.tail),
    squashed,
    plain: (letters & (OTHER | MARK)) === 0,
    spaceless,
    spacelessLower,
    next,
    nextLower,
    prevLower,
    lenLog: text.length < LOG1P.length ? (LOG1P[text.length] ?? 0) : Math.log1p(text.length),
    position: sentence.length > 0 ? candidate.start / sentence.length : 0,
    inParentheses: insideParentheses(sentence, candidate.start, candidate.end),
    lengthBucket: lengthBucketOf(spaceless.length),
    ending: ENDINGS.indexOf(endingOf(text)),
    innerParticle,
    innerVerb,
    innerComma,
    leftBare,
    rightContinues: candidate.tail === '' && sentence.charCodeAt(candidate.end) === 0x20 && ((after >= 0xac00 && after <= 0xd7a3) || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)),
    endJosa: endsWithParticle(lastWord),
    units: (letters & DIGIT) !== 0 ? unitsIn(text) : NO_UNITS,
    firstWord: firstSpace >= 0 ? lowerCased(text.slice(0, firstSpace)) : '',
    lastWord: firstSpace >= 0 ? lowerCased(lastWord) : '',
  };
}

/** `Math.log1p(n)` of the lengths most spans have, worked out once (the same numbers). */
const LOG1P = Float64Array.from({ length: 256 }, (_, n) => Math.log1p(n));

/** The counters a text's numbers are counted in (`SPAN_COUNTER`'s groups, in order). */
function unitsIn(text: string): string[] {
  const units: string[] = [];
  SPAN_COUNTER.lastIndex = 0;
  for (let match = SPAN_COUNTER.exec(text); match; match = SPAN_COUNTER.exec(text)) units.push(match[1] ?? '');
  return units;
}

/** The units of a span without a digit: none (one shared list, never changed). */
const NO_UNITS: string[] = [];

/**
 * What a view reads of its sentence alone, the corpus's word weights included (no question): where
 * its clauses start, whether it points back, and its letter pairs' rarities. The same for every
 * question, so it may be kept per sentence text (for one corpus: the weights are its own).
 */
export type SentenceForm = Pick<SentenceView, 'anaphoric' | 'clauses' | 'compactAt' | 'rarity' | 'unknown'>;

/**
 * A sentence's `SentenceForm`; `pairWeightOf`, when given, is `weightOf` of a letter pair given as
 * its two UTF-16 units (a corpus may look those up without making the pair's string).
 */
export function sentenceForm(text: string, weightOf: (piece: string) => number, pairWeightOf?: (first: number, second: number) => number): SentenceForm {
  return { anaphoric: ANAPHORIC_OPENING.test(text), clauses: clauseStarts(text), ...rarityOf(text, pairWeightOf ?? ((first, second) => weightOf(String.fromCharCode(first, second)))) };
}

/** Prepares a sentence for scoring its candidates against a question (`form`: its `sentenceForm`, when kept). */
export function viewSentence(
  sentence: SpanSentence,
  question: SpanQuestion,
  weightOf: (piece: string) => number,
  neighbours: SentenceNeighbours = {},
  form: SentenceForm = sentenceForm(sentence.text, weightOf),
): SentenceView {
  const hits = locateTopic(sentence.text, question.pieces);
  let total = 0;
  for (const piece of question.pieces) total += weightOf(piece);
  const found = new Set(hits.map((hit) => hit.piece));
  let present = 0;
  for (const piece of found) present += weightOf(piece);
  return {
    sentence,
    hits,
    overlap: total > 0 ? present / total : 0,
    best: false,
    previousGain: gainOf(neighbours.previous, question.pieces, found, total, weightOf),
    anaphoric: form.anaphoric,
    titleGain: gainOf(neighbours.title, question.pieces, found, total, weightOf),
    clauses: form.clauses,
    compactAt: form.compactAt,
    rarity: form.rarity,
    unknown: form.unknown,
  };
}

/** IDF weight a piece gets when search has never seen it (a rare name). */
const UNKNOWN_RARITY = 1;

/** What `/[^\p{L}\p{N}]+/` leaves: a letter or a digit of any script. */
function isLetterOrDigit(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xac00 && code <= 0xd7a3) return true;
  return /[\p{L}\p{N}]/u.test(char);
}

/** The sentence's letter bigrams' rarities (see `SentenceView.rarity`). */
function rarityOf(text: string, pairWeightOf: (first: number, second: number) => number): { compactAt: Int32Array; rarity: Float64Array; unknown: Uint8Array } {
  const compactAt = new Int32Array(text.length + 1);
  // The compact text's UTF-16 units (at most two per unit of the sentence: a lower-cased letter may grow).
  const units = new Uint16Array(2 * text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    compactAt[i] = length;
    const code = text.charCodeAt(i);
    // Lower-cased one character at a time, so offsets stay those of the sentence; Hangul
    // syllables and ASCII (most of a sentence) without making a string for each.
    if (code >= 0xac00 && code <= 0xd7a3) units[length++] = code;
    else if (code < 128) {
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) units[length++] = code;
      else if (code >= 65 && code <= 90) units[length++] = code + 32;
    } else {
      const char = text[i] ?? '';
      if (!isLetterOrDigit(code, char)) continue;
      const lower = char.toLowerCase();
      for (let j = 0; j < lower.length; j++) units[length++] = lower.charCodeAt(j);
    }
  }
  compactAt[text.length] = length;
  const pairs = Math.max(0, length - 1);
  const rarity = new Float64Array(pairs);
  const unknown = new Uint8Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const weight = pairWeightOf(units[i] ?? 0, units[i + 1] ?? 0);
    rarity[i] = weight > 0 ? weight : UNKNOWN_RARITY;
    unknown[i] = weight <= 0 ? 1 : 0;
  }
  return { compactAt, rarity, unknown };
}

/**
 * Lower-cased letters and digits only: `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')`, read
 * letter by letter when the text is Hangul syllables, ASCII and spaces (the Unicode-class pattern
 * is slow and this runs for every candidate).
 */
function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What a text holds, as bits: one pass over it tells which of the forms below need the slow way. */
const DIGIT = 1;
const LATIN = 2;
const UPPER = 4;
const HANGUL = 8;
/** ASCII white space. */
const SPACE = 16;
/** ASCII other than letters, digits and white space (punctuation, controls). */
const MARK = 32;
/** Anything else: not ASCII, not a Hangul syllable. */
const OTHER = 64;

function lettersOf(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) letters |= HANGUL;
    else if (code >= 0x30 && code <= 0x39) letters |= DIGIT;
    else if (code >= 0x61 && code <= 0x7a) letters |= LATIN;
    else if (code >= 0x41 && code <= 0x5a) letters |= LATIN | UPPER;
    else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) letters |= SPACE;
    else if (code < 0x80) letters |= MARK;
    else letters |= OTHER;
  }
  return letters;
}

/**
 * A candidate's text without spaces, lower-cased, and squashed (`squashed`), each the same string
 * as the expression it stands for; worked out by hand when the text is Hangul, ASCII letters and
 * digits and ASCII spaces (the Unicode-class patterns are slow, and this runs for every candidate).
 */
function textForms(text: string, letters: number): { spaceless: string; spacelessLower: string; squashed: string } {
  if ((letters & (OTHER | MARK)) !== 0) {
    const spaceless = text.replace(/\s+/gu, '');
    return { spaceless, spacelessLower: spaceless.toLowerCase(), squashed: squashed(text) };
  }
  const spaceless = (letters & SPACE) !== 0 ? withoutAsciiSpaces(text) : text;
  const spacelessLower = (letters & UPPER) !== 0 ? spaceless.toLowerCase() : spaceless;
  // Letters, digits and spaces only: squashing drops the spaces and lower-cases.
  return { spaceless, spacelessLower, squashed: spacelessLower };
}

function withoutAsciiSpaces(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out;
}

/** Whether a UTF-16 unit is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}


/** The stem of the eojeol touching a span on one side (particles off), or ''. */
function neighbour(sentence: string, candidate: SpanCandidate, side: 'left' | 'right'): string {
  if (side === 'right') {
    // The rest of the span's own eojeol, the spaces after it, then the next eojeol.
    let from = candidate.end;
    while (from < sentence.length && !isSpace(sentence.charCodeAt(from))) from++;
    while (from < sentence.length && isSpace(sentence.charCodeAt(from))) from++;
    let to = from;
    while (to < sentence.length && !isSpace(sentence.charCodeAt(to))) to++;
    return sentence.slice(from, to);
  }
  // The spaces before the span, then the eojeol before them.
  let to = candidate.start;
  while (to > 0 && isSpace(sentence.charCodeAt(to - 1))) to--;
  let from = to;
  while (from > 0 && !isSpace(sentence.charCodeAt(from - 1))) from--;
  return sentence.slice(from, to);
}

/**
 * The last run of non-space characters of a text. A backward scan: `/[^\s]+$/` retries from every
 * position and is quadratic on a long sentence, and this runs for every candidate.
 */
export function lastEojeol(text: string): string {
  let start = text.length;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/** Whether `text[from, to)` holds `part` (what `text.slice(from, to).includes(part)` says, without the slice). */
function holdsWithin(text: string, part: string, from: number, to: number): boolean {
  const found = text.indexOf(part, from);
  return found >= 0 && found + part.length <= Math.min(to, text.length);
}

/**
 * Every offset where `part` starts in `text` (overlapping ones too), ascending; null for no part or
 * an empty one (`occursWithin` then asks `holdsWithin`). A question's few words are looked for around
 * every candidate of a sentence: found once per sentence, each look is a short scan of this list.
 */
function occurrences(text: string, part: string | null): Int32Array | null {
  if (part === null || part.length === 0) return null;
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return Int32Array.from(found);
}

/** `holdsWithin(text, part, from, to)`, read from `part`'s `occurrences` in `text` when there are any. */
function occursWithin(text: string, part: string, at: Int32Array | null, from: number, to: number): boolean {
  if (at === null) return holdsWithin(text, part, from, to);
  // The first occurrence at or after `from` is what `indexOf(part, from)` finds.
  for (let i = 0; i < at.length; i++) {
    const found = at[i] ?? 0;
    if (found >= from) return found + part.length <= Math.min(to, text.length);
  }
  return false;
}

const TAIL_AT = TAILS.map((tail) => at(`tail:${tail}`));
const F = {
  sameAsQuestion: at('tail:sameAsQuestion'),
  otherThanQuestion: at('tail:otherThanQuestion'),
  bestOverlap: at('sentence:bestOverlap'),
  rulePicked: at('rule:picked'),
  ruleSameText: at('rule:sameText'),
  ruleInside: at('rule:inside'),
  lenLog: at('len:log'),
  echoShare: at('echo:share'),
  echoInQuestion: at('echo:inQuestion'),
  echoFocus: at('echo:focus'),
  windowLeft: at('window:left'),
  windowRight: at('window:right'),
  windowNear: at('window:near'),
  distanceLog: at('distance:log'),
  distanceNone: at('distance:none'),
  nextQuestion: at('next:question'),
  prevQuestion: at('prev:question'),
  nextFocus: at('next:focus'),
  alignBefore: at('align:before'),
  alignAfter: at('align:after'),
  overlap: at('sentence:overlap'),
  rank: at('sentence:rank'),
  article: [at('article:1'), at('article:2'), at('article:3'), at('article:4+')],
  relevance: at('sentence:relevance'),
  supported: at('sentence:supported'),
  ownSupport: at('sentence:ownSupport'),
  position: at('position'),
  previousGain: at('context:previousGain'),
  previousGainAnaphora: at('context:previousGainAnaphora'),
  titleGain: at('context:titleGain'),
  clauseShare: at('clause:share'),
  clauseNone: at('clause:none'),
  orderAgree: at('order:agree'),
  orderDisagree: at('order:disagree'),
  parenInside: at('paren:inside'),
  endJosa: at('end:josa'), leftBare: at('left:bareNoun'), rightContinues: at('right:continues'),
  innerParticle: at('inner:particle'), innerVerb: at('inner:verb'), innerComma: at('inner:comma'),
  intentMatch: at('intent:match'), intentClash: at('intent:clash'),
  unitMatch: at('unit:match'), unitOther: at('unit:other'), unitNone: at('unit:none'),
  rarityMean: at('rarity:mean'), rarityMin: at('rarity:min'), rarityUnknown: at('rarity:unknown'),
  echoLast: at('echo:last'), echoFirst: at('echo:first'), verbAfter: at('verb:after'), verbBefore: at('verb:before'),
};
const ENDING_AT = ENDINGS.map((ending) => at(`end:${ending}`));
const G = {
  verbStem: at('end:verbStem'),
  kindBefore: at('kind:before'), kindAfter: at('kind:after'), kindEnd: at('kind:end'), kindInside: at('kind:inside'),
  adjacentBefore: at('adjacent:before'), adjacentAfter: at('adjacent:after'),
  unitBeyond: at('unit:beyond'), changeFrom: at('change:from'), changeTo: at('change:to'), genitiveQuestion: at('genitive:questionWord'),
};
/** After a figure followed by 에서: a later figure the change goes to ("… 4조2천억 원으로"). */
const CHANGE_TARGET = /\d[\d,.]*(?:[가-힣%㎡㏊a-zA-Z]{0,3})(?:\s?[가-힣]{1,2})?(?:으로|로)(?![가-힣])/u;
/** Before a figure followed by (으)로: an earlier figure the change starts from ("5조1천억 원에서"). */
const CHANGE_SOURCE = /\d[\d,.]*(?:[가-힣%㎡㏊a-zA-Z]{0,3})(?:\s?[가-힣]{1,2})?에서(?![가-힣])/u;
/** How far around a figure the other end of its change is looked for (characters). */
const CHANGE_WINDOW = 40;
/** Last syllables of verb stems and of their tense ("하", "있", "되", "했", "였", "졌"): a span ending so, with an ending cut off after it, is a verb. */
const VERB_STEM_FINALS = codesOf('하있없되됐했였었았졌냈렸겠왔갔났섰켰췄웠봤줬쳤텼혔켜');
/** Focus nouns that name no kind ("이름", "명칭"): the noun before them does ("건축가의 이름"). */
const NAME_NOUNS = new Set(['이름', '명칭', '성함', '제목', '이름은', '호칭', '정식명칭']);

/** How far after "X의" the question's noun is looked for (characters). */
const OWNED_WINDOW = 12;

/** The noun a question names its answer's kind by: the focus, or for "X의 이름" the X. Null when none of two letters or more. */
function kindNounOf(question: SpanQuestion): string | null {
  const focus = question.focus;
  if (focus === null) return null;
  if (!NAME_NOUNS.has(focus)) return focus.length >= 2 ? focus : null;
  const at = question.words.lastIndexOf(focus);
  const before = at > 0 ? question.words[at - 1] : undefined;
  return before !== undefined && before.length >= 2 ? before.toLowerCase() : null;
}
const PARTICLE_BASE = at(`particle:${ASKED_PARTICLES[0]}×${SPAN_PARTICLES[0]}`);
/** Per `TAILS` index: its column among `SPAN_PARTICLES`. */
const SPAN_PARTICLE_OF = TAILS.map((tail) => {
  if (tail === 'paren' || tail === 'punct') return SPAN_PARTICLES.indexOf('mark');
  const at = (SPAN_PARTICLES as readonly string[]).indexOf(tail);
  return at >= 0 ? at : SPAN_PARTICLES.indexOf('other');
});
const FOCUS_BASE = at(`focus:${FOCUS_CLASSES[1]}×${FOCUS_KINDS[0]}`);
/** Per `KINDS` index: its column among `FOCUS_KINDS`, or -1. */
const FOCUS_KIND_OF = KINDS.map((kind) => (FOCUS_KINDS as readonly string[]).indexOf(kind));
const CHARS_AT = LENGTH_BUCKETS.map((bucket) => at(`chars:${bucket}`));
const FOCUS_END_OFFSET = KINDS.indexOf('focusEnd');
const FOCUS_FOCUS_END = FOCUS_KINDS.indexOf('focusEnd');

/**
 * What the features read of a question, worked out once for all its candidates: feature indices of
 * its question word, its words' first syllable pairs, the syllable pairs a span may echo, and the
 * weights of its pieces. Build it after the question is final (`compact` is read here).
 */
export type ScoringQuestion = {
  question: SpanQuestion;
  kindBase: number;
  /** Feature index of `${wh}×eojeols:n`, by n (1..4). */
  whEojeols: number[];
  /** Index in `TAILS` of the question word's particle, or -1 when it has none. */
  particleTail: number;
  ruleSquashed: string | null;
  /** The first two letters of each content word of two letters or more (`next:question`, `prev:question`). */
  prefixes: string[];
  /** Letter pairs a span's bigram echoes (`addPair`/`hasPair`): the question's two-letter pieces and every pair in `compact`. */
  echoPairs: PairSet;
  /** The focus's last letter, when there is a focus. */
  focusLast: string | null;
  questionPieces: Set<string>;
  beforePrefix: string | null;
  afterPrefix: string | null;
  /** Sum of the question pieces' weights (as `window:*` divides by). */
  total: number;
  weightOf: (piece: string) => number;
  /** Feature index of `particle:${asked}×none`: the row of the question word's particle; -1 when none is crossed. */
  particleRow: number;
  /** Feature index of `focus:${class}×date`: the row of the focus noun's class; -1 when the question names none. */
  focusRow: number;
  /** Where the question word stands in `compact`, or -1 (a keyword query). */
  whAt: number;
  /** The counter the question asks its number in ("몇 명" → 명), or null. */
  counter: string | null;
  /** The first two letters of the question's last content word (its predicate: 설립한 → 설립), or null. */
  verb: string | null;
  /** The intent when it names a kind of fact, else null. */
  factIntent: string | null;
  /** The noun naming the answer's kind (`kindNounOf`), lower-cased, or null. */
  kindNoun: string | null;
  /** The question's nouns (two letters or more) it names without an owner ("호텔 …?", not "부산의 호텔"). */
  ownedWords: string[];
};

/**
 * Pairs of UTF-16 units, in four sets by the first unit's top two bits, so that every key stays a
 * small integer (a key of 2^30 or more would be a heap number: slower, and garbage per look-up).
 */
type PairSet = [Set<number>, Set<number>, Set<number>, Set<number>];
function addPair(pairs: PairSet, text: string, i: number): void {
  const first = text.charCodeAt(i);
  pairs[first >>> 14]?.add((first & 0x3fff) * 65536 + text.charCodeAt(i + 1));
}
function hasPair(pairs: PairSet, text: string, i: number): boolean {
  const first = text.charCodeAt(i);
  return pairs[first >>> 14]?.has((first & 0x3fff) * 65536 + text.charCodeAt(i + 1)) ?? false;
}

export function scoringQuestion(question: SpanQuestion, weightOf: (piece: string) => number): ScoringQuestion {
  let total = 0;
  for (const piece of question.pieces) total += weightOf(piece);
  const echoPairs: PairSet = [new Set(), new Set(), new Set(), new Set()];
  for (const piece of question.pieces) if (piece.length === 2) addPair(echoPairs, piece, 0);
  for (let i = 0; i + 2 <= question.compact.length; i++) addPair(echoPairs, question.compact, i);
  return {
    question,
    kindBase: KIND_BASE.get(question.wh) ?? 0,
    whEojeols: [0, 1, 2, 3, 4].map((n) => (n === 0 ? -1 : at(`${question.wh}×eojeols:${n}`))),
    particleTail: question.particle !== null ? TAILS.indexOf(tailClass(question.particle)) : -1,
    ruleSquashed: question.rule !== null ? squashed(question.rule.text) : null,
    prefixes: question.words.filter((word) => word.length >= 2).map((word) => word.slice(0, 2)),
    echoPairs,
    focusLast: question.focus !== null && question.focus.length > 0 ? question.focus.slice(-1) : null,
    questionPieces: new Set(question.pieces),
    beforePrefix: question.before ? question.before.slice(0, 2) : null,
    afterPrefix: question.after ? question.after.slice(0, 2) : null,
    total,
    weightOf,
    particleRow: particleRowOf(question),
    focusRow: focusClassOf(question.focus) > 0 ? FOCUS_BASE + (focusClassOf(question.focus) - 1) * FOCUS_KINDS.length : -1,
    whAt: whPositionIn(question.compact),
    counter: askedCounter(question.compact),
    verb: verbOf(question),
    factIntent: question.intent && FACT_INTENTS.has(question.intent) ? question.intent : null,
    kindNoun: kindNounOf(question),
    ownedWords: question.words.filter((word) => word.length >= 2 && /^[가-힣]+$/u.test(word) && !question.compact.includes(`의${word}`)),
  };
}

function verbOf(question: SpanQuestion): string | null {
  const last = question.words[question.words.length - 1] ?? null;
  return last !== null && last.length >= 2 ? last.slice(0, 2) : null;
}

function particleRowOf(question: SpanQuestion): number {
  if (question.particle === null) return -1;
  const row = (ASKED_PARTICLES as readonly string[]).indexOf(tailClass(question.particle));
  return row >= 0 ? PARTICLE_BASE + row * SPAN_PARTICLES.length : -1;
}

/** Share of a span's bigrams (of its `squashed` text) the question holds. */
function echoShare(text: string, q: ScoringQuestion): number {
  if (text.length === 0) return 0;
  if (text.length === 1) return q.questionPieces.has(text) || q.question.compact.includes(text) ? 1 : 0;
  let echoed = 0;
  for (let i = 0; i + 2 <= text.length; i++) if (hasPair(q.echoPairs, text, i)) echoed++;
  return echoed / (text.length - 1);
}

function matchesWord(lower: string, prefixes: readonly string[]): boolean {
  if (lower.length === 0) return false;
  // Sharing the first syllable bigram: particles and endings differ, the stem does not.
  for (const prefix of prefixes) if (lower.startsWith(prefix)) return true;
  return false;
}

/** A sentence view's hits with their pieces' weights and numbers (for the `window:*` sums). */
type ViewHits = {
  offsets: Int32Array;
  lengths: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** Per hit: -1 when its piece stands before the question word in the question, 1 after, 0 unknown. */
  sides: Int8Array;
  distinct: number;
  /** Where the question's `beforePrefix`, `afterPrefix` and `verb` occur in the sentence (every start, ascending; see `occursWithin`). */
  before: Int32Array | null;
  after: Int32Array | null;
  verb: Int32Array | null;
};
const viewHits = new WeakMap<SentenceView, ViewHits>();

function hitsOf(view: SentenceView, q: ScoringQuestion): ViewHits {
  let prepared = viewHits.get(view);
  if (prepared) return prepared;
  const n = view.hits.length;
  const ids = new Map<string, number>();
  const text = view.sentence.text;
  prepared = {
    offsets: new Int32Array(n),
    lengths: new Int32Array(n),
    ids: new Int32Array(n),
    weights: new Float64Array(n),
    sides: new Int8Array(n),
    distinct: 0,
    before: occurrences(text, q.beforePrefix),
    after: occurrences(text, q.afterPrefix),
    verb: occurrences(text, q.verb),
  };
  view.hits.forEach((hit, h) => {
    let id = ids.get(hit.piece);
    if (id === undefined) {
      id = ids.size;
      ids.set(hit.piece, id);
    }
    prepared!.offsets[h] = hit.offset;
    prepared!.lengths[h] = hit.piece.length;
    prepared!.ids[h] = id;
    prepared!.weights[h] = q.weightOf(hit.piece);
    if (q.whAt >= 0) {
      const at = q.question.compact.indexOf(hit.piece);
      prepared!.sides[h] = at < 0 ? 0 : at < q.whAt ? -1 : 1;
    }
  });
  prepared.distinct = ids.size;
  viewHits.set(view, prepared);
  return prepared;
}

/** Marks of the pieces already counted in each window for the current candidate (no set per candidate). */
let marks = { left: new Int32Array(16), right: new Int32Array(16), near: new Int32Array(16), clause: new Int32Array(16) };
let stamp = 0;

/**
 * One candidate's feature vector, written sparsely: `values` is zero but at the indices written
 * since the last `clear`, so clearing and scoring it cost the few features a candidate has (about
 * 30), not all of them. The written indices are kept as bits (one per feature), so they are read
 * in index order — the order `SpanModel.score` sums in — without sorting them.
 */
export class SparseFeatures {
  readonly values = new Float64Array(FEATURE_COUNT);
  private readonly written = new Int32Array((FEATURE_COUNT + 31) >>> 5);

  set(index: number, value: number): void {
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    const bits = this.written[word] ?? 0;
    if ((bits & bit) === 0) {
      if (value === 0) return;
      this.written[word] = bits | bit;
    }
    this.values[index] = value;
  }

  clear(): void {
    const { written, values } = this;
    for (let word = 0; word < written.length; word++) {
      for (let bits = written[word] ?? 0; bits !== 0; ) {
        const low = bits & -bits;
        values[(word << 5) + 31 - Math.clz32(low)] = 0;
        bits ^= low;
      }
      written[word] = 0;
    }
  }

  /**
   * Σ weights[i] · values[i], summed in index order as `SpanModel.score` sums the whole vector: the
   * terms left out are zero (finite weights), and adding zero to a sum that starts at +0 changes
   * nothing, so the two agree to the bit.
   */
  dot(weights: Float64Array): number {
    const { written, values } = this;
    let sum = 0;
    for (let word = 0; word < written.length; word++) {
      for (let bits = written[word] ?? 0; bits !== 0; ) {
        const low = bits & -bits;
        const index = (word << 5) + 31 - Math.clz32(low);
        sum += (weights[index] ?? 0) * (values[index] ?? 0);
        bits ^= low;
      }
    }
    return sum;
  }

  /**
   * `dot(first)` into `out[0]` and `dot(second)` into `out[1]`, in one pass over the written
   * features: each sum takes the same terms in the same order as `dot`'s, so the same bits.
   */
  dots(first: Float64Array, second: Float64Array, out: Float64Array): void {
    const { written, values } = this;
    let a = 0;
    let b = 0;
    for (let word = 0; word < written.length; word++) {
      for (let bits = written[word] ?? 0; bits !== 0; ) {
        const low = bits & -bits;
        const index = (word << 5) + 31 - Math.clz32(low);
        const value = values[index] ?? 0;
        a += (first[index] ?? 0) * value;
        b += (second[index] ?? 0) * value;
        bits ^= low;
      }
    }
    out[0] = a;
    out[1] = b;
  }
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
  const sparse = shapedFeatures(candidate, shapeOf(candidate, view.sentence.text), view, scoringQuestion(question, weightOf), new SparseFeatures());
  out.set(sparse.values);
  return out;
}

/**
 * The feature vector of one candidate from its shape and the prepared question (what
 * `candidateFeatures` computes, each question-independent part read from the shape).
 */
export function shapedFeatures(
  candidate: SpanCandidate,
  shape: CandidateShape,
  view: SentenceView,
  q: ScoringQuestion,
  out: SparseFeatures,
): SparseFeatures {
  out.clear();
  const question = q.question;
  const { sentence } = view;
  const text = sentence.text;
  const base = q.kindBase;
  for (let kinds = shape.kinds, i = 0; kinds !== 0; kinds >>>= 1, i++) if (kinds & 1) out.set(base + i, 1);
  if (q.focusLast !== null && (candidate.text.endsWith(q.focusLast) || candidate.text.endsWith(question.focus ?? ''))) {
    out.set(base + FOCUS_END_OFFSET, 1);
    if (q.focusRow >= 0) out.set(q.focusRow + FOCUS_FOCUS_END, 1);
  }
  out.set(TAIL_AT[shape.tail] ?? 0, 1);
  const eojeols = Math.min(4, candidate.eojeols);
  out.set(q.whEojeols[eojeols] ?? 0, 1);
  if (q.particleTail >= 0) {
    // "무엇을 주도한" is answered by "…을 주도한": the same particle after the answer.
    out.set(q.particleTail === shape.tail ? F.sameAsQuestion : F.otherThanQuestion, 1);
  }
  out.set(F.bestOverlap, view.best ? 1 : 0);
  sentenceFeatures(candidate, shape, view, q, out);
  out.set(F.lenLog, shape.lenLog);

  // Echo: a span made of the question's own words is seldom what it asks.
  out.set(F.echoShare, echoShare(shape.squashed, q));
  out.set(F.echoInQuestion, question.compact.includes(shape.spacelessLower) ? 1 : 0);
  out.set(F.echoFocus, question.focus !== null && shape.spaceless === question.focus ? 1 : 0);

  // Question words around the span, weighted by rarity, and how near the nearest one is. Each
  // window sums a piece's weight once, in the order the hits first reach it (as a set would).
  const hits = hitsOf(view, q);
  if (hits.distinct > marks.left.length || stamp >= 1 << 30) {
    const size = Math.max(hits.distinct * 2, marks.left.length);
    marks = { left: new Int32Array(size), right: new Int32Array(size), near: new Int32Array(size), clause: new Int32Array(size) };
    stamp = 0;
  }
  stamp++;
  let left = 0;
  let right = 0;
  let near = 0;
  let inClause = 0;
  let agree = 0;
  let disagree = 0;
  let distance = Number.POSITIVE_INFINITY;
  const { start, end } = candidate;
  const clause = clauseOf(view.clauses, text.length, start, end);
  for (let h = 0; h < hits.offsets.length; h++) {
    const offset = hits.offsets[h] ?? 0;
    if (offset >= start && offset < end) continue;
    if (offset >= clause.from && offset < clause.to && marks.clause[hits.ids[h] ?? 0] !== stamp) {
      marks.clause[hits.ids[h] ?? 0] = stamp;
      const weight = hits.weights[h] ?? 0;
      inClause += weight;
      const side = hits.sides[h] ?? 0;
      if (side !== 0) {
        if ((side < 0) === offset < start) agree += weight;
        else disagree += weight;
      }
    }
    const gap = offset < start ? start - offset - (hits.lengths[h] ?? 0) : offset - end;
    const d = Math.max(0, gap);
    if (d < distance) distance = d;
    const id = hits.ids[h] ?? 0;
    const weight = hits.weights[h] ?? 0;
    if (offset < start && d <= WINDOW && marks.left[id] !== stamp) {
      marks.left[id] = stamp;
      left += weight;
    }
    if (offset >= end && d <= WINDOW && marks.right[id] !== stamp) {
      marks.right[id] = stamp;
      right += weight;
    }
    if (d <= 6 && marks.near[id] !== stamp) {
      marks.near[id] = stamp;
      near += weight;
    }
  }
  const total = q.total;
  out.set(F.windowLeft, total > 0 ? left / total : 0);
  out.set(F.windowRight, total > 0 ? right / total : 0);
  out.set(F.windowNear, total > 0 ? near / total : 0);
  if (total > 0 && inClause > 0) {
    out.set(F.clauseShare, inClause / total);
    out.set(F.orderAgree, agree / total);
    out.set(F.orderDisagree, disagree / total);
  } else out.set(F.clauseNone, 1);
  if (Number.isFinite(distance)) out.set(F.distanceLog, distance < LOG1P.length ? (LOG1P[distance] ?? 0) : Math.log1p(distance));
  else out.set(F.distanceNone, 1);

  out.set(F.nextQuestion, matchesWord(shape.nextLower, q.prefixes) ? 1 : 0);
  out.set(F.prevQuestion, matchesWord(shape.prevLower, q.prefixes) ? 1 : 0);
  out.set(F.nextFocus, question.focus !== null && question.focus.length >= 1 && shape.next.startsWith(question.focus) ? 1 : 0);
  // The word the question puts before its question word stands before the answer, the word after it after.
  if (q.beforePrefix !== null) out.set(F.alignBefore, occursWithin(text, q.beforePrefix, hits.before, Math.max(0, start - WINDOW), start) ? 1 : 0);
  if (q.afterPrefix !== null) out.set(F.alignAfter, occursWithin(text, q.afterPrefix, hits.after, end, end + WINDOW) ? 1 : 0);

  out.set(F.overlap, view.overlap);
  out.set(F.position, shape.position);
  if (shape.inParentheses) out.set(F.parenInside, 1);
  if (q.particleRow >= 0) out.set(q.particleRow + (SPAN_PARTICLE_OF[shape.tail] ?? 0), 1);
  if (q.focusRow >= 0) {
    for (let kinds = shape.kinds, i = 0; kinds !== 0; kinds >>>= 1, i++) {
      const column = FOCUS_KIND_OF[i] ?? -1;
      if (kinds & 1 && column >= 0) out.set(q.focusRow + column, 1);
    }
  }
  out.set(CHARS_AT[shape.lengthBucket] ?? 0, 1);
  out.set(ENDING_AT[shape.ending] ?? 0, 1);
  if (shape.endJosa) out.set(F.endJosa, 1);
  if (shape.leftBare) out.set(F.leftBare, 1);
  if (shape.rightContinues) out.set(F.rightContinues, 1);
  if (shape.innerParticle) out.set(F.innerParticle, 1);
  if (shape.innerVerb) out.set(F.innerVerb, 1);
  if (shape.innerComma) out.set(F.innerComma, 1);
  // A question whose cue word names a fact kind ("예산" → money) is answered by a fact of that kind.
  if (q.factIntent !== null) {
    let own = false;
    let match = false;
    for (const fact of candidate.facts) {
      if (fact.start !== candidate.start || fact.end !== candidate.end) continue;
      own = true;
      if (fact.type === q.factIntent) match = true;
    }
    if (match) out.set(F.intentMatch, 1);
    else if (own) out.set(F.intentClash, 1);
  }
  // "몇 월" is answered by "10월", not "2023년"; "몇 개" by "3개", not "70주년".
  if (q.counter !== null) {
    if (shape.units.length === 0) out.set(F.unitNone, 1);
    else if (shape.units.includes(q.counter)) {
      out.set(F.unitMatch, 1);
      if (shape.units[shape.units.length - 1] !== q.counter) out.set(G.unitBeyond, 1);
    } else out.set(F.unitOther, 1);
  }
  // How rare the span's own words are: an answer is mostly a name or a term, seldom "결국" or "처음".
  const from = view.compactAt[start] ?? 0;
  const to = view.compactAt[end] ?? from;
  if (to - from >= 2) {
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let unknown = 0;
    for (let i = from; i < to - 1; i++) {
      const rarity = view.rarity[i] ?? UNKNOWN_RARITY;
      sum += rarity;
      if (rarity < min) min = rarity;
      unknown += view.unknown[i] ?? 0;
    }
    const n = to - from - 1;
    out.set(F.rarityMean, sum / n);
    out.set(F.rarityMin, min);
    out.set(F.rarityUnknown, unknown / n);
  }
  // "김태호 총리 후보자" for "… 총리 후보자는?": the question's words at the span's edge.
  if (shape.lastWord.length >= 2 && question.compact.includes(shape.lastWord)) out.set(F.echoLast, 1);
  if (shape.firstWord.length >= 2 && question.compact.includes(shape.firstWord)) out.set(F.echoFirst, 1);
  // The question's predicate ("…을 설립한 사람은?") near the span: the answer is its subject or object.
  if (q.verb !== null) {
    if (occursWithin(text, q.verb, hits.verb, end, end + WINDOW)) out.set(F.verbAfter, 1);
    if (occursWithin(text, q.verb, hits.verb, Math.max(0, start - WINDOW), start)) out.set(F.verbBefore, 1);
  }
  const tailStart = candidate.tail.charCodeAt(0);
  if (tailStart >= 0xac00 && tailStart <= 0xd7a3 && VERB_STEM_FINALS.has(candidate.text.charCodeAt(candidate.text.length - 1))) out.set(G.verbStem, 1);
  const kind = q.kindNoun;
  if (kind !== null) {
    if (shape.prevLower.endsWith(kind)) out.set(G.kindBefore, 1);
    if (shape.nextLower.startsWith(kind)) out.set(G.kindAfter, 1);
    if (shape.spacelessLower.length > kind.length) {
      if (shape.spacelessLower.endsWith(kind)) out.set(G.kindEnd, 1);
      else if (shape.spacelessLower.includes(kind)) out.set(G.kindInside, 1);
    }
  }
  if (q.beforePrefix !== null && shape.prevLower.startsWith(q.beforePrefix)) out.set(G.adjacentBefore, 1);
  if (q.afterPrefix !== null && shape.nextLower.startsWith(q.afterPrefix)) out.set(G.adjacentAfter, 1);
  if (shape.units.length > 0) {
    if (candidate.tail === '에서' && CHANGE_TARGET.test(text.slice(end, end + CHANGE_WINDOW))) out.set(G.changeFrom, 1);
    else if ((candidate.tail === '으로' || candidate.tail === '로') && CHANGE_SOURCE.test(text.slice(Math.max(0, start - CHANGE_WINDOW), start))) out.set(G.changeTo, 1);
  }
  if (candidate.tail === '의' && q.ownedWords.length > 0) {
    const following = text.slice(end + 1, end + 1 + OWNED_WINDOW).trim().split(' ').slice(0, 2);
    if (following.some((word) => q.ownedWords.some((owned) => word.startsWith(owned)))) out.set(G.genitiveQuestion, 1);
  }
  return out;
}

/**
 * The features of a candidate that depend on its sentence's place rather than its text: the rule's
 * pick, the sentence's rank, its article's rank, relevance and support, and what its neighbours
 * (the previous sentence, the headline) add. Every other feature of `shapedFeatures` reads only the
 * sentence's text (its hits, clauses and rarities come from the text and the question), so two
 * sentences of the same text share them and differ only here (./select.ts scores a copied sentence
 * — the same story in two articles — by rewriting these on the first copy's vector).
 *
 * Each is written, zero included, so that the vector of another sentence of the same text comes out
 * with the values a fresh `shapedFeatures` gives; a zero left in the vector adds nothing to `dot`.
 * A new feature that depends on more than the sentence's text belongs here.
 */
export function sentenceFeatures(candidate: SpanCandidate, shape: CandidateShape, view: SentenceView, q: ScoringQuestion, out: SparseFeatures): void {
  const { sentence } = view;
  const rule = q.question.rule;
  if (rule !== null) {
    const sameText = shape.squashed === q.ruleSquashed;
    const sameSentence = rule.articleId === sentence.articleId && rule.sentenceIndex === sentence.sentenceIndex;
    const picked = sameText && sameSentence;
    out.set(F.rulePicked, picked ? 1 : 0);
    out.set(F.ruleSameText, !picked && sameText ? 1 : 0);
    out.set(F.ruleInside, !sameText && sameSentence && candidate.text.includes(rule.text) ? 1 : 0);
  }
  out.set(F.rank, 1 / (1 + sentence.rank));
  const article = sentence.articleRank === 0 ? 0 : sentence.articleRank === 1 ? 1 : sentence.articleRank === 2 ? 2 : 3;
  for (let k = 0; k < F.article.length; k++) out.set(F.article[k] ?? 0, k === article ? 1 : 0);
  out.set(F.relevance, sentence.relevance);
  out.set(F.supported, sentence.supported ? 1 : 0);
  out.set(F.ownSupport, sentence.ownSupport);
  // The question's words the sentence leaves to its neighbours: news often names the topic in one
  // sentence and gives the figure in the next ("… 6건의 계약" / "이를 통해 자금 지원 … 기대").
  out.set(F.previousGain, view.previousGain);
  out.set(F.previousGainAnaphora, view.anaphoric ? view.previousGain : 0);
  out.set(F.titleGain, view.titleGain);
}
