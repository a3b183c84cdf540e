/**
 * 기사와 대조: each claim of a message compared with what the articles state about the same topic.
 *
 * A figure's topic is its clause ("랩허브에 3천억 들어간대" → 랩허브); the clause is asked as a question
 * of the figure's kind ("랩허브에 들어간대 얼마"), so the same evidence rules as `/ask` decide which
 * sentences speak of it. Figures are compared as values: "2700억" agrees with "약 2,700억 원",
 * "3천억" differs from it.
 */
import type { Article } from '../corpus/types.ts';
import type { Fact, PersonFact, QuoteFact } from '../facts/types.ts';
import { normalize, withoutSpaces } from '../korean/normalize.ts';
import type { ClaimCheck, MessageCheck } from './types.ts';
import { askingCue, readClaims, type Claim } from './claims.ts';
import { topicOf } from './about.ts';
import { composeAnswer } from './compose.ts';
import { questionSupport, type TopicWords } from './evidence.ts';
import { SHORT_QUESTION_WORDS } from './options.ts';
import type { Library } from './library.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion } from './question.ts';
import { rankSentences } from './sentences.ts';
import { type RankedSentence } from './finding.ts';
import { nameMatch } from './speakers.ts';

/** How far apart two figures may be and still be the same figure (0.5%: rounding in the text). */
const SAME_FIGURE = 0.005;
/** The same when either is hedged ("약 2,700억 원" and "2,650억"). */
const SAME_HEDGED_FIGURE = 0.03;
/** A sentence must hold at least this share of the claim's topic itself for its figures to count. */
const MIN_OWN_SUPPORT = 0.5;
/** Quoted words are the article's when this share of their syllable bigrams is in one quote. */
const SAME_QUOTE = 0.7;
/** Sentences read for agreeing figures. */
const SENTENCES_READ = 12;
/**
 * Up to this many articles a quoted claim is looked for in every quote and sentence; in a larger
 * corpus only in the articles search finds for its words (reading every article of a 50× KorQuAD
 * snapshot cost 4.8 s and 140 MB), as topic look-ups do (`about.ts`).
 */
const SCAN_ALL_ARTICLES = 300;
/** Articles search offers for a quoted claim in a large corpus. */
const QUOTE_ARTICLES = 50;

/** Share of a claim's topic a compared figure's paragraph must hold: all of up to three words, else most. */
function strictShare(words: TopicWords): number {
  return words.words.length <= SHORT_QUESTION_WORDS ? 1 : 0.75;
}

export async function checkMessage(library: Library, message: string): Promise<MessageCheck> {
  const claims: ClaimCheck[] = [];
  // One claim after another: a message's claims are few, and the engine serves others meanwhile.
  for (const claim of readClaims(message)) claims.push(await checkClaim(library, claim));
  return { claims };
}

async function checkClaim(library: Library, claim: Claim): Promise<ClaimCheck> {
  if (claim.fact.type === 'quote') return checkQuote(library, claim, claim.fact, await quoteSources(library, claim.fact.value));
  if (claim.fact.type === 'person') return checkPerson(library, claim, claim.fact);
  return checkFigure(library, claim);
}

function verdict(library: Library, claim: Claim, v: ClaimCheck['verdict'], stated: Fact | null, topic = claim.context): ClaimCheck {
  const citation = stated ? library.cite(stated.articleId, stated.sentenceIndex, 1) : null;
  return { claim: claim.fact, topic, verdict: stated ? v : 'unknown', stated, citation };
}

