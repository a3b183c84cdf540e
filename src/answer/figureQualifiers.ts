/**
 * 한정어 (the qualifiers a question names): the period, round, place or item a figure question names
 * must be the figure's own. A sentence whose figure is told for something else the article tells
 * apart — another round ("1차 계획" asked, "이번 계획에는 … 6,120억 원" told), this year ("작년 파급효과"
 * asked, an unmarked "512억 원" in an article that writes 지난해 for last year's) — answers another
 * question; a figure read from it is a wrong answer, worse than none. (A list item asked, "경남
 * 생산량", and a sentence that never names it: ./listBinding.ts answersOther.)
 */
import type { ArticleLabels } from './listBinding.ts';
import { questionWords } from './listBinding.ts';
import { BoundedMap } from '../boundedMap.ts';

/** Why a sentence's figures answer another question than the one asked, or null when they may answer it. */
export type QualifierClash = 'past-year' | 'round' | 'place';

/**
 * Whether the figures of a sentence are told for another period, round or thing than the question names.
 * `labels` is what ./listBinding.ts read of the sentence's article (its sentences and scene).
 */
export function qualifierClashOf(question: string, sentence: { text: string; sentenceIndex: number }, labels: ArticleLabels): QualifierClash | null {
  const texts = labels.texts;
  const scene = labels.scene;
  if (texts === undefined || scene === undefined) return null;
  const own = squash(sentence.text);
  // The sentence before, in the same paragraph, may set what this one goes on about.
  const paragraph = labels.paragraphs?.get(sentence.sentenceIndex);
  const previous = paragraph !== undefined && labels.paragraphs?.get(sentence.sentenceIndex - 1) === paragraph ? (texts.get(sentence.sentenceIndex - 1) ?? '') : '';
  if (roundClash(question, own, previous, scene, texts)) return 'round';
  if (placeClash(question, sentence.text, previous)) return 'place';
  const first = texts.get(Math.min(...texts.keys())) ?? '';
  if (pastYearClash(question, own, previous, `${labels.headline.toLowerCase()}${first}`, texts)) return 'past-year';
  if (namedYearClash(question, own, previous, `${labels.headline.toLowerCase()}${first}`, texts)) return 'past-year';
  return null;
}

/** A year written out ("2022년", "2022년산"), as a question or a sentence names it. */
const WRITTEN_YEAR = /(?<!\d)((?:19|20)\d{2})\s?년/gu;

/**
 * "2022년 양파 생산량" over "평년 생산량 122만6천 톤과 비교하면": a year the question writes out, a
 * sentence that marks no year, in an article that writes that year elsewhere ("5년 전인 2022년 298만
 * 원보다") — the unmarked figure is the story's own year's, not the one asked. Not when the headline,
 * the first sentence or the sentence before in its paragraph names the year (the story is that year's).
 */
function namedYearClash(question: string, own: string, previous: string, lead: string, texts: ReadonlyMap<number, string>): boolean {
  const years = [...question.replace(COMPARED, '').matchAll(WRITTEN_YEAR)].map((match) => match[1] ?? '');
  if (years.length === 0) return false;
  if (YEAR_MARK.test(own.replace(COMPARED, ''))) return false;
  if (years.some((year) => previous.includes(year) || lead.includes(year))) return false;
  for (const text of texts.values()) if (years.some((year) => squash(text).includes(`${year}년`))) return true;
  return false;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, '').toLowerCase();
}

/** A period a figure is compared with ("지난해보다", "전년 대비"), not told for. */
// (Not with the compared figure between, "지난해 29만 명보다": that figure is last year's own.)
// ("지난해(4.31점)보다" compares a score: no count or sum of last year's is told there.)
const COMPARED = /(?:올해|금년|지난해|작년|전년|재작년|(?:19|20)\d{2}\s?년)\s?(?:같은\s?(?:기간|시기|달)|동기|동월|동분기)?\s?(?:\([^()]{1,12}\)\s?)?(?:보다|대비|에\s?비해)/gu;

/** Words that mark a year a figure is told for. */
const YEAR_MARK = /올해|금년|지난해|작년|전년|내년|재작년|(?:19|20)\d{2}\s?년|\d{2,4}\s?학년도|지난\s?시즌|이번\s?시즌/u;

/** Words that mark last year. */
const LAST_YEAR = /지난해|작년|전년(?!\s?(?:대비|보다|동기))/u;

/**
 * "작년 지역경제 파급효과 얼마" over "추산한 지역경제 파급효과가 512억 원": a question about last year,
 * a sentence that marks no year (or only the one it is compared with) in an article that writes
 * 지난해 for last year's figures elsewhere — the unmarked figure is this year's. Not when the headline
 * or the first sentence is about last year (a yearly results story), nor when the sentence before, in
 * its paragraph, marks it.
 */
function pastYearClash(question: string, own: string, previous: string, lead: string, texts: ReadonlyMap<number, string>): boolean {
  if (!LAST_YEAR.test(question.replace(COMPARED, ''))) return false;
  if (YEAR_MARK.test(own.replace(COMPARED, ''))) return false;
  if (LAST_YEAR.test(previous.replace(COMPARED, '')) || LAST_YEAR.test(lead.replace(COMPARED, ''))) return false;
  // (The article tells last year's figures apart, even only to compare: "지난해(4.31점)보다".)
  for (const text of texts.values()) if (/지난해|작년/u.test(text)) return true;
  return false;
}

/** Kinds of numbered rounds a question may name: 1차 계획, 제6회 축제, 1기 환자, 2단계 사업, 1호선. */
const ROUND_KINDS = '차|회|기|단계|호선';

