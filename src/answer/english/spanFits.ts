/**
 * Last checks of an English question's short answer, whatever reader chose it: a span that only
 * says back the question's own words ("a 'win-win' for both economies" → 윈윈) answers nothing, and
 * a unit asked ("how many days", "in square kilometres") must be the unit of the figure answered
 * (120대 is no number of days, 1스퀘어 마일 no area in km²), and people asked ("how many … experts") are
 * counted in 명 (15개 사 is no number of experts).
 */
import { stripJosa } from '../../korean/josa.ts';
import { withoutSpaces } from '../../korean/normalize.ts';
import type { Answer } from '../types.ts';
import type { EnglishQuestion } from './translate.ts';
import type { OrganizationAsked } from './organization.ts';
import { glossary } from './glossary.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';
import { counterFor, hasOwnCounter } from './intent.ts';

type AskedUnit = {
  /** The Korean units a figure of it is written in (after the number). */
  units: string;
  /** A figure that surely is one (a duration, not a day of a month), for picking it from a sentence. */
  sure: string;
};

/** Units an English question may ask a figure in, each with its Korean spellings. Longer ones first. */
const UNITS: readonly { english: RegExp; unit: AskedUnit }[] = [
  { english: /square (?:kilomet(?:er|re)s?|km)|km2|km²/iu, unit: { units: '㎢|km²|km2|제곱킬로미터', sure: '㎢|km²|km2|제곱킬로미터' } },
  { english: /square (?:met(?:er|re)s?)|m2|m²/iu, unit: { units: '㎡|m²|m2|제곱미터', sure: '㎡|m²|m2|제곱미터' } },
  { english: /hectares?/iu, unit: { units: 'ha|㏊|헥타르', sure: 'ha|㏊|헥타르' } },
  { english: /kilomet(?:er|re)s?|km/iu, unit: { units: '㎞(?![²2])|km(?![²2/])|킬로미터', sure: '㎞(?![²2])|km(?![²2/])|킬로미터' } },
  { english: /tons?|tonnes?/iu, unit: { units: '톤|t(?![a-z])', sure: '톤' } },
  { english: /days/iu, unit: { units: '일', sure: '일간|일 동안|일째' } },
  { english: /weeks/iu, unit: { units: '주', sure: '주간|주 동안|주째' } },
  { english: /months/iu, unit: { units: '개월|달', sure: '개월|달' } },
  { english: /hours/iu, unit: { units: '시간', sure: '시간' } },
  { english: /minutes/iu, unit: { units: '분', sure: '분간|분 동안' } },
];

/** "How many days …", "… in square kilometres", "how long in months": where a question names the unit asked. */
function askedUnit(question: string): AskedUnit | null {
  for (const { english, unit } of UNITS) {
    const source = english.source;
    const asked = new RegExp(`\\bhow many (?:${source})\\b|\\bin (?:${source})(?![A-Za-z])|\\bhow long\\b[^?]*\\bin (?:${source})(?![A-Za-z])`, 'iu');
    if (asked.test(question)) return unit;
  }
  return null;
}

/** People are counted in 명 (or 인); "1만2천여 명" says 여 before it. */
const PEOPLE_UNIT: AskedUnit = { units: '(?:여\\s?)?(?:명|인(?![가-힣]))', sure: '(?:여\\s?)?명' };

/** Where the counted noun's clause ends: "how many experts *did* …", "… were …". */
const CLAUSE_VERB = /^(?:did|do|does|were|was|are|is|have|has|had|will|would|can|could)$/iu;

/**
 * "How many Korean and American cluster experts gathered …": people asked by the first word after
 * "how many" that has a counter of its own (intent.ts `counterFor`), when that counter is 명.
 */
function askedPeople(question: string): AskedUnit | null {
  const after = /\bhow many\s+(.*)$/iu.exec(question)?.[1] ?? '';
  for (const word of after.split(/\s+/u).slice(0, 6)) {
    const bare = word.replace(/[^A-Za-z-]/gu, '');
    if (bare.length === 0 || CLAUSE_VERB.test(bare)) return null;
    if (hasOwnCounter(bare)) return counterFor(bare) === '명' ? PEOPLE_UNIT : null;
  }
  return null;
}

/** The figures (number and what follows it) of a text. */
function figuresOf(text: string): { at: number; tail: string }[] {
  return [...text.matchAll(/\d[\d,.]*/gu)].map((match) => ({ at: match.index ?? 0, tail: text.slice((match.index ?? 0) + match[0].length) }));
}

/** Korean number words between a figure and its unit (3만 톤, 1,200억 원), spaces allowed. */
const MAGNITUDE = '\\s?(?:[십백천만억조]+\\s?)?';

/** Whether a figure's tail starts with one of the units (a space allowed between). */
function inUnit(tail: string, units: string): boolean {
  return new RegExp(`^${MAGNITUDE}(?:${units})`, 'u').test(tail);
}

/** A span with a figure none of whose figures is in the unit asked. */
function offUnit(span: string, unit: AskedUnit): boolean {
  const figures = figuresOf(span);
  return figures.length > 0 && !figures.some((figure) => inUnit(figure.tail, unit.units));
}

