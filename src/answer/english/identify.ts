/**
 * "Who is X?" / "What is X?" (and a bare name) over the articles: who or what they say X is
 * (정체 질문). Read from the corpus's own words, in this order:
 * 1. a person the articles name: their title with its organization, as written ("차순도
 *    한국보건산업진흥원장"), the fullest such mention;
 * 2. a name put beside what it is (동격): "바이오테크 기업인 모더나", "수면관리 솔루션개발업체 에이슬립";
 * 3. a sentence defining it: "CIC는 1999년 시작한 공유오피스이자 기업 성장 플랫폼이다";
 * 4. an acronym's Hangul name the articles define ("메사추세츠 종합병원(MGH)").
 * Nothing found → null, and the question goes the usual way.
 */
import type { Fact, PersonFact } from '../../facts/types.ts';
import { stripJosa } from '../../korean/josa.ts';
import type { Library } from '../library.ts';
import { titleOfPerson } from '../personTitle.ts';
import { answerFromSentence } from '../sentenceAnswer.ts';
import type { Answer } from '../types.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';

/** Sentences read for a name's apposition or definition, best search hits first. */
const SENTENCES_READ = 12;

/**
 * Confidence given an identity read by these rules: fixed, not fitted (the KorQuAD data the span
 * scorer is fitted on has no such questions). A person's title is read by the fact extractor.
 */
const IDENTITY_CONFIDENCE = 0.85;

/** Nouns that say what kind of thing a name is: the head of an apposition ("… 기업인 모더나"). */
const KIND_NOUN =
  '(?:기업|업체|개발업체|회사|전문회사|제약사|기관|단체|협회|플랫폼|스타트업|병원|대학교?|연구소|연구원|센터|재단|그룹|브랜드|은행|펀드|거래소|공유오피스)';

/** Particles a name may carry where it is described ("모더나와", "에이슬립은"). */
const NAME_PARTICLE = '(?:와|과|은|는|이|가|을|를|의|도|로|에|에서|으로|까지|처럼)';

type Found = { text: string; articleId: string; sentenceIndex: number; facts: readonly Fact[] };

/**
 * @name identify
 * @description
 * 이름 하나를 묻는 질문("Who is X?")에, 기사가 그 이름을 무엇이라 하는지로 답한다. 못 찾으면 null.
 */
export async function identify(library: Library, name: string, question: string, top: number): Promise<Answer | null> {
  const person = personTitle(library, name);
  const found = person ?? (await described(library, name)) ?? (await acronymName(library, name));
  if (!found) return null;
  const sentence = library.sentence(found.articleId, found.sentenceIndex);
  if (!sentence) return null;
  return answerFromSentence(
    library,
    { articleId: found.articleId, sentenceIndex: found.sentenceIndex, text: sentence.text, answer: found.text, confidence: IDENTITY_CONFIDENCE, intent: person ? 'person' : 'open', facts: found.facts },
    question,
    top,
  );
}

/** The fullest mention of a person with a title: an organization named, then the longest. */
function personTitle(library: Library, name: string): Found | null {
  const mentions = library.people.filter((fact): fact is PersonFact => fact.value === name && fact.title !== null);
  const best = [...mentions].sort(
    (a, b) => Number(b.organization !== null) - Number(a.organization !== null) || (b.organization?.length ?? 0) - (a.organization?.length ?? 0),
  )[0];
  return best ? { text: best.text, articleId: best.articleId, sentenceIndex: best.sentenceIndex, facts: [best] } : null;
}

/** Words before a name that are part of it: bare nouns, back to a particle or a modifier (…을, 가진). */
function withNounsBefore(text: string, at: number, name: string): string {
  const before = text.slice(0, at).split(/\s+/u);
  if (before.at(-1) !== '') return name;
  const words: string[] = [];
  for (let i = before.length - 2; i >= 0 && words.length < 3; i--) {
    const word = before[i] ?? '';
    if (!/^[가-힣A-Za-z]+$/u.test(word) || stripJosa(word) !== word || /[은는을를의에인한된진던할]$/u.test(word)) break;
    words.unshift(word);
  }
  return [...words, name].join(' ');
}