/** A round the question names ("1차 계획", "제6회 축제의"), not a count asked ("몇 차례", "3회 열린"). */
// Without 제, only before a noun ("1차 계획", "1기 췌장암"): "위성 1기의 무게" counts one satellite, and
// 회 without 제 counts times ("2회 다 맞으면").
const ASKED_ROUND = new RegExp(`(?<![\\d∼~\\-.])(?:제\\s?)(\\d{1,2})\\s?(${ROUND_KINDS})(?![가-힣])|(?<![\\d∼~\\-.])(?:제\\s?)?(\\d{1,2})\\s?(차|기|단계|호선)(?=\\s+[가-힣])|(?<![\\d∼~\\-.])(?:제\\s?)(\\d{1,2})\\s?(${ROUND_KINDS})(?=의|에|는|은|를|을)`, 'gu');

/**
 * "1차 계획 기간에 투입된 총사업비" over "이번 계획에는 … 총 6,120억 원": a round the question names
 * that this sentence does not, where it names another round of that kind ("1∼2기 환자" for "1기"), or
 * names none while the article tells rounds apart elsewhere and its scene is not the round asked.
 */
function roundClash(question: string, own: string, previous: string, scene: string, texts: ReadonlyMap<number, string>): boolean {
  const asked = [...question.matchAll(ASKED_ROUND)].map((match) => ({ number: match[1] ?? match[3] ?? match[5] ?? '', kind: match[2] ?? match[4] ?? match[6] ?? '' }));
  return asked.some(({ number, kind }) => {
    const told = (text: string) => [...text.matchAll(new RegExp(`(?<![\\d.,])(\\d{1,2})(?:[∼~\\-](\\d{1,2}))?(?:${kind})(?!례|사|장|원|업|관|간|술|록|준|존|량|담)`, 'gu'))].map((match) => (match[2] ? `${match[1]}~${match[2]}` : (match[1] ?? '')));
    const inOwn = told(own);
    if (inOwn.includes(number)) return false;
    if (inOwn.length > 0) return true;
    if (told(scene).includes(number) || told(previous).includes(number)) return false;
    for (const text of texts.values()) if (told(text).length > 0) return true;
    return false;
  });
}

/** Regions and countries a figure is told for: the provinces and metropolitan cities, and the usual countries and blocs. */
const PLACES = new Set([
  '서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주',
  '미국', '중국', '일본', '대만', '베트남', '인도', '독일', '프랑스', '영국', '러시아', '캐나다', '호주', '유럽', '동남아', '북미', '중동',
  '싱가포르', '태국', '인도네시아', '필리핀', '브라질', '멕시코', '홍콩', '몽골', '우즈베키스탄', '카자흐스탄', '사우디아라비아', '튀르키예',
]);

/**
 * Places and facilities read of a text, by the text: every figure sentence checked reads the question's
 * again, and a sentence's own comes back with each question that ranks it (read only, never changed).
 */
const READ_LIMIT = 4_096;
const placesRead = new BoundedMap<string, ReadonlySet<string>>(READ_LIMIT);
const facilitiesRead = new BoundedMap<string, ReadonlyMap<string, string>>(READ_LIMIT);

/** A place as a text writes it before a noun or particle: "중국", "중국산", "경남도", "서울시", "미국행". */
function placesIn(text: string): ReadonlySet<string> {
  const kept = placesRead.get(text);
  if (kept) return kept;
  const found = new Set<string>();
  for (const word of questionWords(text)) {
    for (const place of PLACES) {
      if (word === place || (word.startsWith(place) && /^(?:시|도|지역|항로|산|행|발|측|내)$/u.test(word.slice(place.length)))) found.add(place);
    }
  }
  placesRead.set(text, found);
  return found;
}

/**
 * "중국 항로 물동량 증가율" over "미국 항로 물동량이 8.9% 늘며": a question naming a region or country
 * that the sentence (and the one before it in its paragraph) never names, while the sentence names
 * another — its figure is that other place's.
 */
function placeClash(question: string, text: string, previous: string): boolean {
  if (facilityClash(question, text, previous)) return true;
  const asked = placesIn(question);
  if (asked.size === 0) return false;
  const told = placesIn(text);
  if ([...asked].some((place) => told.has(place) || previous.includes(place))) return false;
  return told.size > 0;
}

/** Named facilities of one kind: ports (부산항, 광양항), airports (김포공항), stations (잠실역). */
const FACILITY = /^([가-힣]{2,6})(공항|항|역)$/u;

/** Words ending like a facility that are not one: 지역, 구역, 권역 …, 출항, 취항 …. */
const NOT_A_FACILITY = /(?:지|구|권|영|수|해|전|광|출|입|취|귀|기|결|회|종|반|무|이|개)(?:역|항)$/u;

function facilitiesIn(text: string): ReadonlyMap<string, string> {
  const kept = facilitiesRead.get(text);
  if (kept) return kept;
  const found = new Map<string, string>();
  for (const word of questionWords(text)) {
    const match = FACILITY.exec(word);
    if (match?.[1] && match[2] && !NOT_A_FACILITY.test(word)) found.set(word, match[2]);
  }
  facilitiesRead.set(text, found);
  return found;
}

/**
 * "광양항의 물동량" over "부산항 컨테이너 물동량이 2,261만 TEU로": a port, airport or station the
 * question names that the sentence (and the one before it) never names, while the sentence names
 * another of the same kind — the figure is that other one's.
 */
function facilityClash(question: string, text: string, previous: string): boolean {
  const asked = facilitiesIn(question);
  if (asked.size === 0) return false;
  const compact = squash(`${previous} ${text}`);
  const told = facilitiesIn(text);
  return [...asked].some(([name, kind]) => !compact.includes(name) && [...told].some(([other, otherKind]) => other !== name && otherKind === kind));
}
