/**
 * 동격 읽기 (appositions): news introduces a name with what it is, right before it —
 * "해상용 안테나 1위 기업 인텔리안테크놀로지스", "글로벌 VC인 애덤스 스트리트(Adams Street)",
 * "분자진단키트 생산기업 위즈바이오솔루션" — or in brackets after it ("랩센트럴(보스턴의 스타트업
 * 혁신허브)"). Two chatty questions read such a pair, one side from the other:
 *
 * - what a name is: "위즈바이오솔루션 뭐 만드는 회사야?", "Adams Street는 어떤 회사야?" → the
 *   description ("분자진단키트 생산기업");
 * - which name a description is: "해상용 안테나 1위 기업 어디였지?", "NIH 보조금 선정된 회사" →
 *   the name ("인텔리안테크놀로지스"), when the clause before it holds the question's words.
 *
 * The pair is read from the sentence's own structure (a kind noun right before a name), so it is
 * given as a span at a fixed confidence, like a defined alias; nothing found → the usual path.
 */
import { isWordPresent } from './evidence.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import { sureSentence, type Finding, type RankedSentence } from './finding.ts';
import { getChoseong, isChoseongOnly } from '../korean/jamo.ts';
import { stripJosa } from '../korean/josa.ts';
import { normalize, withoutSpaces } from '../korean/normalize.ts';
import { readTitle } from '../facts/titles.ts';

/** Nouns that say what kind of thing a name is: the head of a description ("… 1위 기업"). */
const KIND_HEAD =
  /(기업|업체|회사|전문회사|제약사|기관|단체|협회|플랫폼|스타트업|인큐베이터|혁신허브|허브|병원|대학교?|연구소|연구원|센터|재단|그룹|브랜드|은행|펀드|VC|벤처캐피털|투자사|컨설팅사|컨설팅 업체|공유오피스)$/u;

/** An eojeol that ends a description from the left: a verb's modifier or a particle (…에, 거둔, 선정된). */
const DESCRIPTION_STOP = /(된|한|던|는|운|른|진|린|둔|간|난|온|준|본|쓴|춘|친|낸|긴|은|을|를|에|에서|와|과|및|으로|로|이며|하여|해|고|며)$/u;

/** Words that open no description: dates, counts and time adverbs ("25일", "향후", "기존"). */
const NOT_DESCRIPTION_WORD = /^(\d[\d,.]*(일|월|년|개|명|곳)?|향후|기존|이번|지난|올해|현재|최근|다른|여러|모든|각|당시|이후)$/u;

/** Particles a name may carry where it stands in the sentence ("에이슬립은", "모더나와"). */
const NAME_TAIL = /(와|과|은|는|이|가|을|를|의|도|에|에서|으로|로|까지|등)$/u;

/** Words after a name that close a list, not part of the name ("… 에이슬립 총 3개", "랩센트럴 등"). */
const NOT_NAME_WORD = /^(총|등|및|각|외|또|그리고|등이|등은|등을|등과|등의)$/u;

export type Apposition = {
  /** The description as written ("해상용 안테나 1위 기업", "글로벌 VC"). */
  description: string;
  /** The name as written, without its particle ("인텔리안테크놀로지스", "애덤스 스트리트"). */
  name: string;
  /** The name's text with a Latin spelling in brackets after it, for matching ("애덤스 스트리트(Adams Street)"). */
  nameWithAlias: string;
  /** Where the name starts in the sentence, and the clause before the description (back to a comma). */
  nameStart: number;
  clause: string;
};

/**
 * The description–name pairs of a sentence: up to four words ending in a kind noun (with 인/이자)
 * right before a name.
 * @example
 * appositionsIn('… 해상용 안테나 1위 기업 인텔리안테크놀로지스, …')[0] // { description: '해상용 안테나 1위 기업', name: '인텔리안테크놀로지스', … }
 */
