/**
 * Claims in a chat message (주장): the figures, dates, people and quoted words a message states, read
 * with the same extractors as the articles, each with the clause it stands in (what it is about).
 *
 * Chat writes amounts without 원 ("랩허브에 3천억 들어간대"): a bare amount with a large place unit
 * (만, 억, 조) and no counter after it is read as won, which the article extractors never need.
 */
import { splitSentences } from '../corpus/splitSentences.ts';
import type { Sentence } from '../corpus/types.ts';
import { extractFigures, extractPersons, parseAmount } from '../facts/index.ts';
import { AMOUNT, FIGURE_START } from '../facts/numeral.ts';
import { PRE_QUALIFIER, readQualifiers } from '../facts/qualifier.ts';
import type { Fact, MoneyFact, QuoteFact } from '../facts/types.ts';
import { contentWords } from './evidence.ts';

/** The article id the message's own sentences carry (never an article's). */
export const MESSAGE_ID = '(message)';

/** A claim of the message: the fact as read, and the clause that says what it is about. */
export type Claim = {
  fact: Fact;
  /** The clause around the fact, the fact itself left out: "랩허브에 들어간대". */
  context: string;
};

/** Most claims read from one message (a pasted article would otherwise list hundreds). */
export const MAX_CLAIMS = 12;

/** Bare amounts of chat: "3천억", "2700억", "약 1조 2천억" (a counter right after is not money). */
const BARE_MONEY = new RegExp(
  `${FIGURE_START}(${PRE_QUALIFIER}?)(${AMOUNT})(?<=[만억조])(?!\\s?(?:[가-힣]{0,2}원|달러|명|개|건|곳|명|년|개월|주|일|시간|분|㎡|%|배))`,
  'gu',
);

/** Quoted words of at least this many characters count as a claim (shorter ones are labels). */
const MIN_QUOTE_LENGTH = 4;
const QUOTED = /[“"‘']([^”"’']{4,300})[”"’']/gu;

/** Every checkable claim of a message, in reading order, at most `MAX_CLAIMS`. */
export function readClaims(message: string): Claim[] {
  const sentences = messageSentences(message);
  const claims: Claim[] = [];
  const people = extractPersons(sentences);
  for (const sentence of sentences) {
    const figures = [...extractFigures(sentence, { articleDate: null }), ...bareMoney(sentence)];
    const kept = withoutOverlaps([...figures, ...people.filter((person) => person.sentenceIndex === sentence.index)]);
    const quotes = quotedWords(sentence, people);
    const all = withoutOverlaps([...quotes, ...kept]).sort((a, b) => a.start - b.start);
    for (const fact of all) {
      claims.push({ fact, context: clauseAround(sentence.text, fact, all) });
      if (claims.length >= MAX_CLAIMS) return claims;
    }
  }
  return claims;
}