async function checkFigure(library: Library, claim: Claim): Promise<ClaimCheck> {
  const question = prepareQuestion(`${claim.context} ${askingCue(claim.fact)}`);
  const analyzed = analyzeQuestion(question);
  if (!analyzed.ok) return verdict(library, claim, 'unknown', null);
  const q = analyzed.value;
  const topic = q.topic;
  const supported = (await rankSentences(library, q)).sentences.filter((sentence) => sentence.supported)
    .slice(0, SENTENCES_READ);
  // Stricter than `/ask`: the figure's paragraph must hold the claim's whole topic (most of a long
  // one), so "랩허브 입주 기업 100개" is never compared with another forum's "6개 대표 기업".
  const words = topicOf(library, topic);
  const holdsTopic = (fact: Fact) => words !== null && questionSupport(words, library.paragraphOf(fact.articleId, fact.sentenceIndex)) >= strictShare(words);
  const comparable = (sentence: RankedSentence) =>
    sentence.ownSupport >= MIN_OWN_SUPPORT ? sentence.facts.filter((fact) => comparableKind(claim.fact, fact) && holdsTopic(fact)) : [];
  const agreeing = supported.flatMap(comparable).find((fact) => sameFigure(claim.fact, fact));
  if (agreeing) return verdict(library, claim, 'agrees', agreeing, topic);
  // What the articles answer to the clause asked as a question is what the claim is compared with.
  const answer = await composeAnswer(library, question);
  if (answer.found) {
    const stated = answer.facts.find((fact) => comparableKind(claim.fact, fact) && holdsTopic(fact));
    if (stated) return verdict(library, claim, sameFigure(claim.fact, stated) ? 'agrees' : 'differs', stated, topic);
  }
  return verdict(library, claim, 'unknown', null, topic);
}

/** Whether an article's fact measures the same kind of thing as the claim. */
function comparableKind(claim: Fact, fact: Fact): boolean {
  if (claim.type !== fact.type) return false;
  if (claim.type === 'count' && fact.type === 'count') return counterFamily(claim.unit) === counterFamily(fact.unit);
  if (claim.type === 'duration' && fact.type === 'duration') return claim.unit === fact.unit;
  if (claim.type === 'percent' && fact.type === 'percent') return claim.unit === fact.unit;
  return true;
}

/** Counters that count the same kind of thing: people, cases, countries, or things and places. */
function counterFamily(unit: string): string {
  if (/명|인/u.test(unit)) return 'people';
  if (/건|차례|회|번/u.test(unit)) return 'cases';
  if (/국/u.test(unit)) return 'countries';
  return 'things';
}

/** Whether two figures state the same value (hedged figures a little more loosely). */
export function sameFigure(claim: Fact, fact: Fact): boolean {
  if (claim.type === 'date' && fact.type === 'date') return datesAgree(claim.value, fact.value);
  if (claim.type === 'money' && fact.type === 'money') {
    const hedged = claim.qualifiers.includes('about') || fact.qualifiers.includes('about');
    const values = [fact.unit === claim.unit ? fact.value : null, fact.converted?.unit === claim.unit ? fact.converted.value : null];
    return values.some((value) => value !== null && near(claim.value, value, hedged));
  }
  if (typeof claim.value === 'number' && typeof fact.value === 'number') {
    const hedged = 'qualifiers' in claim && 'qualifiers' in fact && [...claim.qualifiers, ...fact.qualifiers].includes('about');
    return near(claim.value, fact.value, hedged);
  }
  return claim.value === fact.value;
}

function near(a: number, b: number, hedged: boolean): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 || Math.abs(a - b) / scale <= (hedged ? SAME_HEDGED_FIGURE : SAME_FIGURE);
}

/**
 * Dates agree on every part both give, and the article gives every part the claim does:
 * "4월 26일" (--04-26) agrees with "4.26(수)" (2023-04-26); "4월 26일" is not confirmed by "2023".
 */
export function datesAgree(claim: string, stated: string): boolean {
  const [x, y] = [dateParts(claim), dateParts(stated)];
  if (x === null || y === null) return claim === stated;
  let compared = 0;
  for (let i = 0; i < 3; i++) {
    if (x[i] === null) continue;
    if (y[i] === null) {
      // A finer part the article does not give: the day of "4월 26일" against "4월".
      if (i > 0) return false;
      continue;
    }
    if (x[i] !== y[i]) return false;
    compared++;
  }
  return compared > 0;
}

