/**
 * 인물: people named with a title (직함) and often an organization, in the orders Korean news uses:
 * "이영 중소벤처기업부 장관" (name, org, title), "중기부 조주현 차관" (org, name, title),
 * "윤석열 대통령", "차순도 한국보건산업진흥원장" (title fused to its org),
 * "데이비드 브라운 원장" (a foreign name), "중소벤처기업부(장관 이영)" and bylines
 * "[서울경제TV=윤혜림기자]". Short references ("윤 대통령", "이 장관") are resolved to the full name
 * named elsewhere in the same article, and dropped when the article names no one they fit.
 */
import { readCaption } from './caption.ts';
import type { Sentence } from '../corpus/types.ts';
import type { PersonFact } from './types.ts';
import { FOREIGN_GIVEN_NAMES, isKoreanName, isSurname, looksLikeForeignName } from './names.ts';
import { stripJosa } from '../korean/josa.ts';
import { SHORT_ONLY_TITLES, TITLE_HINT, TITLE_JOSA, TITLE_MODIFIERS, readTitle } from './titles.ts';
import { spanOf } from './span.ts';

/** A word of a sentence with its offsets and the characters between it and the previous word. */
export type Word = { text: string; start: number; end: number; gap: string };

/** Splits a sentence into words at spaces and punctuation (parentheses, quotes, commas, "=", "/"). */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(/[^\s,，、"“”‘’'「」『』:;!?()\[\]{}<>=/…·‧]+/g)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, gap: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return words;
}

/** Organization-like words: "중기부", "보건산업진흥원", "제노스코사", "MGH", "미주한상총연의". */
const ORG_ENDINGS = /(?:부|청|처|원|회|사|소|단|실|국|관|대|센터|재단|협회|학회|은행|그룹|공사|공단|병원|대학|대학교|연구소|본부|총연|연합|연맹|홀딩스|전자|증권|보험|캐피탈|제약|바이오|테크|랩|랩스|솔루션즈|코리아|TV|통신|일보|신문|방송)$/;

/**
 * Local governments ("여수시", "가온군", "강남구", "전라남도", "경기도"): an organization before a title
 * ("정해윤 여수시 부시장"), never a person's name. Three syllables at least, so "당시", "장군", "연구" are
 * not; a province by its full name or its short one.
 */
const LOCAL_GOVERNMENT = /^(?:[가-힣]{2,}(?:시|군|구)|[가-힣]{3,}도|(?:경기|강원|제주|충북|충남|전북|전남|경북|경남)도)$/;

function isLocalGovernment(word: string): boolean {
  // Many names end as districts and provinces do (황병구, 김민도); few as cities and counties.
  if (/[구도]$/.test(word) && isKoreanName(word)) return false;
  return LOCAL_GOVERNMENT.test(word) && !/^(?:동시|역시|즉시|잠시|수시|상시|임시|당시|평시|연구|장군|국군|아군|적군|지구|도구|요구|친구|가구)$/.test(word);
}

function isOrganizationWord(word: string): boolean {
  if (/^[A-Z][A-Za-z0-9&.\-]*$/.test(word) && /[A-Z]{2}/.test(word)) return true;
  if (isLocalGovernment(word)) return true;
  if (/^[가-힣A-Za-z0-9&]+의$/.test(word)) return true;
  return /^[가-힣A-Za-z0-9&]{2,}$/.test(word) && (ORG_ENDINGS.test(word) || DEPARTMENT.test(word)) && !isKoreanName(word);
}

/** A word that may sit between a name and its title as (part of) the organization. */
function isPlainWord(word: string): boolean {
  return /^[가-힣A-Za-z0-9&.\-]+$/.test(word) && (!/(?:은|는|을|를|의|에|와|과|도|로|서|며|고|인|한|된|및|등|이)$/.test(word) || DEPARTMENT.test(word));
}

/** A department's name ends in 과 as a particle does: "감염내과", "인구정책과", "기획예산과". */
const DEPARTMENT = /[가-힣](?:내과|외과|정책과|예산과|행정과|지원과|관리과|진흥과|기획과|홍보과|총무과|경제과|복지과|안전과|교육과|관광과|환경과|재정과|세무과|민원과|인사과|감사과)$/;

const softGap = (gap: string) => /^\s+$/.test(gap);
/** A gap that still joins an organization to what follows: spaces or "(MGH) ". */
const orgGap = (gap: string) => /^[\s()]+$/.test(gap) && gap.length > 0;

/** A short reference found in a sentence, before resolution: "윤 대통령". */
export type ShortMention = {
  sentence: Sentence;
  /** The surname ("윤"), or a foreign family name written alone ("트럼프"). */
  surname: string;
  title: string;
  start: number;
  end: number;
};

type Mention = { start: number; end: number; name: string; title: string; organization: string | null };

function personFact(sentence: Sentence, m: Mention): PersonFact {
  return {
    type: 'person',
    ...spanOf(sentence, m.start, m.end),
    value: m.name,
    unit: null,
    name: m.name,
    title: m.title,
    organization: m.organization,
  };
}

/** Organization words directly before `index` (at most two), read leftwards. */
function organizationBefore(words: Word[], index: number, text: string): { start: number; organization: string } | null {
  let first = -1;
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const word = words[k];
    const next = words[k + 1];
    if (word === undefined || next === undefined || !orgGap(next.gap) || !isOrganizationWord(word.text)) break;
    first = k;
    if (word.text.endsWith('의')) break;
  }
  // "메사추세츠 종합병원(MGH)": a transliterated place name joins the organization after it.
  const place = words[first - 1];
  const firstWord = words[first];
  // A word with a particle ("포럼엔 복지부 …": 엔 = 에는) ends a clause and is no place name.
  const placeLike = place !== undefined && isPlainWord(place.text) && !/(엔|에선|에는)$/.test(place.text);
  if (first > 0 && place !== undefined && firstWord !== undefined && softGap(firstWord.gap) && !firstWord.text.endsWith('의') && placeLike && looksLikeForeignName([place.text])) first--;
  const start = words[first];
  const last = words[index - 1];
  if (first < 0 || start === undefined || last === undefined) return null;
  let organization = text.slice(start.start, last.end).replace(/의$/, '').trim();
  const open = organization.split('(').length - organization.split(')').length;
  if (open > 0) organization += ')'.repeat(open);
  return { start: start.start, organization };
}

