/**
 * "Which company / agency / drugmaker …?" over Korean articles (어느 기관·기업): the organization a
 * cited sentence names in the place the question asks about, read by general rules of how Korean news
 * names organizations:
 * - a word ending as organization names end (…제약, …진흥원, …병원: `isOrganization`);
 * - a Hangul name glossed in Latin ("아우디툼바이오(Auditum Bio)사");
 * - a name put after its kind (동격: "해상용 안테나 1위 기업 인텔리안테크놀로지스", "주최단체인
 *   미주한상총연의");
 * - a short name the articles define for a longer one ("미주한상총연").
 * Names the question itself says (echoes), people, and names of another kind or nationality than the
 * one asked are left out; of the rest, the one whose clause holds most of the question's words is the
 * answer, and only when no other ties with it — else the sentence stays evidence.
 */
import { stripJosa } from '../../korean/josa.ts';
import type { Library } from '../library.ts';
import { isOrganization } from '../organizations.ts';
import { glossary } from './glossary.ts';
import type { Answer, Citation } from '../types.ts';

/** What the question asks for: an organization, of a kind and a nationality when it says them. */
export type OrganizationAsked = {
  /** Korean endings of the kind asked ("drugmaker" → 제약·파마·바이오), or null for any. */
  endings: RegExp | null;
  /** A company asked (company, maker, startup): news puts its name after its kind ("1위 기업 X"). */
  company: boolean;
  /** Several may answer ("Which companies …", "Name one of the VCs …"): a list the clause gives. */
  many: boolean;
  /** 'us', 'korea', another country as Korean writes it ("일본"), or null. */
  nationality: string | null;
  /** "Which three tech companies …": how many the answer must name, or null when the question does not say. */
  count?: number | null;
};

/** Number words a question counts organizations with ("which three companies"). */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** English nouns for organizations, with the endings Korean names of that kind have. */
const KINDS: readonly { noun: RegExp; endings: RegExp | null; company?: boolean }[] = [
  { noun: /^(drugmakers?|pharma|pharmaceuticals?|biopharma)$/u, endings: /(제약|약품|파마|바이오|팜)$/u },
  { noun: /^(hospitals?|clinics?|medical centers?)$/u, endings: /(병원|의료원|센터|[A-Z]{2,})$/u },
  { noun: /^(universit(y|ies)|schools?|colleges?)$/u, endings: /(대|대학|대학교|학교|[A-Z]{2,})$/u },
  { noun: /^(ministry|ministries|departments?)$/u, endings: /(부|처|청)$/u },
  {
    noun: /^(agency|agencies|institutes?|institutions?|bodies|body|authority|authorities|offices?|organi[sz]ations?)$/u,
    endings: null,
  },
  { noun: /^(associations?|federations?|chambers?|groups?|unions?|councils?|foundations?)$/u, endings: /(회|협회|연합회|총연|단체|재단|조합|그룹)$/u },
  {
    noun: /^(compan(y|ies)|firms?|startups?|\w*makers?|\w*manufacturers?|developers?|providers?|suppliers?|businesses|partners?|corporations?|enterprises?|ventures?|vcs?|banks?|funds?|investors?|platforms?|brands?|conglomerates?|chaebols?)$/u,
    endings: null,
    company: true,
  },
];

/** Words before the kind noun that say whose (nationality): left out of the search. */
const NATIONALITY: Readonly<Record<string, string>> = {
  us: 'us',
  'u.s': 'us',
  'u.s.': 'us',
  american: 'us',
  korean: 'korea',
  domestic: 'korea',
  'south-korean': 'korea',
  japanese: '일본',
  chinese: '중국',
  german: '독일',
  french: '프랑스',
  british: '영국',
  european: '유럽',
  swiss: '스위스',
  indian: '인도',
  vietnamese: '베트남',
  canadian: '캐나다',
  israeli: '이스라엘',
  taiwanese: '대만',
  singaporean: '싱가포르',
};

/** How far before an organization's name its nationality may stand ("일본 요양서비스 기업 사쿠라케어"). */
const NATIONALITY_REACH = 16;

/**
 * Whether the text before a name opens with its nationality in the same noun phrase: "일본 요양서비스
 * 기업 사쿠라케어" (bare nouns between), not "유럽의 탄소국경조정제도(CBAM)".
 */