/** The message as sentences (lines, then sentence ends), carrying `MESSAGE_ID`. */
function messageSentences(message: string): Sentence[] {
  const sentences: Sentence[] = [];
  message
    .split(/\n+/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .forEach((line, paragraphIndex) => {
      for (const text of splitSentences(line)) {
        sentences.push({ articleId: MESSAGE_ID, index: sentences.length, paragraphIndex, text });
      }
    });
  return sentences;
}

function bareMoney(sentence: Sentence): MoneyFact[] {
  const facts: MoneyFact[] = [];
  for (const match of sentence.text.matchAll(BARE_MONEY)) {
    const value = parseAmount(match[2] ?? '');
    if (value === null || value < 10_000) continue;
    const start = match.index;
    const text = match[0];
    facts.push({
      type: 'money',
      text,
      value,
      unit: 'KRW',
      qualifiers: readQualifiers(text),
      converted: null,
      articleId: sentence.articleId,
      sentenceIndex: sentence.index,
      sentence: sentence.text,
      start,
      end: start + text.length,
    });
  }
  return facts;
}

/** Words in quote marks, attributed to the person the sentence names before them (if any). */
function quotedWords(sentence: Sentence, people: readonly Fact[]): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  for (const match of sentence.text.matchAll(QUOTED)) {
    const value = (match[1] ?? '').trim();
    if (value.length < MIN_QUOTE_LENGTH) continue;
    const speaker = people
      .filter((person) => person.type === 'person' && person.sentenceIndex === sentence.index)
      .at(0);
    quotes.push({
      type: 'quote',
      text: match[0],
      value,
      unit: null,
      speaker: speaker?.type === 'person' ? speaker.name : null,
      speakerTitle: speaker?.type === 'person' ? speaker.title : null,
      continuedIn: [],
      articleId: sentence.articleId,
      sentenceIndex: sentence.index,
      sentence: sentence.text,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return quotes;
}

/** The longest of overlapping facts (a quote holds the figures inside it). */
function withoutOverlaps(facts: Fact[]): Fact[] {
  const ranked = [...facts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Fact[] = [];
  for (const fact of ranked) {
    if (kept.some((other) => other.start < fact.end && fact.start < other.end)) continue;
    kept.push(fact);
  }
  return kept;
}

/**
 * The clause a fact stands in, without the fact and the other claims: a sentence listing several
 * things ("예산은 2700억이고, 상담회엔 20개사 참여") says each about its own clause.
 */
function clauseAround(text: string, fact: Fact, all: readonly Fact[]): string {
  const bounds = clauseBounds(text, all.filter((other) => other !== fact));
  const from = Math.max(...bounds.filter((bound) => bound <= fact.start));
  const to = Math.min(...bounds.filter((bound) => bound >= fact.end));
  const own = clauseWords(text, from, to, fact, all);
  // A clause naming one thing or none ("직원은 300명이래") speaks of the sentence's subject: the
  // first clause's words come first.
  const first = Math.min(...clauseBounds(text, all).filter((bound) => bound > 0));
  if (from === 0 || contentWords(own).length >= 2) return own;
  const subject = clauseWords(text, 0, first, null, all);
  return `${subject} ${own}`.trim();
}

/** Clause ends: commas, semicolons, linking endings ("참여했고 "), and claim edges. */
function clauseBounds(text: string, all: readonly Fact[]): number[] {
  const bounds = [0, text.length];
  for (const match of text.matchAll(/[,;·]|\s(?:그리고|또|또한)\s|[가-힣](?:고|며|는데|지만|으나)\s/gu)) {
    bounds.push(match.index + match[0].length);
  }
  for (const other of all) {
    const tail = /^(?:이고|이며|이고요|인데|고|며|,)?\s/u.exec(text.slice(other.end));
    if (tail) bounds.push(other.end + tail[0].length);
  }
  return bounds;
}

/** The words of text[from, to) without the claims in it, their glued copulas, and a closing chat verb. */
function clauseWords(text: string, from: number, to: number, fact: Fact | null, all: readonly Fact[]): string {
  let clause = text.slice(from, to);
  const inside = all.filter((other) => other.start >= from && other.end <= to).sort((a, b) => b.start - a.start);
  for (const other of inside) {
    const after = clause.slice(other.end - from).replace(COPULA, '');
    clause = `${clause.slice(0, other.start - from)} ${after}`;
  }
  void fact;
  return withoutPredicate(clause.replace(/[,;·.!?]+/gu, ' ').replace(/\s+/gu, ' ').trim());
}

/** A copula or particle right after a figure: "이고", "이래", "을", "으로", …. */
const COPULA = /^(?:이고요|이고|이며|이래요|이래|이라고|이라는|이라던데|이랍니다|입니다|이에요|예요|이야|이다|래요|래|야|라고|는|은|이|가|을|를|의|에|으로|로|까지|이나|나|도|씩)(?![가-힣])/u;

/**
 * The clause without its closing verb when it is chat ("들어간대", "참여했고", "발표했대"): the verb
 * says how the claim is told, and a spoken ending the articles never use must not be required.
 */
const SPOKEN_PREDICATE = /^[가-힣]+(?:대|래|고|며|요|죠|냐|네|했다|한다|된다|이다|였다|었다|았다|간다|온다|진다|는다|든데|던데)$/u;

function withoutPredicate(clause: string): string {
  const words = clause.split(' ');
  const last = words.at(-1) ?? '';
  return words.length > 1 && last.length >= 2 && SPOKEN_PREDICATE.test(last) ? words.slice(0, -1).join(' ') : clause;
}

/** The question word that asks for a claim's kind of fact. */
export function askingCue(fact: Fact): string {
  switch (fact.type) {
    case 'money':
      return '얼마';
    case 'count':
      return `몇 ${fact.unit}`;
    case 'percent':
      return '몇 퍼센트';
    case 'area':
      return '면적';
    case 'duration':
      return '기간';
    case 'date':
      return '언제';
    case 'person':
      return '누구';
    case 'quote':
      return '발언';
  }
}