/**
 * A foreign name written in Hangul with one to three organization words before the title, read
 * leftwards from the title's first word `head`: "요하네스 프로이하우프 랩센트럴 대표",
 * "웨이팡 조우 유엘 솔루션즈 TIC 총괄 사장". The given name must be a known one.
 */
function foreignNameWithOrganization(
  words: Word[],
  head: number,
): { start: number; name: string; orgStart: number; orgEnd: number } | null {
  for (let orgWords = 1; orgWords <= 3; orgWords++) {
    const given = words[head - orgWords - 2];
    const family = words[head - orgWords - 1];
    const lastOrg = words[head - 1];
    if (given === undefined || family === undefined || lastOrg === undefined) return null;
    let joinedUp = true;
    for (let k = head - orgWords - 1; k <= head - 1; k++) {
      if (!softGap(words[k]?.gap ?? '')) joinedUp = false;
    }
    const orgsPlain = words.slice(head - orgWords, head).every((w) => isPlainWord(w.text));
    if (!joinedUp || !orgsPlain) return null;
    if (FOREIGN_GIVEN_NAMES.has(given.text) && /^[가-힣]{1,6}$/.test(family.text) && isPlainWord(family.text)) {
      const firstOrg = words[head - orgWords];
      if (firstOrg === undefined) return null;
      return { start: given.start, name: `${given.text} ${family.text}`, orgStart: firstOrg.start, orgEnd: lastOrg.end };
    }
  }
  return null;
}

/** Whether word `k` is joined by a space to a plain word before it (then it is not a name alone). */
function joinedToWord(words: Word[], k: number): boolean {
  const before = words[k - 1];
  const word = words[k];
  return before !== undefined && word !== undefined && softGap(word.gap) && isPlainWord(before.text) && !/[.,]$/.test(before.text);
}

/**
 * The office after "겸" that follows a title: "부총리 겸 기획재정부 장관" → 기획재정부 장관, at most
 * two organization words before the second title.
 */
