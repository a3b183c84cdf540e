/**
 * 한정어 (the qualifiers a question names): the period, round, place or item a figure question names
 * must be the figure's own. A sentence whose figure is told for something else the article tells
 * apart — another round ("1차 계획" asked, "이번 계획에는 … 6,120억 원" told), this year ("작년 파급효과"
 * asked, an unmarked "512억 원" in an article that writes 지난해 for last year's) — answers another
 * question; a figure read from it is a wrong answer, worse than none. (A list item asked, "경남
 * 생산량", and a sentence that never names it: ./listBinding.ts answersOther.)
 */
import type { ArticleLabels } from './listBinding.ts';

/** Why a sentence's figures answer another question than the one asked, or null when they may answer it. */
export type QualifierClash = 'past-year' | 'round';

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
  const first = texts.get(Math.min(...texts.keys())) ?? '';
  if (pastYearClash(question, own, previous, `${labels.headline.toLowerCase()}${first}`, texts)) return 'past-year';
  return null;
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
// Without 제, only before a noun ("1차 계획", "1기 췌장암"): "위성 1기의 무게" counts one satellite.
const ASKED_ROUND = new RegExp(`(?<![\\d∼~\\-.])(?:제\\s?)(\\d{1,2})\\s?(${ROUND_KINDS})(?![가-힣])|(?<![\\d∼~\\-.])(?:제\\s?)?(\\d{1,2})\\s?(${ROUND_KINDS})(?=\\s+[가-힣])|(?<![\\d∼~\\-.])(?:제\\s?)(\\d{1,2})\\s?(${ROUND_KINDS})(?=의|에|는|은|를|을)`, 'gu');

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
