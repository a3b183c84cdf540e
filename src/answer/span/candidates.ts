/**
 * Answer candidates (답 후보) of a sentence: the spans an answer may be.
 *
 * A Korean answer is almost always a run of whole eojeols (어절) whose last one may carry a
 * particle (조사) the answer leaves out: "로널드 레이건 대통령의" → "로널드 레이건 대통령". So the
 * candidates are runs of one to four eojeols, each ending on the last eojeol as written, without
 * its particle, or before punctuation ("임종석(任鍾晳)" → "임종석"); plus what stands between quote
 * marks or title brackets (‘K-바이오 랩허브’, 《…》), however long; plus the facts read from the
 * sentence (amounts, dates, people …), whose spans the fact reader knows best.
 */
import type { Fact } from '../../facts/types.ts';

export type SpanCandidate = {
  /** Character offsets into the sentence. */
  start: number;
  end: number;
  text: string;
  /** Eojeols the span covers. */
  eojeols: number;
  /** What follows the span inside its eojeol (its particle), or the punctuation right after it. */
  tail: string;
  /** Whether the span is exactly what stands between a pair of quote marks or brackets. */
  quoted: boolean;
  /** The facts whose span this is. */
  facts: Fact[];
};

/** Longest run of eojeols a candidate covers (KorQuAD answers: 99% within four). */
export const MAX_EOJEOLS = 4;
/** Longest quoted span taken whole. */
const MAX_QUOTED_CHARS = 60;

/** Particles an answer leaves out, longest first. */
export const PARTICLES = [
  '이었다', '이라는', '이라고', '에서는', '으로는', '에게서', '으로서', '으로써', '로부터', '이라며', '이었던',
  '에서', '에게', '으로', '까지', '부터', '이다', '였다', '라는', '라고', '에는', '와의', '과의', '로는', '이며', '이고',
  '이란', '만에', '처럼', '보다', '께서', '에도', '이나', '이자', '인데', '인가',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '인', '란', '나', '며', '께', '야',
];

/**
 * Opening marks, and each quote mark's or bracket's closing one, by UTF-16 code: read for every
 * letter of a sentence, and a Hangul letter cut out as a string is a new string each time.
 */
const OPENING = new Set([...'(["\'‘“《〈「『【['].map((char) => char.charCodeAt(0)));
const CLOSING_PAIRS = new Map(
  Object.entries({ '‘': '’', '“': '”', '《': '》', '〈': '〉', '「': '」', '『': '』', '"': '"', "'": "'", '【': '】' }).map(([open, close]) => [open.charCodeAt(0), close]),
);

/** Punctuation that closes a span inside an eojeol. */
const STOPS = new Set([...'()[]"\'‘’“”《》〈〉「」『』【】,.·:;!?…~'].map((char) => char.charCodeAt(0)));
/** What ends an eojeol that ends a run of eojeols ("…했다, 그리고"). */
const RUN_STOPS = new Set([...',.;:!?)'].map((char) => char.charCodeAt(0)));

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

/** Punctuation that closes a span inside an eojeol (a comma or point between digits does not). */
function isStop(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x2c || code === 0x2e) return !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
  return STOPS.has(code);
}

type Eojeol = { start: number; end: number };

/** A span's key among a sentence's candidates: its start and end as one number. */
function keyOf(start: number, end: number): number {
  return start * 0x4000000 + end;
}

function eojeolsOf(sentence: string): Eojeol[] {
  const eojeols: Eojeol[] = [];
  const pattern = /\S+/gu;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    eojeols.push({ start: match.index, end: match.index + match[0].length });
  }
  return eojeols;
}

/** Where a span may start in an eojeol: after its opening punctuation; null when nothing is left. */
function coreStart(sentence: string, eojeol: Eojeol): number | null {
  let at = eojeol.start;
  while (at < eojeol.end && OPENING.has(sentence.charCodeAt(at))) at++;
  return at < eojeol.end && !isStop(sentence, at) ? at : null;
}

/** `PARTICLES` by their last letter's code, each list in `PARTICLES` order. */
const PARTICLES_BY_LAST = new Map<number, string[]>();
for (const particle of PARTICLES) {
  const last = particle.charCodeAt(particle.length - 1);
  PARTICLES_BY_LAST.set(last, [...(PARTICLES_BY_LAST.get(last) ?? []), particle]);
}

type End = { end: number; tail: string };