function nationalityBefore(before: string, country: string): boolean {
  const at = before.lastIndexOf(country);
  if (at < 0) return false;
  return before
    .slice(at + country.length)
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .every((word) => /^[가-힣A-Za-z]+$/u.test(word) && !/[의은는을를에와과]$/u.test(word));
}

/** Whether a nationality is only said by the question, not searched (us, korea); others are searched. */
const searchedNationality = (nationality: string) => nationality !== 'us' && nationality !== 'korea';

/** Words that end the question word's noun phrase before any kind noun. */
const BETWEEN_STOPS = /^(about|the|a|an|of|for|in|on|at|to|with|by|from|did|does|do|is|was|are|were|will|has|had|have|can|could|would|should|that|this|these|those|its|their|his|her)$/u;

/** Most words between "which" and the kind noun ("which molecular diagnostic kit maker"). */
const MAX_MODIFIERS = 4;

/**
 * The organization an English question asks for, and which of its words only say so (the kind noun
 * and a nationality before it: "Which Korean drugmaker" — not what the articles' sentence says).
 * @example
 * organizationAsked(['which', 'korean', 'drugmaker', 'signed', …]) // { asked: { endings: /제약…/, nationality: 'korea' }, drop: [1, 2] }
 */
export function organizationAsked(lowers: readonly string[]): { asked: OrganizationAsked; drop: number[] } | null {
  // "Name one of the global VCs …", "List the companies …": the kind is what the sentence lists, so
  // it stays in the search; several may be named.
  const naming = /^(name|list|mention|identify)$/u.test(lowers[0] ?? '');
  // "Besides the health ministry, which organisation …": the question word may come after a clause.
  let at = naming ? 0 : lowers.findIndex((word) => word === 'which' || word === 'what');
  if (at < 0 || (at > 0 && !/^(besides|apart|aside|other|except|beside|excluding|like|along|together|alongside)$/u.test(lowers[0] ?? ''))) return null;
  while (naming && /^(one|two|three|some|any|all|a|few|several|of|the|its|their)$/u.test(lowers[at + 1] ?? '')) at++;
  for (let i = at + 1; i <= at + 1 + MAX_MODIFIERS && i < lowers.length; i++) {
    const word = lowers[i] ?? '';
    // "What did …", "which of": no noun follows the question word.
    if (i === at + 1 && /^(did|does|do|is|was|are|were|will|has|had|of|kind|type|sort)$/u.test(word)) return null;
    // "What about the company?", "which of the firms": not a kind the question word asks.
    if (BETWEEN_STOPS.test(word)) return null;
    const kind = KINDS.find((candidate) => candidate.noun.test(word));
    if (!kind) continue;
    const drop = [i];
    let nationality: OrganizationAsked['nationality'] = null;
    for (let j = at + 1; j < i; j++) {
      const found = NATIONALITY[lowers[j] ?? ''];
      if (found) {
        nationality = found;
        if (!searchedNationality(found)) drop.push(j);
      }
    }
    const many = naming || /(s|ies)$/u.test(word);
    // "which three tech companies": the list must name that many (not counted when naming "one of").
    const said = naming ? -1 : lowers.slice(at + 1, i).findIndex((between) => COUNT_WORDS.includes(between) || /^[2-9]$/u.test(between));
    const count = said >= 0 ? (COUNT_WORDS.indexOf(lowers[at + 1 + said] ?? '') + 2 || Number(lowers[at + 1 + said])) : null;
    if (said >= 0) drop.push(at + 1 + said);
    return { asked: { endings: kind.endings, nationality, company: kind.company === true, many, count }, drop: naming ? [] : drop };
  }
  return null;
}

/** `listed`: an item of a bare list of names (its clause is the list's whole sentence). */
type Candidate = { text: string; start: number; end: number; kindNamed: boolean; listed?: boolean; acronymOnly?: boolean; gloss?: string };
/* acronymOnly: a Latin acronym glossing a Hangul word no ending marks as an organization (카이스트(KAIST)). */

/** A comma list of two names or more, then 와/과 and working together (협력, 손잡고, 함께, 제휴). */
const PARTNER_LIST = /((?:[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,12},\s?)+[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,12})(?:와|과)\s?(?:협력|손잡|함께|제휴|공동)/gu;