export function appositionsIn(text: string): Apposition[] {
  const found: Apposition[] = [];
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({ text: match[0], at: match.index ?? 0 }));
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i]?.text ?? '';
    // "글로벌 VC인 애덤스 스트리트": the copula's modifier (인, 이자) joins the kind noun to the name.
    const bare = head.replace(/(인|이자)$/u, '');
    if (!KIND_HEAD.test(bare) || /[,)’”]$/u.test(head)) continue;
    const name = nameAfter(words, i + 1, text);
    if (name === null) continue;
    const descriptionWords = [bare];
    for (let j = i - 1; j >= 0 && descriptionWords.length < 5; j--) {
      const word = words[j]?.text ?? '';
      if (/[,，.)’”]$/u.test(word) || DESCRIPTION_STOP.test(word) || /(의|이자)$/u.test(word) || (/인$/u.test(word) && j < i - 1) || NOT_DESCRIPTION_WORD.test(word)) break;
      descriptionWords.unshift(word);
    }
    // One word is a kind, not a description ("스타트업 코리아"); a kind after the name is no name ("… 스타트업 인큐베이터").
    if (descriptionWords.length < 2 || KIND_HEAD.test(name.name)) continue;
    const descriptionStart = words[i - descriptionWords.length + 1]?.at ?? 0;
    const clauseStart = Math.max(0, text.lastIndexOf(',', descriptionStart - 1) + 1);
    found.push({ description: descriptionWords.join(' '), ...name, clause: text.slice(clauseStart, name.nameStart) });
  }
  return found;
}