function secondOffice(words: Word[], t: number, text: string): { end: number; title: string; index: number } | null {
  const joiner = words[t + 1];
  if (joiner === undefined || joiner.text !== '겸' || !softGap(joiner.gap)) return null;
  for (let k = t + 2; k <= t + 4; k++) {
    const word = words[k];
    if (word === undefined || !softGap(word.gap)) return null;
    const reading = readTitle(word.text);
    if (reading !== null) {
      const first = words[t + 2];
      if (first === undefined) return null;
      const end = word.start + reading.length;
      return { end, title: text.slice(first.start, end), index: k };
    }
    if (!isPlainWord(word.text)) return null;
  }
  return null;
}

/**
 * Full and short person mentions in one sentence. Full mentions carry a name; short ones only a
 * surname and are resolved by `extractPersons`.
 */
export function findPersonMentions(sentence: Sentence): { full: PersonFact[]; short: ShortMention[] } {
  // "[인터뷰] 최형석 / 대전지역버스노동조합 위원장 : …": a broadcast caption names the person (./caption.ts).
  const caption = readCaption(sentence.text);
  const found = findWrittenMentions(sentence);
  if (caption?.title == null) return found;
  const captioned = personFact(sentence, { start: caption.nameStart, end: caption.nameStart + caption.name.length, name: caption.name, title: caption.title, organization: caption.organization });
  return { full: [captioned, ...found.full.filter((person) => person.start >= caption.end)], short: found.short.filter((ref) => ref.start >= caption.end) };
}