/** The phrases a question puts in quotation marks ("a 'win-win' for both economies" → win-win). */
function quotedPhrases(question: string): string[] {
  return [...question.matchAll(/(?:^|[\s(])['‘"“]([^'’"”]{2,60})['’"”]/gu)].map((match) => (match[1] ?? '').toLowerCase());
}

/**
 * A span whose every word the question itself says: Hangul it writes, or the glossary's Korean of a
 * phrase it quotes (the article's own word, which it asks about, not for). Names are no echo: "the
 * Korean name of KHIDI" is answered by the name.
 */
function echoesQuestion(span: string, english: EnglishQuestion): boolean {
  // "KAIST or Moderna?": a choice question is answered by one of its own words.
  if (/\bor\b/iu.test(english.english)) return false;
  const clean = (word: string) => stripJosa(word.replace(/[‘’'“”"「」『』()[\].,!?·]/gu, ''));
  const names = new Set([...english.names, ...english.places].map((name) => withoutSpaces(name)));
  const quoted = quotedPhrases(english.english);
  const glossed = quoted.length === 0 ? [] : glossary().entries.filter((entry) => quoted.some((phrase) => new RegExp(`(?:^|[^a-z])${escapeRegExp(entry.english.toLowerCase())}(?:$|[^a-z])`, 'u').test(phrase))).flatMap((entry) => entry.korean);
  const said = new Set([...glossed, ...(english.english.match(/[가-힣][가-힣A-Za-z0-9]*/gu) ?? [])].map(clean).filter((word) => word.length > 0 && !names.has(word)));
  const words = span.split(/\s+/u).map(clean).filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => said.has(word) && !names.has(word));
}

/** The one surely-in-unit figure of the first cited sentence that has one ("75일간" of "3월 2일부터 … 75일간"). */
function figureInUnit(answer: Answer, unit: AskedUnit): { text: string; start: number; rank: number } | null {
  for (const [rank, citation] of answer.citations.slice(0, 3).entries()) {
    const found = figuresOf(citation.text).filter((figure) => inUnit(figure.tail, unit.sure));
    if (found.length === 0) continue;
    if (found.length > 1) return null;
    const [figure] = found;
    if (!figure) return null;
    const number = /^\d[\d,.]*/u.exec(citation.text.slice(figure.at))?.[0] ?? '';
    const written = new RegExp(`^${MAGNITUDE}(?:${unit.units})`, 'u').exec(figure.tail)?.[0] ?? '';
    return { text: `${number}${written}`, start: figure.at, rank };
  }
  return null;
}

/** How sure a figure read by its asked unit is. */
const UNIT_CONFIDENCE = 0.7;

export type SpanCheck = { kind: 'fits' } | { kind: 'replace'; answer: Answer } | { kind: 'sentence' } | { kind: 'unanswered' };

/**
 * @name checkEnglishSpan
 * @description
 * 영어 질문의 짧은 답(span)이 질문을 되풀이하거나(윈윈) 물은 단위(days, square kilometres)가 아닌 수치면:
 * 인용 문장에서 그 단위의 수치 하나를 답으로, 없으면 문장을 근거로(또는 답 없음).
 * @example
 * // "How many days does the caution period last?" answered 120대 over "… 75일간을 … 드론 120대" → 75일
 */
export function checkEnglishSpan(answer: Answer, english: EnglishQuestion): SpanCheck {
  if (!answer.found || answer.answerKind !== 'span' || !answer.answer) return { kind: 'fits' };
  const span = answer.answer;
  const unit = askedUnit(english.english) ?? askedPeople(english.english);
  if (unit && offUnit(span, unit)) {
    const own = figureInUnit(answer, unit);
    if (!own) return answer.citations.slice(0, 3).some((citation) => figuresOf(citation.text).some((figure) => inUnit(figure.tail, unit.units))) ? { kind: 'sentence' } : { kind: 'unanswered' };
    const citations = [answer.citations[own.rank], ...answer.citations.filter((_, i) => i !== own.rank)].flatMap((citation) => (citation ? [citation] : []));
    return { kind: 'replace', answer: { ...answer, answer: own.text, answerStart: own.start, answerEnd: own.start + own.text.length, confidence: Math.min(answer.confidence, UNIT_CONFIDENCE), facts: [], citations } };
  }
  return echoesQuestion(span, english) ? { kind: 'sentence' } : { kind: 'fits' };
}

/**
 * Whether a span names an organization of the kind asked ("which university" → …대·대학교), when the
 * kind has endings. A bare acronym ("CIC") is not trusted here: only the organization reader, which
 * reads what the acronym glosses, may answer with one.
 */
export function ofKindAsked(span: string, asked: OrganizationAsked): boolean {
  if (!asked.endings) return true;
  const words = span.split(/[\s,]+/u).map((word) => stripJosa(word.replace(/[‘’'“”"()[\].!?]/gu, ''))).filter((word) => word.length > 0);
  return words.some((word) => asked.endings?.test(word) === true && !/^[A-Z&]{2,}$/u.test(word));
}