/** A comma list of names then 등은/등이 (the subject of a clause): "A, B, C 등은 … 체결했다". */
const SUBJECT_LIST = /(?<![가-힣A-Za-z0-9&])((?:[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,12},\s?)+[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,12})\s?등(?:은|이|도)\s/gu;

/** Endings of ministries, public agencies, hospitals, universities and places (센터, 오피스, 허브): not companies. */
const PUBLIC_BODY = /(부|청|처|진흥원|연구원|공단|위원회|정부|대통령실|병원|의료원|대학교|대학|학교|센터|오피스|허브)$/u;

/** Kind nouns a name is put after (동격): "1위 기업 X", "주최단체인 X", "솔루션개발업체 X". */
const KIND_BEFORE = /(?:기업|업체|회사|제약사|기관|단체|스타트업|제조사|개발사|협회)(?:인|이자)?\s+([가-힣A-Za-z][가-힣A-Za-z0-9&]+)/gu;

/** A quoted name after its kind: "컨설팅 업체 ‘보스턴 컨설팅’". */
const KIND_BEFORE_QUOTED = /(?:기업|업체|회사|제약사|기관|단체|스타트업|제조사|개발사|협회)(?:인|이자)?\s?[‘'“"]([^‘’'“”"]{2,20})[’'”"]/gu;