/** An apposition ("바이오테크 기업인 모더나") or a defining sentence ("CIC는 … 플랫폼이다"). */
async function described(library: Library, name: string): Promise<Found | null> {
  const key = escapeRegExp(name);
  // Up to three words before a kind noun, then the name: "세계적인 바이오테크 기업인 모더나".
  const apposition = new RegExp(`(?:[^\\s,‘’“”'"()]+\\s){0,3}[^\\s,‘’“”'"()]*${KIND_NOUN}(?:인|이자)?\\s${key}(?=$|[^가-힣A-Za-z]|${NAME_PARTICLE}(?![가-힣]))`, 'u');
  // "CIC는 1999년 시작한 공유오피스이자 기업 성장 플랫폼이다."
  // A copula ends it (…플랫폼이다, …회사다), not a verb (…늘린다).
  const definition = new RegExp(`^(?:[^\\s.]+\\s){0,3}?[^\\s.]*?(?:${key}|\\(${key}\\))(?:은|는)\\s([^.]{4,60}?)(?:이다|(?<=${KIND_NOUN})다)\\.?$`, 'u');
  const hits = await library.retriever.search(name, { limit: SENTENCES_READ });
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    const match = apposition.exec(text);
    if (match) return { text: ownPhrase(match[0].trim()), articleId, sentenceIndex: index, facts: [] };
  }
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    const match = definition.exec(text.trim());
    if (match?.[1]) return { text: match[1].trim(), articleId, sentenceIndex: index, facts: [] };
  }
  return null;
}

/** The apposition without a list it ends ("모더나와 글로벌 로봇 기업 X" → "글로벌 로봇 기업 X"). */
function ownPhrase(text: string): string {
  const words = text.split(/\s+/u);
  let from = 0;
  words.forEach((word, i) => {
    if (i < words.length - 1 && /(와|과|및|,)$/u.test(word)) from = i + 1;
  });
  return words.slice(from).join(' ');
}

/** An acronym's Hangul name, as the sentence defining it writes it ("메사추세츠 종합병원(MGH)"). */
async function acronymName(library: Library, name: string): Promise<Found | null> {
  if (!/^[A-Z0-9&]{2,}$/u.test(name)) return null;
  // The longest Hangul name the articles define for it, spaced as any sentence writes it.
  const spellings = library
    .definedAliases(name)
    .filter((alias) => /[가-힣]/u.test(alias))
    .sort((a, b) => b.replace(/\s+/gu, '').length - a.replace(/\s+/gu, '').length);
  const patterns = spellings.map(
    (alias) => new RegExp(`${[...alias.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s?')}\\s?\\(${escapeRegExp(name)}\\)`, 'u'),
  );
  const hits = await library.retriever.search(name, { limit: SENTENCES_READ });
  for (const pattern of patterns) {
    for (const hit of hits) {
      const { articleId, index, text } = hit.sentence;
      const match = pattern.exec(text);
      if (match) return { text: withNounsBefore(text, match.index, match[0]), articleId, sentenceIndex: index, facts: [] };
    }
  }
  return null;
}

/** "What is Lim In-taek's position …", "What title does X hold", "X's job": a person's title asked. */
const POSITION_OPENING = /^\s*what(?:'s| is| was| are| were)?\b|^\s*what (?:position|title|post|job|role) (?:does|did|do)\b/iu;

/** "Lim's job title?", "X spoke in what capacity?", "X attended as what?": a title asked without "what is". */
const POSITION_ASKED = /\bin what (?:capacity|role|position)\b|\bas what\b|^[^?]*'s (?:job |official )?(?:title|position|post|role)\s*\??\s*$/iu;

/**
 * @name positionOf
 * @description
 * "What is X's position?": 기사가 그 사람에게 붙인 직함 ("보건의료정책실장"), 그 문장을 인용해서. 사람이
 * 하나가 아니거나 직함이 없으면 null.
 */
export function positionOf(library: Library, names: readonly string[], question: string, top: number): Answer | null {
  if (!(POSITION_OPENING.test(question) && /\b(?:position|title|post|job|role)\b/iu.test(question)) && !POSITION_ASKED.test(question)) return null;
  const people = new Set(library.people.map((fact) => fact.value));
  const asked = names.filter((name) => people.has(name));
  if (asked.length !== 1) return null;
  return titleOfPerson(library, asked[0] ?? '', question, top);
}