/** [year, month, day] of a date fact's value, each null when not given; null for unresolved words. */
export function dateParts(value: string): [string | null, string | null, string | null] | null {
  const full = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(value);
  if (full) return [full[1] ?? null, full[2] ?? null, full[3] ?? null];
  const monthDay = /^--(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (monthDay) return [null, monthDay[1] ?? null, monthDay[2] ?? null];
  const day = /^---(\d{2})$/u.exec(value);
  if (day) return [null, null, day[1] ?? null];
  return null;
}

/** A person claim: the name in the articles, with the same title (장관 ≠ 차관) or not. */
function checkPerson(library: Library, claim: Claim, person: PersonFact): ClaimCheck {
  const named = library.people.filter((fact) => nameMatch(person.name, fact.name) >= 1 && nameMatch(fact.name, person.name) >= 1);
  if (named.length === 0) return verdict(library, claim, 'unknown', null, person.name);
  if (!person.title) return verdict(library, claim, 'agrees', named[0] ?? null, person.name);
  const sameTitle = named.find((fact) => titlesAgree(person, fact));
  if (sameTitle) return verdict(library, claim, 'agrees', sameTitle, person.name);
  const titled = named.find((fact) => fact.title !== null) ?? named[0] ?? null;
  return verdict(library, claim, 'differs', titled, person.name);
}

function titlesAgree(claim: PersonFact, fact: PersonFact): boolean {
  if (!claim.title || !fact.title) return true;
  const a = withoutSpaces(claim.title);
  const b = withoutSpaces(fact.title);
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/**
 * Quoted words: in an article's quote (by whom), or at least in its text. Said by someone else
 * than the message says → differs.
 */
/** The quotes and articles a quoted claim is looked for in, in corpus order (see `SCAN_ALL_ARTICLES`). */
async function quoteSources(library: Library, words: string): Promise<{ quotes: readonly QuoteFact[]; articles: readonly Article[] }> {
  if (library.size <= SCAN_ALL_ARTICLES) return { quotes: library.quotes, articles: library.articles };
  const ids = new Set<string>();
  for (const hit of (await library.retriever.searchArticles?.(words, { limit: QUOTE_ARTICLES })) ?? []) ids.add(hit.articleId);
  for (const hit of await library.retriever.search(words, { limit: QUOTE_ARTICLES })) ids.add(hit.sentence.articleId);
  return { quotes: library.quotesIn(ids), articles: library.articlesWithIds(ids) };
}

function checkQuote(library: Library, claim: Claim, quote: QuoteFact, sources: { quotes: readonly QuoteFact[]; articles: readonly Article[] }): ClaimCheck {
  const words = compact(quote.value);
  let best: { fact: QuoteFact; share: number } | undefined;
  for (const fact of sources.quotes) {
    const share = containment(words, compact(fact.value));
    if (share >= SAME_QUOTE && (!best || share > best.share)) best = { fact, share };
  }
  if (best) {
    const { fact } = best;
    const saidByOther = quote.speaker !== null && fact.speaker !== null && nameMatch(quote.speaker, fact.speaker) < 1;
    return verdict(library, claim, saidByOther ? 'differs' : 'agrees', fact, quote.speaker ?? quote.value);
  }
  for (const article of sources.articles) {
    for (const sentence of article.sentences) {
      if (containment(words, compact(sentence.text)) < 1) continue;
      const stated: QuoteFact = { ...quote, articleId: article.id, sentenceIndex: sentence.index, sentence: sentence.text, speaker: null, speakerTitle: null };
      return verdict(library, claim, 'agrees', stated, quote.value);
    }
  }
  return verdict(library, claim, 'unknown', null, quote.value);
}

function compact(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Share of `part`'s syllable bigrams found in `whole`. */
function containment(part: string, whole: string): number {
  if (part.length < 2) return whole.includes(part) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 2 <= part.length; i++) if (whole.includes(part.slice(i, i + 2))) found++;
  return found / (part.length - 1);
}