/** The name that follows a description: one or two words, its particle and Latin spelling set apart. */
function nameAfter(words: readonly { text: string; at: number }[], from: number, text: string): Omit<Apposition, 'description' | 'clause'> | null {
  const first = words[from];
  if (!first || !/^[가-힣A-Za-z]/u.test(first.text) || NOT_NAME_WORD.test(first.text)) return null;
  const parts: string[] = [];
  let end = first.at;
  for (let k = from; k < words.length && parts.length < 2; k++) {
    const word = words[k];
    if (!word || NOT_NAME_WORD.test(word.text)) break;
    const own = word.text.replace(/\(.*$/u, '').replace(/[,.，]+$/u, '');
    const stripped = stripJosa(own);
    const closed = own !== word.text || stripped !== own || NAME_TAIL.test(own);
    const core = stripped !== own ? stripped : own.replace(NAME_TAIL, '');
    if (!/^[가-힣A-Za-z][가-힣A-Za-z0-9&·\-]*$/u.test(core) || core.length < 2) break;
    // A verb or a modifier is not a name ("선정된", "진행했다").
    if (/(된|한|했다|됐다|하고|하며)$/u.test(own)) break;
    parts.push(core);
    end = word.at + word.text.length;
    if (closed) break;
  }
  if (parts.length === 0) return null;
  // A name stands apart: a particle, a comma or brackets close it, or a word closing a list ("총",
  // "등") or the sentence follows; "스타트업 기술 혁신 지원에" is one noun phrase, not a name.
  const next = words.find((word) => word.at >= end)?.text;
  const lastWord = words.find((word) => word.at + word.text.length === end)?.text ?? '';
  const lastCore = lastWord.replace(/[,.，]+$/u, '');
  const standsApart = lastCore !== lastWord || /\(/u.test(lastWord) || stripJosa(lastCore) !== lastCore || NAME_TAIL.test(lastCore) || next === undefined || NOT_NAME_WORD.test(next);
  if (!standsApart) return null;
  const name = parts.join(' ');
  const latin = /^[^(]*\(([A-Za-z][^()]{1,40})\)/u.exec(text.slice(first.at, Math.min(text.length, end + 1)))?.[1];
  return { name, nameWithAlias: latin ? `${name}(${latin})` : name, nameStart: first.at };
}

/** Questions that ask what a name is: "뭐 하는 회사", "뭐 만드는 회사", "어떤 곳", "무슨 회사라고 소개됐지". */
const WHAT_IS_QUESTION = /(뭐\s*하는|뭐\s*만드는|뭘\s*만드는|무엇을\s*(하는|만드는)|어떤|무슨|어떠한)\s*(회사|기업|업체|곳|데|단체|기관|스타트업|조직)/u;

/** Questions that ask which name a description is: "… 기업 어디였지", "… 회사 이름", "… 선정된 회사". */
const WHICH_NAME_QUESTION = /(기업|회사|업체|기관|단체|스타트업|VC)[가-힣]{0,2}\s*(어디|어느|이름|누구)|(기업|회사|업체|기관|단체|스타트업)(은|는|이|가|야|이야|임|들)?\s*[?？]?\s*$/u;

/** Words of such questions that are not the name or the description asked about. */
const QUESTION_WORD = /^(뭐|뭘|무엇|무엇을|어떤|무슨|어떠한|어디|어느|이름|누구|하는|만드는|회사|기업|업체|곳|데|단체|기관|조직|라고|소개|소개됐|알려|정확히)/u;

/**
 * Confidence given a reading of the sentence's structure (an apposition, a titled person's
 * organization): fixed, like a defined alias (the structure is the reading).
 */
export const STRUCTURAL_CONFIDENCE = 0.85;

/** Sentences read for a name's apposition: the best search hits. */
const SENTENCES_READ = 12;

/**
 * The description or the name a question asks for, read from an apposition in the best
 * sentences; null when the question is not of either kind or no apposition answers it.
 */
export async function answerApposition(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Promise<Finding | null> {
  if (q.intent !== 'open') return null;
  const question = q.question;
  if (WHAT_IS_QUESTION.test(question)) return describedName(library, q);
  const whose = WHOSE_QUESTION.exec(question);
  if (whose?.[1]) return ownerOf(whose[1], q, ranked);
  // "ㅇㅍ ㅈㅇ 사장 어느 회사": a person's organization, not a description's name.
  if (WHICH_NAME_QUESTION.test(question) && !q.topic.split(/\s+/u).some((word) => readTitle(word) !== null)) return namedDescription(q, ranked);
  return null;
}

/** "어디 협업 스타트업 됐다고": 어디 before a bare noun asks whose (the noun captured). */
const WHOSE_QUESTION = /어디\s+(?![있열짓지들])([가-힣]{2,})(?<![에서로어아여야지해했고는은을를려임래대])\s+[가-힣A-Za-z]/u;

/**
 * "어디 협업 스타트업" → "아마존의 협업 스타트업": the word before the asked noun in the best
 * sentences, its genitive taken off ("미 국립보건원(NIH) 보조금프로그램" → 미 국립보건원(NIH)).
 */
function ownerOf(noun: string, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const asked = compact(q.question);
  for (const sentence of ranked.slice(0, 3)) {
    const words = sentence.text.split(/\s+/u);
    for (let i = 1; i < words.length; i++) {
      if (!(words[i] ?? '').startsWith(noun)) continue;
      const before = (words[i - 1] ?? '').replace(/의$/u, '');
      // A name, with its Latin name in brackets at most; not a word with another particle.
      if (!/^[가-힣A-Za-z][가-힣A-Za-z0-9&·\-]*(\([A-Za-z][^()]*\))?$/u.test(before) || stripJosa(before) !== before) continue;
      if (asked.includes(compact(before.replace(/\(.*$/u, '')))) continue;
      // "미 국립보건원(NIH)": a one-syllable word before a bracketed name belongs to it.
      const head = words[i - 2] ?? '';
      const owner = /\)$/u.test(before) && /^[가-힣]$/u.test(head) ? `${head} ${before}` : before;
      return { answer: owner, facts: sentence.facts, primary: [sentence], structural: true };
    }
  }
  return null;
}

/** The noun phrase right before a closing question word: "… 추진 주체 어디야?" → 추진 주체. */
const BEFORE_QUESTION_WORD = /((?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z]+?)(?:은|는|이|가)?\s+(?:어디|누구|뭐|무엇)[가-힣]*\s*[?？]?\s*$/u;

/**
 * "K-바이오 랩허브 추진 주체 어디야?" → "추진 주체(중소기업기술정보진흥원 등)": the noun the question
 * asks about, written in the best sentences with what it is in brackets right after it.
 */
export function answerBracketed(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  // A person is read by the person extractor; "사장(왼쪽)" is a photo caption's position.
  if (q.intent !== 'open' && q.intent !== 'place') return null;
  const match = BEFORE_QUESTION_WORD.exec(q.question.trim());
  const closing = match?.[1] ? match[1].split(/\s+/u) : [];
  const nouns = [closing.join(''), closing.at(-1) ?? ''];
  // "추진 주체로 나온 기관 이름 뭐야": the topic's nouns, nearest the question word first, when it asks
  // which organization (or its name); what such a bracket holds must read as a name (no figure).
  const asksEntity = ASKS_ENTITY_NAME.test(q.question);
  if (asksEntity) nouns.push(...q.topic.split(/\s+/u).map((word) => stripJosa(word)).filter((word) => /^[가-힣]+$/u.test(word)).reverse());
  const asked = compact(q.question);
  for (const noun of nouns.filter((text, i, all) => [...text].length >= 2 && all.indexOf(text) === i)) {
    for (const sentence of ranked.slice(0, 3)) {
      const text = sentence.text;
      const squashed = withoutSpaces(text);
      const at = squashed.toLowerCase().indexOf(`${noun.toLowerCase()}(`);
      if (at < 0) continue;
      const inner = /^\(([^()]{2,40})\)/u.exec(squashed.slice(at + noun.length))?.[1];
      if (!inner) continue;
      // The bracket as the sentence writes it (spaces kept), its closing 등 taken off.
      const written = /^\(([^()]{2,60})\)/u.exec(text.slice(spacedIndex(text, at + noun.length)))?.[1]?.trim() ?? inner;
      const answer = written.replace(/\s*등$/u, '').trim();
      // Not an alias spelled otherwise (Latin, a figure, a date), nor what the question says.
      if (!/[가-힣]/u.test(answer) || /^\d/u.test(answer) || asked.includes(compact(answer)) || PHOTO_POSITION.test(answer)) continue;
      // A topic word's bracket answers only with an organization's name ("중소기업기술정보진흥원 등"),
      // not what describes the word ("랩센트럴(보스턴의 스타트업 혁신허브)").
      if (!closing.some((word) => noun === word || noun === closing.join('')) && (/\d/u.test(answer) || !ORGANIZATION_NAME.test(answer))) continue;
      return { answer, facts: sentence.facts, primary: [sentence], structural: true };
    }
  }
  return null;
}

/** An organization's name by its ending (…진흥원, …부, …재단, …협회, …대학교, …제약). */
const ORGANIZATION_NAME = /[가-힣](?:원|부|청|처|위원회|회|재단|센터|협회|공사|공단|대학교|대학|병원|연구소|기관|그룹|제약|바이오|은행|사)$/u;

/** Which organization is asked, or its name: "… 나온 기관 이름 뭐야", "… 맡은 곳 어디야". */
const ASKS_ENTITY_NAME = /(?:기관|회사|기업|업체|단체|주체|곳)\s*(?:의\s*)?(?:이름|명칭)?\s*(?:은|는|이|가)?\s*(?:어디|뭐|무엇)/u;

/** "… 방안 이름 뭐야", "전략 명칭이 뭐였지": the noun whose name is asked. */
const NAME_OF = /([가-힣A-Za-z]{2,})\s*(?:의\s*)?(?:이름|명칭|제목)(?:이|은|는)?\s*(?:뭐|무엇|어떻게|[?？]?\s*$)/u;

/**
 * "순방 후속 조치로 발표한다는 방안 이름 뭐야?" → ‘글로벌 혁신 특구 조성방안’: a quoted name in
 * the best sentences that ends with (or holds) the noun asked.
 */
export function answerQuotedName(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const noun = NAME_OF.exec(q.question)?.[1]?.replace(/의$/u, '');
  if (!noun || noun.length < 2 || /^(풀네임|정식|영문|한글|약칭)$/u.test(noun)) return null;
  const asked = compact(q.question);
  for (const sentence of ranked.slice(0, 3)) {
    for (const match of sentence.text.matchAll(/[‘'“"「『《]([^‘’'“”"「」『』《》]{2,60})[’'”"」』》]/gu)) {
      const name = match[1]?.trim() ?? '';
      const squashed = compact(name);
      // A name of the kind asked ends on its noun (…조성방안, …창출 전략); a quoted sentence does not.
      if (!squashed.endsWith(compact(noun)) || squashed.length > 30 || asked.includes(squashed)) continue;
      return { answer: name, facts: sentence.facts, primary: [sentence], structural: true };
    }
  }
  return null;
}

/** A photo caption's position in brackets ("(왼쪽)", "(사진 가운데)"), not what the noun is. */
const PHOTO_POSITION = /^(사진\s*)?(왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우|위|아래)(에서)?(\s*(첫|두|세)\s*번째)?$/u;

/** The index in a text of the n-th non-space character. */
function spacedIndex(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i] ?? '')) continue;
    if (seen === n) return i;
    seen++;
  }
  return text.length;
}

