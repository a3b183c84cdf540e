/**
 * 물은 것과 어긋난 답 (a span of another kind than the one asked): a year for "몇 월", a date for
 * "몇 곳", a count for "얼마 … 달러로", a figure for "누구" / "어디" / "이름", or the very name the
 * question says, in its other spelling ("Adams Street는 어떤 회사야?" → 애덤스 스트리트). The scorer
 * weighs kinds as features, but, fitted on encyclopedia questions, it lets a well-placed figure win
 * now and then; read out in a briefing such an answer is plainly wrong. So the model's winner is
 * its best span that does not clash (./select.ts), and a winner that clashes all the same (every
 * candidate did) keeps at most `KIND_CLASH_CONFIDENCE`.
 */
import type { SpanCandidate } from './candidates.ts';
import type { SpanQuestion } from './question.ts';

/** Confidence a clashing winner keeps at most: below any threshold a span is given at. */
export const KIND_CLASH_CONFIDENCE = 0.3;

/** Counters a number is counted in, longest first ("몇 월" → 월, "3개 기업" → 개). */
const COUNTERS = [
  '번째', '주년', '세기', '개월', '개국', '개사', '시간', '차례', '년', '월', '일', '시', '분', '명', '개', '곳', '건', '번', '회', '위', '층', '권', '편', '곡', '종', '마리', '가지', '채', '척', '대',
];
const ASKED_COUNTER = new RegExp(`몇(${COUNTERS.join('|')})`, 'u');
const SPAN_COUNTER = new RegExp(`\\d\\s*(${COUNTERS.join('|')})`, 'gu');
/** Units of a point in time. */
const TIME_COUNTERS = new Set(['년', '월', '일', '시', '분', '세기']);
/** Counters that count things: a span counted only in them is neither an amount nor a date. */
const THING_COUNTERS = new Set(['개', '개사', '개국', '명', '곳', '건', '번', '회', '차례', '위', '층', '권', '편', '곡', '종', '마리', '가지', '채', '척', '대']);
/** Intents that name a kind of figure the fact extractor reads. */
const FIGURE_INTENTS = new Set(['money', 'date', 'count', 'area', 'duration', 'percent']);
/** What a money question names ("예산 얼마", "… 달러로"). */
const MONEY_WORDS = /(원|달러|유로|엔화|위안|예산|비용|금액|매출|투자|자금|가격|액수|사업비|기금)/u;
/** Nouns that ask for a name, a person, a place or an organization ("어느 기관", "회사 이름"). */
const ENTITY_FOCUS = /(이름|명칭|성함|제목|사람|인물|기관|단체|회사|기업|업체|곳|나라|국가|도시|지역|장소|대학)$/u;

function unitsOf(text: string): string[] {
  return /\d/u.test(text) ? [...text.matchAll(SPAN_COUNTER)].map((match) => match[1] ?? '') : [];
}

const asked = new WeakMap<SpanQuestion, string | null>();
/** The counter a question asks its number in, read once per question. */
function counterOf(question: SpanQuestion): string | null {
  let counter = asked.get(question);
  if (counter === undefined) {
    counter = askedCounter(question.compact);
    asked.set(question, counter);
  }
  return counter;
}

function askedCounter(compact: string): string | null {
  if (compact.includes('며칠')) return '일';
  return ASKED_COUNTER.exec(compact)?.[1] ?? null;
}