/** The people a sentence's prose names with a title, and its short references. */
function findWrittenMentions(sentence: Sentence): { full: PersonFact[]; short: ShortMention[] } {
  const text = sentence.text;
  if (!TITLE_HINT.test(text)) return { full: [], short: [] };
  const words = splitWords(text);
  const full: PersonFact[] = [];
  const short: ShortMention[] = [];
  const taken = new Set<number>();
  const at = (k: number): Word | undefined => (k >= 0 ? words[k] : undefined);

  for (let t = 0; t < words.length; t++) {
    const titleWord = words[t];
    if (titleWord === undefined) continue;
    const reading = readTitle(titleWord.text);
    if (reading === null) {
      // "오 시장은", "김 지사는": titles that are common words alone, read only after a surname.
      const base = stripJosa(titleWord.text, TITLE_JOSA);
      const prev = at(t - 1);
      if (SHORT_ONLY_TITLES.has(base) && prev !== undefined && softGap(titleWord.gap) && isSurname(prev.text)) {
        short.push({ sentence, surname: prev.text, title: base, start: prev.start, end: titleWord.start + base.length });
      }
      continue;
    }
    // "총괄 사장": a modifier that is also a title word belongs to the title after it.
    const nextWord = at(t + 1);
    if (TITLE_MODIFIERS.has(titleWord.text) && nextWord !== undefined && softGap(nextWord.gap) && readTitle(nextWord.text) !== null) continue;
    // Byline or fused name + title: "윤혜림기자".
    if (reading.organization !== null && (reading.title === '기자' || reading.title === '특파원') && isKoreanName(reading.organization)) {
      const before = at(t - 1);
      const org = before !== undefined && /[=\[]/.test(titleWord.gap) ? before.text : null;
      full.push(personFact(sentence, { start: titleWord.start, end: titleWord.start + reading.length, name: reading.organization, title: reading.title, organization: org }));
      continue;
    }
    const titleEnd = titleWord.start + reading.length;
    // Title modifiers before the title: "총괄 사장", "전 장관".
    let head = t;
    let titleStart = titleWord.start;
    while (head > 0) {
      const prev = at(head - 1);
      const cur = words[head];
      if (prev === undefined || cur === undefined || !softGap(cur.gap) || !TITLE_MODIFIERS.has(prev.text)) break;
      head--;
      titleStart = prev.start;
    }
    const fusedOrg = reading.organization;
    // A fused title keeps its organization's name when another organization is written before the
    // name ("복지부 임인택 보건의료정책실장"); alone it splits ("차순도 한국보건산업진흥원장" → 원장).
    const modifiers = text.slice(titleStart, titleWord.start);
    const fusedTitle = `${modifiers}${reading.title}`;
    const writtenTitle = text.slice(titleStart, titleEnd);
    const headWord = words[head];
    if (headWord === undefined) continue;
    const w1 = at(head - 1);
    const w2 = at(head - 2);
    const w3 = at(head - 3);
    const joined = (k: number) => softGap(words[k + 1]?.gap ?? '');

    let mention: Mention | null = null;
    const withOrg = (org: { start: number; organization: string } | null, start: number) =>
      org !== null
        ? { start: org.start, organization: org.organization, title: writtenTitle }
        : { start, organization: fusedOrg, title: fusedOrg === null ? writtenTitle : fusedTitle };
    // "박만수(67) 씨", "윤서하(41) 대표": an age between the name and the title.
    const aged = w1 !== undefined && w2 !== undefined && /^\d{1,3}$/.test(w1.text) && w1.gap === '(' && /^\)\s+$/.test(headWord.gap) && isKoreanName(w2.text) && !isLocalGovernment(w2.text);
    if (aged && w2 !== undefined) {
      mention = { ...withOrg(organizationBefore(words, head - 2, text), w2.start), end: titleEnd, name: w2.text };
    } else if (w1 !== undefined && softGap(headWord.gap) && isKoreanName(w1.text) && !isLocalGovernment(w1.text)) {
      // 중기부 조주현 차관 / 조주현 차관 (not "여수시 부시장": a city is no name)
      mention = { ...withOrg(organizationBefore(words, head - 1, text), w1.start), end: titleEnd, name: w1.text };
    } else if (w1 !== undefined && w2 !== undefined && softGap(headWord.gap) && joined(head - 2) && FOREIGN_GIVEN_NAMES.has(w2.text) && /^[가-힣]+$/.test(w1.text)) {
      // 데이비드 브라운 원장
      mention = { ...withOrg(organizationBefore(words, head - 2, text), w2.start), end: titleEnd, name: `${w2.text} ${w1.text}` };
    } else if (w1 !== undefined && w2 !== undefined && w3 !== undefined && /^\)\s+$/.test(headWord.gap) && w1.gap === '(' && /^[A-Z][A-Za-z0-9&]+$/.test(w1.text) && isPlainWord(w2.text) && joined(head - 3) && isKoreanName(w3.text)) {
      // 김영희 한국개발연구원(KDI) 연구위원: the organization's abbreviation in parentheses
      mention = { start: w3.start, end: titleEnd, name: w3.text, title: writtenTitle, organization: text.slice(w2.start, w1.end + 1) };
    } else if (softGap(headWord.gap) && foreignNameWithOrganization(words, head) !== null) {
      // 요하네스 프로이하우프 랩센트럴 대표 / 웨이팡 조우 유엘 솔루션즈 TIC 총괄 사장
      const found = foreignNameWithOrganization(words, head);
      if (found !== null) mention = { ...found, end: titleEnd, title: writtenTitle, organization: text.slice(found.orgStart, found.orgEnd) };
    } else if (w1 !== undefined && w2 !== undefined && softGap(headWord.gap) && joined(head - 2) && isPlainWord(w1.text) && isKoreanName(w2.text)) {
      // 이영 중소벤처기업부 장관
      mention = { start: w2.start, end: titleEnd, name: w2.text, title: writtenTitle, organization: w1.text };
    } else if (w1 !== undefined && w2 !== undefined && w3 !== undefined && softGap(headWord.gap) && joined(head - 2) && joined(head - 3) && isPlainWord(w1.text) && isPlainWord(w2.text) && isKoreanName(w3.text)) {
      // 황병구 미주한인상공회의소 총연합회 회장
      mention = { start: w3.start, end: titleEnd, name: w3.text, title: writtenTitle, organization: text.slice(w2.start, w1.end) };
    } else if (w1 !== undefined && w2 !== undefined && softGap(headWord.gap) && joined(head - 2) && isPlainWord(w1.text) && isPlainWord(w2.text) && looksLikeForeignName([w2.text, w1.text]) && (w3 === undefined || !joined(head - 3) || isOrganizationWord(w3.text))) {
      // 메사추세츠 종합병원(MGH) 데이비드 브라운 원장, with an unlisted given name
      mention = { ...withOrg(organizationBefore(words, head - 2, text), w2.start), end: titleEnd, name: `${w2.text} ${w1.text}` };
    } else if (w1 !== undefined && softGap(headWord.gap) && isSurname(w1.text)) {
      short.push({ sentence, surname: w1.text, title: fusedOrg === null ? writtenTitle : fusedTitle, start: w1.start, end: titleEnd });
      continue;
    } else if (w1 !== undefined && softGap(headWord.gap) && fusedOrg === null && looksLikeForeignName([w1.text]) && !joinedToWord(words, head - 1)) {
      // "트럼프 대통령은": a foreign family name alone, resolved against "도널드 트럼프" in the article.
      short.push({ sentence, surname: w1.text, title: writtenTitle, start: w1.start, end: titleEnd });
      continue;
    }
    // 중소벤처기업부(장관 이영, 이하 중기부)
    const after = at(t + 1);
    if (mention === null && fusedOrg === null && after !== undefined && softGap(after.gap) && /\(\s*$/.test(titleWord.gap) && isKoreanName(after.text)) {
      const following = text.slice(after.end, after.end + 1);
      if (following === ',' || following === ')') {
        const orgWord = at(t - 1);
        mention = {
          start: titleWord.start,
          end: after.end,
          name: after.text,
          title: reading.title,
          organization: orgWord !== undefined && isOrganizationWord(orgWord.text) ? orgWord.text : null,
        };
      }
    }
    if (mention === null || taken.has(mention.start)) continue;
    // "최상목 부총리 겸 기획재정부 장관": a second office joined by 겸 belongs to the same person.
    const second = secondOffice(words, t, text);
    if (second !== null && mention.end === titleEnd) {
      mention = { ...mention, end: second.end, title: `${mention.title} 겸 ${second.title}` };
      t = second.index;
    }
    // "조현아 전 대한항공 부사장": 전/현 before the organization belongs to the title.
    const former = mention.organization === null ? null : /^(전|현|前|現)\s+(.+)$/.exec(mention.organization);
    if (former?.[1] !== undefined && former[2] !== undefined) {
      mention = { ...mention, title: `${former[1]} ${mention.title}`, organization: former[2] };
    }
    // "형사합의23부(정현우 부장판사)": the person is the bracket's, the organization before it.
    const written = text.slice(mention.start, mention.end);
    const opened = written.lastIndexOf('(');
    if (opened >= 0 && !written.slice(opened).includes(')')) mention = { ...mention, start: mention.start + opened + 1 };
    taken.add(mention.start);
    full.push(personFact(sentence, mention));
  }
  return { full, short };
}