/** The question's own words, question words and kind nouns left out. */
function askedWords(q: QuestionAnalysis): string[] {
  return q.topic
    .split(/\s+/u)
    .map((word) => stripJosa(word))
    // "1위라는 회사": the quotative ending is the asker's ("1위" is the article's).
    .map((word) => word.replace(/(\d[가-힣]*?)(?:이)?라(?:는|던|고)?$/u, '$1'))
    .filter((word) => word.length > 0 && !QUESTION_WORD.test(word) && !/(했|됐|였|하는|하나|됐지|했지|됐어|했어|거야|이야|데야)$/u.test(word));
}

/** "위즈바이오솔루션 뭐 만드는 회사야?": the description beside the name the question names. */
async function describedName(library: Library, q: QuestionAnalysis): Promise<Finding | null> {
  const before = q.question.split(WHAT_IS_QUESTION)[0] ?? '';
  const nameWords = askedWords({ ...q, topic: before });
  if (nameWords.length === 0 || nameWords.length > 2) return null;
  const name = nameWords.join(' ');
  const forms = [name, ...library.aliasesOf(name)].map((form) => withoutSpaces(form, { lower: true }));
  const hits = await library.retriever.search(name, { limit: SENTENCES_READ });
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    for (const pair of appositionsIn(text)) {
      const matches = namesMatch(forms, pair);
      if (!matches) continue;
      const sentence = asRanked(library, articleId, index, text);
      return { answer: pair.description, facts: sentence.facts, primary: [sentence], structural: true };
    }
  }
  // "CIC는 1999년 시작한 공유오피스이자 기업 성장 플랫폼이다.": a sentence defining the name.
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    const defined = definitionOf(text, forms);
    if (defined === null) continue;
    const sentence = asRanked(library, articleId, index, text);
    return { answer: defined, facts: sentence.facts, primary: [sentence], structural: true };
  }
  return null;
}