/** A span that is a figure: it starts with a digit (a date, an amount, a count). */
function isFigure(candidate: SpanCandidate): boolean {
  return /^\d/u.test(candidate.text) || candidate.facts.some((fact) => (fact.type === 'date' || fact.type === 'money' || fact.type === 'count') && fact.start === candidate.start && fact.end === candidate.end);
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One name in Hangul, the other in Latin letters ("애덤스 스트리트" / "Adams Street"). */
function otherScript(a: string, b: string): boolean {
  const hangul = (text: string) => /[가-힣]/u.test(text) && !/[A-Za-z]/u.test(text);
  const latin = (text: string) => /[A-Za-z]/u.test(text) && !/[가-힣]/u.test(text);
  return (hangul(a) && latin(b)) || (latin(a) && hangul(b));
}

/**
 * Whether the span is the thing the question names, under the other spelling the sentence gives
 * it in parentheses: "아우디툼바이오(Auditum Bio)" for "Auditum Bio랑 계약한 제약사 어디", or the
 * Latin inside for a question in Hangul. An echo answers nothing.
 */
export function echoesByAlias(candidate: SpanCandidate, sentence: string, question: SpanQuestion): boolean {
  const opens = sentence[candidate.end] === '(';
  const inside = sentence[candidate.start - 1] === '(' && sentence[candidate.end] === ')';
  if (!opens && !inside) return false;
  const asked = letters(question.compact);
  if (opens) {
    const close = sentence.indexOf(')', candidate.end);
    const inner = close > candidate.end ? letters(sentence.slice(candidate.end + 1, close)) : '';
    if (inner.length >= 3 && otherScript(candidate.text, inner) && asked.includes(inner)) return true;
  }
  if (inside) {
    const before = (/[\p{L}\p{N}·\- ]+$/u.exec(sentence.slice(0, candidate.start - 1))?.[0] ?? '').trim().split(' ');
    const name = letters(before.slice(-2).join(''));
    const last = letters(before.at(-1) ?? '');
    if (!otherScript(candidate.text, name)) return false;
    if ((name.length >= 3 && asked.includes(name)) || (last.length >= 3 && asked.includes(last))) return true;
  }
  return false;
}

/** Whether the span is of another kind than the question asks for (see the module comment). */
export function clashesWithAsked(candidate: SpanCandidate, question: SpanQuestion, sentence = ''): boolean {
  const text = candidate.text;
  if (sentence.length > 0 && echoesByAlias(candidate, sentence, question)) return true;
  const units = unitsOf(text);
  const counter = counterOf(question);
  // "몇 월" answered by "2023년": a time, but not in the unit asked ("몇 곳" is well answered by "5개").
  if (counter !== null && TIME_COUNTERS.has(counter) && units.length > 0 && units.every((unit) => TIME_COUNTERS.has(unit)) && !units.includes(counter)) return true;
  // Counted in the very unit asked ("몇 시" → "오후 4시"): of the asked kind, whatever the cue word says.
  if (counter !== null && units.includes(counter)) return false;
  // A time asked ("몇 시"), things counted ("9건"); or things asked ("몇 곳"), a time given ("28일").
  if (counter !== null && units.length > 0 && TIME_COUNTERS.has(counter) && units.every((unit) => THING_COUNTERS.has(unit))) return true;
  if (counter !== null && units.length > 0 && THING_COUNTERS.has(counter) && units.every((unit) => TIME_COUNTERS.has(unit))) return true;
  // A cue word naming a kind of figure ("몇 곳", "기업 수", "예산") answered by a figure of another kind.
  const intent = question.intent;
  if (intent && FIGURE_INTENTS.has(intent) && units.length > 0) {
    if (intent !== 'date' && intent !== 'duration' && units.every((unit) => TIME_COUNTERS.has(unit))) return true;
    if (intent === 'date' && units.every((unit) => THING_COUNTERS.has(unit))) return true;
  }
  // "투자 유치 얼마 … 달러로" answered by "50건의 업무협약": a count is not an amount.
  if (question.wh === 'howmuch' && MONEY_WORDS.test(question.compact) && units.length > 0 && units.every((unit) => THING_COUNTERS.has(unit)) && !/(원|달러|유로|엔|위안|파운드)/u.test(text)) return true;
  // A person, a place, an organization or a name asked; a bare figure given.
  const entity = question.wh === 'who' || question.wh === 'where' || (question.focus !== null && (question.wh === 'which' || question.wh === 'what' || question.wh === 'none') && ENTITY_FOCUS.test(question.focus));
  return entity && isFigure(candidate);
}