/** A Hangul name with its Latin spelling in parentheses: "아우디툼바이오(Auditum Bio)". */
const LATIN_GLOSSED = /((?<![^\s(‘“'"])(?:[가-힣][가-힣A-Za-z0-9&]*\s)?[가-힣][가-힣A-Za-z0-9&]*)\s?\(([A-Z][A-Za-z0-9&.\- ]+)\)/gu;

/** Words after a kind noun that are not names ("기업 간", "기업 등"). */
const NOT_NAMES = /^(간|등|및|대표|관계자|지원|진출|성장|육성|협력|전용|중심|대상|모두|가운데|중|수|측|들|이|의)$/u;

/** Words that never name an organization though glossed or placed like one. */
const NOT_ORGANIZATION_WORDS = new Set(['MOU', 'CEO', 'VC', 'IR', 'AI', 'IoT', 'R&D', 'C&D', 'TIC', '업무협약', '양해각서']);

/** Particles and endings a name may carry in the sentence. */
function bare(word: string): string {
  return stripJosa(word.replace(/[.,!?]+$/u, ''));
}

/** Organizations a sentence names, with where they are. */
export function organizationCandidates(text: string, library: Pick<Library, 'definedAliases'>): Candidate[] {
  const found: Candidate[] = [];
  const add = (name: string, start: number, kindNamed: boolean, listed = false) => {
    const trimmed = name.trim();
    if (trimmed.length < 2 || NOT_ORGANIZATION_WORDS.has(trimmed) || /^\d/u.test(trimmed)) return;
    found.push({ text: trimmed, start, end: start + trimmed.length, kindNamed, listed });
  };
  for (const match of text.matchAll(LATIN_GLOSSED)) {
    const hangul = match[1] ?? '';
    const latin = (match[2] ?? '').trim();
    // A one-word Latin name glosses one Hangul word; an acronym ("MGH") may gloss two.
    // "인공지능(AI)", "업무협약(MOU)": a concept's acronym glosses no name.
    if (NOT_ORGANIZATION_WORDS.has(latin)) continue;
    // A first word with a particle ("구글과 인공지능") is not part of the name.
    const words = hangul.split(/\s/u).filter((word, i, all) => i === all.length - 1 || stripJosa(word) === word);
    const acronym = /^[A-Z&]{2,}$/u.test(latin);
    // "탄소국경조정제도(CBAM)": an acronym glosses an organization only when the Hangul ends as one does.
    if (acronym && !isOrganization(words.join('').replace(/^(미국|한국|국내|美|韓)/u, ''))) {
      // A university or hospital asked may be known by its acronym only (read when the kind's endings allow one).
      const latinAt = (match.index ?? 0) + match[0].indexOf(latin);
      found.push({ text: latin, start: latinAt, end: latinAt + latin.length, kindNamed: false, acronymOnly: true, gloss: words.join('') });
      continue;
    }
    const keep = latin.split(/\s+/u).length >= 2 || acronym ? words : words.slice(-1);
    // "미국 아우디툼바이오(Auditum Bio)": a nationality before the name is not part of it.
    const name = keep.filter((word, i) => i > 0 || keep.length === 1 || !/^(미국|미|한국|국내|美|韓)$/u.test(word)).join(' ');
    add(name, (match.index ?? 0) + hangul.length - name.length, false);
  }
  for (const match of text.matchAll(KIND_BEFORE)) {
    const word = bare(match[1] ?? '');
    if (NOT_NAMES.test(word) || /(한|된|할|는|던|인|적)$/u.test(word) || word.length < 3) continue;
    // "스타트업 밀도 및 수준": a word joined to another by 및 is a common noun.
    if (/^[^\s]*\s및\s/u.test(text.slice((match.index ?? 0) + match[0].length - (match[1] ?? '').length))) continue;
    // "스타트업 기술 혁신": a common word after a kind noun is no name.
    if (commonWords().has(word)) continue;
    // "랩센트럴(보스턴의 스타트업 혁신허브)": a kind phrase in parentheses describes the word before it.
    if (insideParentheses(text, match.index ?? 0)) continue;
    add(word, (match.index ?? 0) + match[0].length - (match[1] ?? '').length, true);
  }
  // "컨설팅 업체 ‘보스턴 컨설팅’은": a quoted name after its kind.
  for (const match of text.matchAll(KIND_BEFORE_QUOTED)) {
    const name = (match[1] ?? '').trim();
    add(name, (match.index ?? 0) + match[0].indexOf(name), true);
  }
  // "마이크로소프트, 오라클, 다쏘시스템과 협력해": a list of names someone works with, bare as they are.
  for (const match of text.matchAll(PARTNER_LIST)) {
    const list = match[1] ?? '';
    let at = match.index ?? 0;
    for (const item of list.split(/,\s?/u)) {
      const start = text.indexOf(item, at);
      at = start + item.length;
      if (!commonWords().has(item) && !NOT_NAMES.test(item)) add(item, start, true, true);
    }
  }
  // "디엔디파마텍, 메디사피엔스, 대모엔지니어링 등은 …": a list of bare names as the clause's subject.
  for (const match of text.matchAll(SUBJECT_LIST)) {
    const list = match[1] ?? '';
    let at = match.index ?? 0;
    const items = list.split(/,\s?/u);
    if (items.some((item) => commonWords().has(item) || NOT_NAMES.test(item) || NOT_ORGANIZATION_WORDS.has(item))) continue;
    for (const item of items) {
      const start = text.indexOf(item, at);
      at = start + item.length;
      add(item, start, true, true);
    }
  }
  // Every word: an organization's ending, or a short name the corpus defines.
  const wordPattern = /[가-힣A-Za-z&][가-힣A-Za-z0-9&]*/gu;
  for (const match of text.matchAll(wordPattern)) {
    const word = bare(match[0]);
    if (word.length < 2) continue;
    if (isOrganization(word) || (/^[가-힣]{3,}$/u.test(word) && library.definedAliases(word).some((alias) => alias.replace(/\s+/gu, '').length > word.length))) {
      add(word, match.index ?? 0, false);
    }
  }
  // One candidate per place: the longest reading.
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((candidate, i, all) => !all.some((other, j) => j !== i && other.start <= candidate.start && other.end >= candidate.end && (other.end - other.start > candidate.end - candidate.start || j < i)));
}

/** The clause (between commas and clause endings outside parentheses) around each position. */
function clauses(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    else if (depth === 0 && (char === ',' || (char === ' ' && /(며|고|으나|지만|했고|하고)$/u.test(text.slice(start, i))))) {
      result.push({ start, end: i });
      start = i + 1;
    }
  }
  result.push({ start, end: text.length });
  return result;
}

const squash = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

/** Whether a name is one the question says ("대웅제약" for Daewoong; "보건복지부" for the health ministry's 복지부). */
function echoes(name: string, words: readonly string[], library: Library, names: readonly string[] = []): boolean {
  const key = squash(name);
  // "Daewoong" (대웅) names 대웅제약: a name the question says, shortened.
  if (names.some((asked) => squash(asked).length >= 2 && key.startsWith(squash(asked)))) return true;
  return words.some((word) => {
    const w = squash(word);
    if (w.length < 2) return false;
    if (key === w || (w.includes(key) && key.length >= 2)) return true;
    if (key.includes(w) && w.length * 2 > key.length) return true;
    return library.aliasesOf(word).some((alias) => squash(alias) === key);
  });
}

let common: Set<string> | undefined;

/** The glossary's Korean words: common news vocabulary, never a name. */
function commonWords(): ReadonlySet<string> {
  common ??= new Set(glossary().entries.flatMap((entry) => entry.korean.map((spelling) => spelling.replace(/\s+/gu, ''))));
  return common;
}

function insideParentheses(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
}

/** "X는 Y와 …": Y, for each X the question names; common words are not partners' names. */
function partnersOf(text: string, names: readonly string[], library: Library): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/([가-힣A-Za-z0-9&]+?)(?:은|는|이|가)\s([가-힣A-Za-z0-9&]{2,}?)(?:와|과)\s/gu)) {
    const subject = squash(match[1] ?? '');
    const partner = match[2] ?? '';
    const said = names.some((name) => squash(name) === subject || library.aliasesOf(name).some((alias) => squash(alias) === subject));
    if (!said || commonWords().has(partner)) continue;
    const start = (match.index ?? 0) + match[0].indexOf(partner, (match[1] ?? '').length);
    found.push({ text: partner, start, end: start + partner.length, kindNamed: false });
  }
  return found;
}