/**
 * What a defining sentence says a name is: the name (or its alias) opening the sentence with 은/는,
 * then a noun phrase closed by the copula ("…플랫폼이다", "…회사다"); not a verb ("…늘린다").
 */
function definitionOf(text: string, forms: readonly string[]): string | null {
  const match = /^\s*(\S+?)(?:은|는)\s([^.]{4,60}?)(?:이다|(?<=[가-힣])다)\.?\s*$/u.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const subject = compact(match[1].replace(/\(.*$/u, ''));
  if (!forms.includes(subject)) return null;
  const defined = match[2].trim();
  // A copula closes a noun, not a verb's ending (…했다, …한다, …된다).
  return /(했|됐|한|된|있|없|였|았|었)$/u.test(defined) ? null : defined;
}

/** "해상용 안테나 1위 기업 어디였지?": the name after the description that holds the question's words. */
function namedDescription(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const words = askedWords(q);
  if (words.length < 2) return null;
  let best: { finding: Finding; share: number } | null = null;
  for (const sentence of ranked.slice(0, 6)) {
    for (const pair of appositionsIn(sentence.text)) {
      // A word with a figure ("1위") must be there as written: "2위" is another one.
      const held = words.filter((word) => (/\d/u.test(word) ? compact(pair.clause).includes(compact(word)) : isWordPresent(normalize(word), pair.clause))).length;
      const share = held / words.length;
      // The name must not be what the question already names.
      // Every word of a short question; of a longer one, its verb may be the asker's ("뽑힌" for 선정된).
      const name = compact(pair.name);
      if (share < (words.length >= 4 ? 0.75 : 1) || words.some((word) => name.includes(compact(word)))) continue;
      if (!best || share > best.share) best = { finding: { answer: pair.name, facts: sentence.facts, primary: [sentence], structural: true }, share };
    }
  }
  return best?.finding ?? null;
}

const compact = (text: string): string => withoutSpaces(text, { lower: true });

/**
 * Whether an apposition's name is the one asked: the same spelling (or an alias the corpus
 * defines), all its 초성 (ㅇㅇㅅㄹ for 에이슬립, not a part of a longer name), or a typo of it
 * (인텔리안테크롤로지스).
 */
function namesMatch(forms: readonly string[], pair: Apposition): boolean {
  const name = compact(pair.name);
  const written = compact(pair.nameWithAlias);
  return forms.some((form) => {
    if (written.includes(form) || (name.length >= 2 && form.includes(name))) return true;
    if (isChoseongOnly(form)) return getChoseong(name) === form;
    return [...form].length >= 3 && isWordPresent(form, pair.name) && isWordPresent(name, form);
  });
}

function asRanked(library: Library, articleId: string, index: number, text: string): RankedSentence {
  return sureSentence(library, articleId, index, text);
}
