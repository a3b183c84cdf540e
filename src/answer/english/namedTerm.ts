/**
 * "Which strategy …", "What is the name of the plan …", "… rest on which cornerstone?", "What kind of
 * service …": the question asks for a thing of a kind (N), and Korean news names such things in
 * quotation marks (‘바이오헬스 신시장 창출 전략’, '가치동맹'의 주춧돌) or as a noun phrase ending in N
 * (원루프 서비스). Read from the cited sentences: the one term that ends in N, or stands right before
 * N; none or several → null, and the sentence stays evidence.
 */
import { glossary } from './glossary.ts';
import type { Answer, Citation } from '../types.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';

/** The kind asked: the Korean spellings of N, and whether the English said "kind/type of N". */
export type TermAsked = { spellings: string[]; kindOf: boolean; /** "the name of the N". */ name: boolean };

/** Nouns of people, organizations, places and times: other readers answer those. */
const OTHER_READERS =
  /^(person|people|officials?|ministers?|ceos?|presidents?|heads?|chairman|compan(y|ies)|firms?|agenc(y|ies)|organi[sz]ations?|hospitals?|universit(y|ies)|city|country|place|venue|year|month|day|date|time|hour)$/u;

/** Words between the question word and N ("which two documents", "what new strategy"). */
const MAX_MODIFIERS = 2;

/**
 * @name termAsked
 * @description
 * "which/what (kind of) N", "the name of the N": N's Korean spellings from the glossary; null when the
 * question asks no such thing or N is not in the glossary.
 */
export function termAsked(question: string): TermAsked | null {
  const lower = question.toLowerCase().replace(/[?.,!]/gu, ' ');
  const match =
    // "into what kind of 동맹?": the kind noun may be written in Hangul.
    /\b(?:which|what)\s+(kind|type|sort)\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+\b|[가-힣]{1,8}(?=\s*$))/u.exec(lower) ??
    /\bnames?\s+of\s+(?:the|its|their|this|that)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b/u.exec(lower) ??
    /\b(?:which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b/u.exec(lower);
  if (!match) return null;
  const kindOf = /^(kind|type|sort)$/u.test(match[1] ?? '');
  const name = /\bnames?\s+of\b/u.test(match[0]);
  const phrase = (kindOf ? match[2] : match[1]) ?? '';
  const words = phrase.split(/\s+/u).filter((word) => word.length > 0);
  const book = glossary();
  // The noun is the last word that the glossary knows (not a question word) ("which two documents" → documents).
  for (let i = words.length - 1; i >= 0 && i >= words.length - 1 - MAX_MODIFIERS; i--) {
    const word = words[i] ?? '';
    if (/^(did|does|do|is|was|are|were|will|has|had|of|the|a|an)$/u.test(word)) return null;
    if (OTHER_READERS.test(word)) return null;
    if (/^[가-힣]+$/u.test(word)) return { spellings: [word], kindOf, name };
    const entry = book.lookup([word]);
    if (entry && entry.kind !== 'cue') return { spellings: entry.korean.filter((spelling) => /[가-힣]/u.test(spelling)), kindOf, name };
  }
  return null;
}

/** Quoted terms of a sentence: ‘…’, '…', “…” (short ones: a name, not a statement). */
const QUOTED = [/‘(?<a>[^‘’]{2,40})’|'(?<b>[^']{2,40})'/gu, /“(?<c>[^“”]{2,40})”|"(?<d>[^"]{2,40})"/gu];

/** Particles between a quoted term and the noun it names ("'가치동맹'의 주춧돌", "‘…’이라는 전략"). */
const LINK = /^\s?(?:의|이라는|라는|인|이란|란)?\s?/u;

type Found = { text: string; start: number; end: number };

const squash = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