/** One item of a Korean list: a word (a name), no spaces. */
const LIST_ITEM = /[가-힣A-Za-z0-9&‧·\-]+/u;

/** The comma list a name stands in ("A, B, C 등"), as one candidate; null when it stands alone. */
function listAround(text: string, candidate: Candidate): Candidate | null {
  let start = candidate.start;
  let end = candidate.end;
  // Back over ", 이전항목".
  for (;;) {
    const before = /([가-힣A-Za-z0-9&‧·\-]+), ?$/u.exec(text.slice(0, start));
    if (!before || before.index === undefined) break;
    start = before.index;
  }
  // On over ", 다음항목" (the last may carry a particle or 등).
  for (;;) {
    const after = new RegExp(`^(?:\\([^)]*\\))?, ?(${LIST_ITEM.source})`, 'u').exec(text.slice(end));
    if (!after?.[1]) break;
    end += after[0].length;
  }
  if (start === candidate.start && end === candidate.end) return null;
  const items = text
    .slice(start, end)
    .split(/, ?/u)
    .map((item) => bare(item.replace(/\([^)]*\)/gu, '')).replace(/\s?등$/u, ''))
    .filter((item) => item.length >= 2);
  return items.length >= 2 ? { text: items.join(', '), start, end, kindNamed: false } : null;
}

/** Whether a candidate stands in the parenthesis right after a name the question says ("랩센트럴(… 혁신허브)"). */
function describesAsked(text: string, words: readonly string[], candidate: Candidate): boolean {
  const open = text.lastIndexOf('(', candidate.start);
  if (open < 0 || text.indexOf(')', open) < candidate.start) return false;
  const before = text.slice(0, open).split(/\s+/u).at(-1) ?? '';
  return before.length >= 2 && words.some((word) => word.length >= 2 && squash(before).endsWith(squash(word)));
}

/** What the readers below share about one question: what it asks, its words and names, the people the articles name. */
type OrganizationQuestion = {
  library: Library;
  asked: OrganizationAsked;
  words: readonly string[];
  names: readonly string[];
  /** People are never the organization asked for. */
  people: ReadonlySet<string>;
};

/** Confidence given an organization read by these rules: fixed, not fitted. */
const ORGANIZATION_CONFIDENCE = 0.7;

/** Whether a span answer is (or holds) an organization its sentence names, of the kind asked. */
function spanNamesOrganization(question: OrganizationQuestion, answer: Answer): boolean {
  const text = answer.citations[0]?.text;
  if (answer.answerKind !== 'span' || answer.answerStart === null || answer.answerEnd === null || !text) return false;
  const { answerStart: start, answerEnd: end } = answer;
  return eligibleIn(question, text).some((candidate) => candidate.start < end && candidate.end > start);
}

/**
 * @name answerOrganization
 * @description
 * 어느 기관·기업을 묻는 영어 질문의 답: 찾은 짧은 답이 기관명이면 그대로, 아니면 인용 문장에서 읽은
 * 기관명, 그것도 없으면 기사에 없다고 (문장은 관련 문장으로; 기관을 묻는데 "건의 양해각서"는 추측이다).
 */