/** Where a span may end in an eojeol, with what follows it there. */
function endsOf(sentence: string, eojeol: Eojeol, from: number): End[] {
  let stop = from;
  while (stop < eojeol.end && !isStop(sentence, stop)) stop++;
  if (stop <= from) return [];
  const punct = sentence.slice(stop, Math.min(eojeol.end, stop + 1));
  const ends = [{ end: stop, tail: punct }];
  const last = sentence.charCodeAt(stop - 1);
  if (last >= 0xac00 && last <= 0xd7a3) {
    // The eojeol's part `[from, stop)` ends in the particle (read in place, no copy of it).
    for (const particle of PARTICLES_BY_LAST.get(last) ?? []) {
      if (stop - from > particle.length && sentence.startsWith(particle, stop - particle.length)) {
        ends.push({ end: stop - particle.length, tail: particle });
      }
    }
  }
  return ends;
}

/**
 * Every candidate span of a sentence.
 * @example
 * sentenceCandidates('알렉산더 헤이그는 로널드 레이건 대통령의 밑에서 국무장관을 지냈다.', [])
 *   .some((c) => c.text === '로널드 레이건 대통령') // true
 */
export function sentenceCandidates(sentence: string, facts: readonly Fact[]): SpanCandidate[] {
  // Keyed by start and end (a number: cheaper than a string, the same insertion order).
  const byKey = new Map<number, SpanCandidate>();
  const add = (start: number, end: number, eojeols: number, tail: string, quoted: boolean) => {
    const text = sentence.slice(start, end).trim();
    if (text.length === 0 || end <= start) return;
    const key = keyOf(start, end);
    const existing = byKey.get(key);
    if (existing) {
      existing.quoted ||= quoted;
      return;
    }
    byKey.set(key, { start, end, text, eojeols, tail, quoted, facts: [] });
  };
  const eojeols = eojeolsOf(sentence);
  // An eojeol's ends when a span runs on into it from the one before: the same for every start.
  const wholeEnds: (End[] | undefined)[] = [];
  for (let i = 0; i < eojeols.length; i++) {
    const first = eojeols[i];
    if (!first) continue;
    const start = coreStart(sentence, first);
    if (start === null) continue;
    for (let j = i; j < Math.min(eojeols.length, i + MAX_EOJEOLS); j++) {
      const last = eojeols[j];
      if (!last) break;
      const ends = j === i ? endsOf(sentence, last, start) : (wholeEnds[j] ??= endsOf(sentence, last, last.start));
      for (const { end, tail } of ends) add(start, end, j - i + 1, tail, false);
      // A span does not run on past a sentence-internal stop ("…했다, 그리고").
      if (RUN_STOPS.has(sentence.charCodeAt(last.end - 1))) break;
    }
  }
  // Quoted names and titles, whole.
  for (let i = 0; i < sentence.length; i++) {
    const close = CLOSING_PAIRS.get(sentence.charCodeAt(i));
    if (!close) continue;
    const end = sentence.indexOf(close, i + 1);
    if (end < 0 || end - i - 1 > MAX_QUOTED_CHARS || end === i + 1) continue;
    const inner = sentence.slice(i + 1, end);
    add(i + 1, end, inner.split(/\s+/u).length, close, true);
  }
  // Facts, on their own spans.
  for (const fact of facts) {
    if (fact.type === 'quote' || fact.end <= fact.start || sentence.slice(fact.start, fact.end) !== fact.text) continue;
    const tail = /^[가-힣]*/u.exec(sentence.slice(fact.end))?.[0] ?? '';
    add(fact.start, fact.end, fact.text.split(/\s+/u).length, tail, false);
    const candidate = byKey.get(keyOf(fact.start, fact.end));
    candidate?.facts.push(fact);
    // A person fact's name alone is a candidate too ("윤혜림 기자" → 윤혜림).
    if (fact.type === 'person') {
      const at = sentence.indexOf(fact.name, fact.start);
      if (at >= 0 && at < fact.end) {
        add(at, at + fact.name.length, fact.name.split(/\s+/u).length, '', false);
        byKey.get(keyOf(at, at + fact.name.length))?.facts.push(fact);
      }
    }
  }
  // Every span a fact lies within knows it, so "2023년 4월" knows it is a date.
  const located = facts.filter((fact) => fact.type !== 'quote');
  for (const candidate of byKey.values()) {
    for (const fact of located) {
      if (!candidate.facts.includes(fact) && fact.start >= candidate.start && fact.end <= candidate.end) candidate.facts.push(fact);
    }
  }
  return [...byKey.values()];
}