/** The one term of a sentence that names a thing of the kind asked, or null. */
export function namedTermIn(text: string, asked: TermAsked, questionWords: readonly string[]): Found | null {
  const spellings = asked.spellings.map(squash).filter((spelling) => spelling.length > 0);
  const echo = (term: string) => questionWords.some((word) => word.length >= 2 && squash(term) === squash(word));
  const found: Found[] = [];
  // Single and double quotation marks read apart: a short quote may hold a quoted name.
  for (const match of QUOTED.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const term = (match.groups?.a ?? match.groups?.b ?? match.groups?.c ?? match.groups?.d ?? '').trim();
    const start = (match.index ?? 0) + match[0].indexOf(term);
    const after = text.slice((match.index ?? 0) + match[0].length);
    const link = LINK.exec(after)?.[0] ?? '';
    const next = squash(after.slice(link.length, link.length + 12));
    const endsInKind = spellings.some((spelling) => squash(term).endsWith(spelling) && squash(term).length > spelling.length);
    const namesNext = spellings.some((spelling) => next.startsWith(spelling));
    if ((endsInKind || namesNext) && !echo(term)) found.push({ text: term, start, end: start + term.length });
  }
  // "원루프 서비스": a bare noun (no particle) right before N, for "what kind of N".
  if (found.length === 0 && asked.kindOf) {
    for (const spelling of asked.spellings) {
      // The noun, then N with at most a particle after it ("원루프 서비스를").
      const key = escapeRegExp(spelling);
      const pattern = new RegExp(`(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,})\\s?${key}(?=$|[^가-힣]|(?:을|를|이|가|은|는|의|에|와|과|로|으로|도)(?![가-힣]))`, 'gu');
      for (const match of text.matchAll(pattern)) {
        const noun = match[1] ?? '';
        if (/(은|는|이|가|을|를|의|에|와|과|도|로|한|된|할|인|적|및|등)$/u.test(noun) || echo(match[0])) continue;
        found.push({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
      }
    }
  }
  const distinct = [...new Map(found.map((item) => [squash(item.text), item])).values()];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/** Confidence given a term read by these rules: fixed, not fitted. */
const TERM_CONFIDENCE = 0.7;

/**
 * @name answerNamedTerm
 * @description
 * 종류를 묻는 영어 질문(which strategy, what kind of service)에, 인용 문장(앞의 둘)에서 그 종류의 이름을
 * 짧은 답으로. 정하지 못하면 null.
 */
export function answerNamedTerm(answer: Answer, asked: TermAsked, questionWords: readonly string[]): Answer | null {
  // A name asked ("the name of the strategy …") is a slot: not found unless a span names it, so the
  // closest sentences are read too.
  if (answer.found ? answer.answerKind !== 'sentence' : !asked.name || answer.citations.length === 0) return null;
  for (const [rank, citation] of answer.citations.slice(0, 2).entries()) {
    const term = namedTermIn(citation.text, asked, questionWords);
    if (!term) continue;
    const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
    return { ...answer, found: true, answer: term.text, answerKind: 'span', confidence: TERM_CONFIDENCE, answerStart: term.start, answerEnd: term.end, citations };
  }
  return null;
}

/** "What does X rank number one in?", "X is No. 1 in what?": the field a name leads. */
const RANK_QUESTION = /\b(?:rank(?:s|ed)?|is|was|are)\b.*\b(?:number one|no\.? ?1|first|top|#1)\b.*\bin\b|\b(?:number one|no\.? ?1|#1|top)\s+(?:in|at)\s+what\b|\bwhat\b.*\b(?:number one|no\.? ?1|#1)\b|^\s*in (?:what|which) (?:field|area|sector|category|market|industry)\b.*\b(?:top|number one|no\.? ?1|leading|first|#1)\b/iu;

/** The field before "1위" that is put before a name ("해상용 안테나 1위 기업 인텔리안테크놀로지스"). */
function rankedField(text: string, name: string): Found | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 40), at);
  const match = /((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]+)\s?1위\s?(?:[가-힣]{0,4}\s)?$/u.exec(before);
  if (!match?.[1]) return null;
  // "세계 1위", "국내 1위": a scope, not a field; a word with a particle ends the field.
  const words = match[1].split(/\s/u).filter((word) => !/^(세계|국내|업계|글로벌|국내외)$/u.test(word));
  let from = 0;
  words.forEach((word, i) => {
    if (i < words.length - 1 && /(은|는|이|가|을|를|의|에|와|과|로|한|된|인|,)$/u.test(word)) from = i + 1;
  });
  const field = words.slice(from).join(' ');
  if (field.length < 2) return null;
  const start = text.indexOf(field, Math.max(0, at - 40));
  return start >= 0 ? { text: field, start, end: start + field.length } : null;
}

/**
 * @name answerRankedField
 * @description
 * "What does X rank number one in?": 인용 문장에서 X 앞의 "○○ 1위"의 ○○. 없으면 null.
 */
export function answerRankedField(answer: Answer, question: string, names: readonly string[]): Answer | null {
  if (!answer.found || answer.answerKind !== 'sentence' || !RANK_QUESTION.test(question)) return null;
  for (const [rank, citation] of answer.citations.slice(0, 2).entries()) {
    for (const name of names) {
      const field = rankedField(citation.text, name);
      if (!field) continue;
      const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
      return { ...answer, answer: field.text, answerKind: 'span', confidence: TERM_CONFIDENCE, answerStart: field.start, answerEnd: field.end, citations };
    }
  }
  return null;
}

/**
 * @name onlyUnnamed
 * @description
 * "Which hotel hosted …" over "보스턴의 한 호텔에서 …": the sentence names a thing of the kind only as
 * "한 N" (a hotel, unnamed) — it says there is one, not which. True when every mention of the kind
 * in the sentence is so.
 */
export function onlyUnnamed(text: string, asked: TermAsked): boolean {
  let mentions = 0;
  for (const spelling of asked.spellings) {
    if (!/^[가-힣]+$/u.test(spelling)) continue;
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + spelling.length)) {
      mentions += 1;
      if (!/(?:^|\s)한\s$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
    }
  }
  return mentions > 0;
}

/** "What is the name of the hotel …", "which hotel …": a name of a thing is asked. */
const NAME_OF_ASKED = /\bnames? of\b|\bwhat (?:is|was) (?:it|the [\w\s-]+?) called\b|^\s*which\b/iu;

/**
 * @name unnamedShown
 * @description
 * 이름을 물었는데 답이 "한 N"(이름 없는 하나: "미국 보스턴의 한 호텔")으로 끝나면 true: 기사는 어느 것인지 말하지 않았다.
 * @example
 * unnamedShown('What is the name of the Boston hotel …?', '미국 보스턴의 한 호텔') // true
 * unnamedShown('Where was the round table held?', '미국 보스턴의 한 호텔') // false
 */
export function unnamedShown(question: string, shown: string): boolean {
  return NAME_OF_ASKED.test(question) && /(?:^|\s)한\s[가-힣]{1,6}(?:에서|에)?$/u.test(shown.trim());
}