export function answerOrganization(library: Library, answer: Answer, asked: OrganizationAsked, words: readonly string[], names: readonly string[]): Answer {
  // Not found by the Korean readers: the related sentences may still name the organization plainly
  // ("카이스트(KAIST)와 MGH … MOU도 체결됐다"), read as for a found answer; else still not found.
  if (!answer.found) {
    if (answer.citations.length === 0 || (asked.nationality && searchedNationality(asked.nationality))) return answer;
    const question: OrganizationQuestion = { library, asked, words, names, people: new Set(library.people.map((fact) => fact.value)) };
    const read = readOrganization(question, answer);
    return read ? { ...read, found: true } : answer;
  }
  // "Which Japanese company …" over sentences that never say 일본: not in the articles.
  const country = asked.nationality;
  if (country && searchedNationality(country) && !answer.citations.slice(0, 2).some((citation) => citation.text.includes(country))) {
    return notFound(answer);
  }
  const question: OrganizationQuestion = { library, asked, words, names, people: new Set(library.people.map((fact) => fact.value)) };
  if (spanNamesOrganization(question, answer)) return answer;
  const read = readOrganization(question, answer);
  if (read) return read;
  // An organization is a name, a slot: a sentence that only speaks of the topic does not answer it
  // (as a Korean 누구/어디 question is not), it is listed as related.
  return notFound(answer);
}

function notFound(answer: Answer): Answer {
  return { ...answer, found: false, answer: null, answerKind: null, confidence: 0, answerStart: null, answerEnd: null, facts: [] };
}

/**
 * @name readOrganization
 * @description
 * 어느 기관·기업을 묻는 영어 질문에, 인용된 문장(앞의 둘)에서 질문이 가리키는 기관명을 짧은 답으로.
 * 정하지 못하면 null (문장은 근거로 남는다).
 */
function readOrganization(question: OrganizationQuestion, answer: Answer): Answer | null {
  // The cited sentences read (three when a count tells the list apart), the one whose clause says most
  // of the question's words answering: a loose second match ("협력 MOU") gives way to the sentence
  // that says the session, its startups and experts too.
  const read = question.asked.count ? 3 : READ_CITATIONS;
  let best: { rank: number; chosen: Candidate; score: number } | undefined;
  for (const [rank, citation] of answer.citations.slice(0, read).entries()) {
    const found = chooseIn(question, citation.text);
    if (!found) continue;
    if (question.asked.count && found.candidate.text.split(', ').length !== question.asked.count) continue;
    if (!best || found.score > best.score) best = { rank, chosen: found.candidate, score: found.score };
  }
  if (!best) return null;
  const { rank, chosen } = best;
  const citation = answer.citations[rank];
  if (!citation) return null;
  const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
  return {
    ...answer,
    answer: chosen.text,
    answerKind: 'span',
    confidence: ORGANIZATION_CONFIDENCE,
    answerStart: chosen.start,
    answerEnd: chosen.end,
    citations,
  };
}

/** How many cited sentences an organization is read from. */
const READ_CITATIONS = 3;