/** Whether a short reference's title fits a person's title ("실장" fits "보건의료정책실장"). */
function titleFits(shortTitle: string, personTitle: string | null): boolean {
  if (personTitle === null) return false;
  const a = shortTitle.replace(/^(?:전|현|前|現)\s/, '');
  // "부총리 겸 기획재정부 장관" fits "최 부총리" and "최 장관".
  return personTitle.split(/\s겸\s/).some((office) => office === a || office.endsWith(a) || a.endsWith(office));
}

/**
 * All people of an article: full mentions, then short references resolved against them
 * ("윤 대통령" → 윤석열). A short reference that fits no one, or several people, is dropped.
 */
export function extractPersons(sentences: readonly Sentence[]): PersonFact[] {
  const full: PersonFact[] = [];
  const shorts: ShortMention[] = [];
  for (const sentence of sentences) {
    const found = findPersonMentions(sentence);
    full.push(...found.full);
    shorts.push(...found.short);
  }
  const facts = [...full];
  for (const ref of shorts) {
    const names = new Set<string>();
    let match: PersonFact | undefined;
    const foreign = !isSurname(ref.surname);
    for (const person of full) {
      const fits = foreign ? person.name.endsWith(` ${ref.surname}`) : person.name.startsWith(ref.surname) && !person.name.includes(' ');
      if (!fits) continue;
      if (!titleFits(ref.title, person.title)) continue;
      names.add(person.name);
      match ??= person;
    }
    if (match === undefined || names.size !== 1) continue;
    facts.push({
      type: 'person',
      ...spanOf(ref.sentence, ref.start, ref.end),
      value: match.name,
      unit: null,
      name: match.name,
      title: ref.title,
      organization: match.organization,
    });
  }
  return facts.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
}