/** The organizations of a sentence that may answer: not echoes or people, of the kind and nationality asked. */
function eligibleIn(question: OrganizationQuestion, text: string): Candidate[] {
  const { library, asked, words, names, people } = question;
  const all = organizationCandidates(text, library);
  const echoed = all.filter((candidate) => echoes(candidate.text, words, library, names));
  let candidates = all.filter(
    (candidate) =>
      ![...people].some((person) => candidate.text.includes(person)) &&
      !echoed.includes(candidate) &&
      // "랩센트럴(보스턴의 스타트업 혁신허브)": what the parenthesis says of a name asked about.
      !describesAsked(text, names, candidate),
  );
  // "카카오헬스케어는 구글과 … MOU를 체결": the partner of a name the question says ("… sign with?").
  candidates.push(...partnersOf(text, names, library).filter((partner) => !candidates.some((candidate) => candidate.start === partner.start)));
  // "CIC 내 … 오피스", "보스턴에서": a place where something happens, not who did it.
  candidates = candidates.filter((candidate) => !/^(?:\s?내|\s?안|에서|에게서|\s?현지)(?![가-힣])/u.test(text.slice(candidate.end)));
  // A company asked is not a ministry or a public agency ("중소기업기술정보진흥원").
  if (asked.company) candidates = candidates.filter((candidate) => !PUBLIC_BODY.test(candidate.text));
  // An acronym alone names an organization only for a kind whose names may be acronyms (universities, hospitals).
  // "이노베이션 센터(CIC)" is a centre, not the university asked: the Hangul an acronym glosses may not end as another kind of body.
  const otherKind = (candidate: Candidate) => {
    const gloss = candidate.gloss ?? (/^[A-Z&]{2,}$/u.test(candidate.text) ? (/([가-힣]+)\s?\($/u.exec(text.slice(0, candidate.start))?.[1] ?? '') : '');
    return asked.endings !== null && PUBLIC_BODY.test(gloss) && !asked.endings.test(gloss);
  };
  candidates = candidates.filter((candidate) => (!candidate.acronymOnly || (asked.endings !== null && asked.endings.test(candidate.text))) && !otherKind(candidate));
  if (asked.endings) {
    const endings = asked.endings;
    const ofKind = candidates.filter((candidate) => endings.test(candidate.text));
    candidates = ofKind;
  }
  const country = asked.nationality;
  if (country && searchedNationality(country)) {
    candidates = candidates.filter((candidate) => nationalityBefore(text.slice(Math.max(0, candidate.start - NATIONALITY_REACH), candidate.start), country));
  } else if (country) {
    const american = (candidate: Candidate) => /(미국|미|美)\s?$/u.test(text.slice(Math.max(0, candidate.start - 4), candidate.start));
    candidates = candidates.filter((candidate) => (asked.nationality === 'us') === american(candidate));
  }
  return candidates;
}

function chooseIn(question: OrganizationQuestion, text: string): { candidate: Candidate; score: number } | null {
  const { library, asked, words, names } = question;
  const candidates = eligibleIn(question, text);
  if (candidates.length === 0) return null;
  const parts = clauses(text);
  const present = words.filter((word) => word.length >= 2);
  const saysName = (own: string) => names.length === 0 || names.some((name) => own.includes(squash(name)) || library.aliasesOf(name).some((alias) => own.includes(squash(alias))));
  const scored = candidates.flatMap((candidate) => {
    // "마이크로소프트, 오라클, 다쏘시스템과 협력해 …", "A, B, C 등은 … 체결했다": a bare list's items are read
    // with the whole sentence their list stands in (its commas cut the list into one-word clauses).
    const clause = candidate.listed ? { start: 0, end: text.length } : (parts.find((part) => candidate.start >= part.start && candidate.start < part.end) ?? { start: 0, end: text.length });
    const own = squash(text.slice(clause.start, clause.end));
    // The clause must say one of the names the question says: another clause is another's deal.
    if (!saysName(own)) return [];
    const says = (word: string) => own.includes(squash(word)) || library.aliasesOf(word).some((alias) => squash(alias).length >= 2 && own.includes(squash(alias)));
    return [{ candidate, score: present.filter(says).length }];
  });
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((entry) => entry.score));
  let top = scored.filter((entry) => entry.score === best);
  // "… 생산기업 위즈바이오솔루션" beside "국립보건원": the name put after its kind is the one a
  // company question asks for.
  if (top.length > 1 && asked.company) {
    const named = top.filter((entry) => entry.candidate.kindNamed);
    if (named.length === 1) top = named;
  }
  // The clause must say more than one of the question's words: one shared word is a loose match.
  if (best < Math.min(2, present.length)) return null;
  if (top.length > 1 && asked.many) {
    // "애덤스 스트리트(Adams Street), 스텝스톤(StepStone)을 비롯한 38개 VC": the clause's list.
    const [first] = top;
    const last = top.at(-1);
    if (!first || !last) return null;
    return { candidate: { text: top.map((entry) => entry.candidate.text).join(', '), start: first.candidate.start, end: last.candidate.end, kindNamed: false }, score: best };
  }
  if (top.length !== 1) return null;
  const chosen = top[0]?.candidate ?? null;
  if (!chosen) return null;
  // "Which companies …": the list the name stands in ("유한USA, 휴온스USA, … 지엠에스헬스케어 등").
  return { candidate: asked.many ? (listAround(text, chosen) ?? chosen) : chosen, score: best };
}
