/**
 * 다른 문장의 항목 (an item told elsewhere): "대만으로의 반도체 수출액" over an article whose lead gives
 * the total ("지난달 반도체 수출액은 168억4천만 달러") and whose later sentence gives 대만's ("대만
 * 수출은 31억7천만 달러"). A word the question names that only a few sentences of the article write,
 * one of them telling a figure of the type asked *of it* (the word right before the figure), is the
 * item asked:
 * - a sentence that never writes it (nor the sentence before it, which may set its scene) tells its
 *   figures of something else;
 * - in a sentence that does, the figure told of it answers, not its neighbour ("200억 원을 넣어 투자를
 *   주도했고 … 누적 투자액은 820억 원" asked "누적 투자").
 *
 * A word most of the story writes (the company, the product) is its subject, not an item: sentences
 * leave it to the context, so its absence says nothing.
 */
import type { Fact } from '../facts/types.ts';
import { isInterrogative } from '../korean/josa.ts';
import { answersOther, isPeriodWord, labelBefore, namesLabelWord, type ArticleLabels } from './listBinding.ts';

/** Sentences of an article an item's word may appear in; more, and it is the story's subject. */
const MAX_ITEM_SENTENCES = 3;

/** A word written in more than one sentence in this many is the story's subject, however short the story. */
const SUBJECT_SHARE = 4;

/** Words that point, hedge or ask rather than name an item ("이번", "전체", "얼마나"). */
const NOT_AN_ITEM = new Set(['가운데', '이중', '그중', '나머지', '이번', '이날', '당시', '해당', '관련', '최근', '현재', '지금', '모두', '각각', '당초', '기존', '앞서', '향후', '요즘', '그간', '지난번', '지난', '오는', '같은', '기준', '발표', '따르면', '얼마', '얼마나', '정도', '규모', '이상', '이하', '미만', '초과']);

/** A period or a number ("11월", "올해", "1년"): the time a figure is told for, compared elsewhere (./pickFact.ts). */
const PERIOD_OR_NUMBER = /\d|^(?:올해|지난해|작년|전년|내년|금년|상반기|하반기|지난달|이달|같은달)$/u;

/** How a verb or a modifier ends ("늘었나", "생산하는"): not a noun naming an item. */
const VERB_ENDING = /(?:한|할|된|될|던|인|운|른|낸|는|은|을|를|에|로|서|고|며|면|해|돼|게|어|아|도|라|려|러|니|요|써|여|냐|지|나|까|다|래|대|야|음|임|함|됨)$/u;

/** A measure (수출액, 증가율, 생산량): what the figure is, asked of every item alike. */
const MEASURE = /^[가-힣]{1,6}(?:액|량|율|률|비|가|수)$/u;

/** A sentence that names the story's subject by a pointing word ("회사는", "이 제품", "해당 업체"). */
const ANAPHOR = /(?:^|\s)(?:(?:이|그|해당|같은)\s?(?:회사|업체|기업|제품|사업|단체|기관|그룹|조직|곳|팀|영화|작품|선수|후보|지역|시설|공장)|(?:회사|업체|당국|이들)(?:는|은|가|이|도|측)|그는|그녀는)(?=\s|$|[은는이가을를의와과에도])/u;

/** "미국쪽", "대만향": a direction glued to a place is the place. */
const DIRECTION = /(?:쪽|측|향)$/u;

/** Titles a story calls a person by after the first mention ("정 후보", "노 대표", "김 씨"). */
const SHORT_TITLE = '(?:후보|의원|대표|회장|사장|감독|선수|위원장|장관|차관|청장|시장|군수|구청장|지사|교수|원장|총장|씨|대변인|본부장|실장|국장|과장|팀장|이사|부회장|작가|대통령|총리)';

/**
 * The question's item words for one article: josa-free question words (lower-cased) that name a
 * thing, that one to three of its sentences write, one of them telling a figure of `type` of it.
 * A word the question puts right before its cue ("응답 비율") names the measure, not an item.
 */
export function itemWords(asked: readonly string[], cues: readonly string[], labels: ArticleLabels, type: string): string[] {
  const texts = labels.texts;
  const written = labels.sentences;
  // (A date comes before the event it is told of: "2028년 코스닥 상장을 목표로" — ./figureScope.ts reads those.)
  if (!texts || !written || type === 'date') return [];
  const items: string[] = [];
  for (const [i, raw] of asked.entries()) {
    const next = asked[i + 1];
    if (next !== undefined && cues.some((cue) => cue.length >= 2 && next.startsWith(cue))) continue;
    const word = DIRECTION.test(raw) && raw.length >= 3 ? raw.slice(0, -1) : raw;
    if (word.length < 2 || !/^[가-힣a-z]+$/u.test(word) || NOT_AN_ITEM.has(word) || PERIOD_OR_NUMBER.test(word) || isInterrogative(word)) continue;
    if ((VERB_ENDING.test(word) && word.length <= 3) || MEASURE.test(word) || cues.includes(word)) continue;
    const holding = [...texts].filter(([, text]) => text.includes(word));
    // (In a short article, a word a quarter of the sentences write is its subject all the same.)
    if (holding.length === 0 || holding.length > MAX_ITEM_SENTENCES || holding.length * SUBJECT_SHARE >= texts.size) continue;
    const told = holding.some(([index]) => {
      const other = written.get(index);
      return other !== undefined && other.facts.some((fact) => fact.type === type && toldOf(other.text, other.facts, fact, word) && hasSibling(written, index, fact, word));
    });
    if (told) items.push(word);
  }
  return items;
}

/**
 * The question word that names an item only other sentences of the article tell a figure of type
 * `type` of, and that `sentence` (and the sentence before it) never writes; null when there is none.
 */
export function namedOnlyElsewhere(sentence: { text: string; sentenceIndex: number }, asked: readonly string[], cues: readonly string[], labels: ArticleLabels, type: string): string | null {
  const texts = labels.texts;
  if (!texts) return null;
  // "회사는 …", "이 제품과 관련해 …": a sentence that speaks of the story's subject by another name.
  if (ANAPHOR.test(sentence.text)) return null;
  const own = texts.get(sentence.sentenceIndex) ?? sentence.text.replace(/\s+/gu, '').toLowerCase();
  const before = texts.get(sentence.sentenceIndex - 1) ?? '';
  for (const word of itemWords(asked, cues, labels, type)) {
    // "수출액" is written "수출": a measure's last syllable may be left out.
    const stem = word.length >= 3 ? word.slice(0, -1) : word;
    if (own.includes(stem) || before.includes(word) || calledBySurname(sentence.text, word, labels)) continue;
    return word;
  }
  return null;
}

/**
 * Whether a figure of a sentence is set beside another of its type told of an item word the
 * question names, while it is told of none: "200억 원을 넣어 … 누적 투자액은 820억 원" asked "누적
 * 투자" is answered 820억 원, not 200억 원.
 */
export function besideItemFigure(text: string, facts: readonly Fact[], shown: Fact, items: readonly string[], asked: readonly string[] = []): boolean {
  if (items.length === 0) return false;
  const toldOfItem = (fact: Fact) => items.some((word) => toldInClause(text, facts, fact, word));
  // (The same figure told of the item elsewhere in the sentence is that one, marked at the first spelling.)
  if (facts.some((fact) => fact.type === shown.type && fact.text === shown.text && toldOfItem(fact))) return false;
  // "실책은 대구가 9개, 인천이 16개" asked of 인천: the figure's own label is named (./listBinding.ts).
  // (A title is no item: "한 후보(27.4%)" is not named by "정우석 후보".)
  if (labelBefore(text, shown.start).some((word) => !new RegExp(`^${SHORT_TITLE}$`, 'u').test(word) && namesLabelWord(asked, word))) return false;
  return facts.some((fact) => fact !== shown && fact.type === shown.type && toldOfItem(fact));
}

/**
 * Whether a figure is told of a word, itself or as the figure before it in the same clause is
 * ("가구당 평균 29만5천 원에서 31만 원으로": both are 가구당's).
 */
function toldInClause(text: string, facts: readonly Fact[], fact: Fact, word: string): boolean {
  if (toldOf(text, facts, fact, word)) return true;
  // (A figure with a label of its own is that label's: "정 후보가 51.2%로 한 후보(27.4%)를".)
  if (labelBefore(text, fact.start).length > 0) return false;
  const previous = facts.filter((other) => other.type === fact.type && other.end <= fact.start).at(-1);
  if (!previous) return false;
  const between = text.slice(previous.end, fact.start);
  // "유니콘 기업 22개 사 중 한국인이 … 창업한 곳이 5개": a part of the whole told of it.
  if (/^\s*(?:중|가운데)(?:\s|에서)/u.test(between) && !/[.!?;]/u.test(between)) return toldInClause(text, facts, previous, word);
  // ("관광객은 약 3만 명으로, 지난해보다 4천 명가량 늘었다": a comma, but no new subject between.)
  return !/[.!?;]|[가-힣A-Za-z](?:은|는|이|가)\s/u.test(between) && toldInClause(text, facts, previous, word);
}

/**
 * Whether a figure told of a word has a sibling: a figure of its type told of another label in its
 * sentence or the sentences beside it ("대중국 … 54억1천만 달러", "대만 수출은 31억7천만 달러",
 * "베트남은 22억4천만 달러"). A word no sibling stands beside is a description of the story's
 * subject ("한국 스타트업 14개 사"), not one item among others.
 */
function hasSibling(written: NonNullable<ArticleLabels['sentences']>, index: number, fact: Fact, word: string): boolean {
  const home = written.get(index);
  const own = home ? labelBefore(home.text, fact.start).map((part) => part.toLowerCase()) : [];
  // ("스타트업 15개 사" is no sibling of "한국 스타트업 14개 사": the same label, less said.)
  const another = (part: string) => !isPeriodWord(part) && !own.some((mine) => mine.includes(part) || part.includes(mine));
  for (const at of [index, index - 1, index + 1]) {
    const sentence = written.get(at);
    if (!sentence) continue;
    for (const other of sentence.facts) {
      if (other === fact || other.type !== fact.type || toldOf(sentence.text, sentence.facts, other, word)) continue;
      const label = labelBefore(sentence.text, other.start).filter((part) => !isPeriodWord(part));
      if (label.some((part) => another(part.toLowerCase())) && !label.some((part) => part.toLowerCase().includes(word))) return true;
    }
  }
  return false;
}

/** Characters a word may stand before the figure told of it ("대만 수출은 31억7천만 달러", "전체 수출은 651억"). */
const MAX_ITEM_GAP = 10;

/**
 * Whether a figure is told of a word: the word stands right before it, with at most a short noun
 * phrase between and no other figure, comma or number ("메모리 반도체 수출이 112억6천만 달러"), or
 * names the person the figure follows ("정우석 전 남구의회 의장은 38.7%", "정 후보가 51.2%").
 */
export function toldOf(text: string, facts: readonly Fact[], fact: Fact, word: string): boolean {
  const before = text.slice(Math.max(0, fact.start - 40), fact.start).toLowerCase();
  for (let at = before.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : before.lastIndexOf(word, at - 1)) {
    const gap = before.slice(at + word.length);
    if (gap.length <= MAX_ITEM_GAP && !/[\d,，;]/u.test(gap) && !/^(?:에서|에게|으로|로|에)(?:\s|는|도|$)/u.test(gap)) return true;
  }
  // "정 후보가 51.2%로 한 후보(27.4%)": a person named again by surname and title.
  if (/^[가-힣]{3}$/u.test(word) && new RegExp(`(?<![가-힣])${word[0]}\\s?${SHORT_TITLE}(?:은|는|이|가)?\\s*[(（]?$`, 'u').test(before)) return true;
  return facts.some(
    (person) =>
      person.type === 'person' &&
      person.end <= fact.start &&
      person.start >= fact.start - 40 &&
      /^\s*(?:\([^()]*\)\s*)?(?:은|는|이|가)?\s*$/u.test(text.slice(person.end, fact.start)) &&
      person.value.replace(/\s+/gu, '').toLowerCase().includes(word),
  );
}

/** Whether a sentence calls a person the question names by surname and title ("정우석" → "정 후보가"). */
function calledBySurname(text: string, word: string, labels: ArticleLabels): boolean {
  if (!/^[가-힣]{3}$/u.test(word)) return false;
  const titled = new RegExp(`${word}${SHORT_TITLE}`, 'u');
  const isPerson = [...(labels.texts?.values() ?? [])].some((other) => titled.test(other)) || [...(labels.sentences?.values() ?? [])].some((sentence) => sentence.facts.some((fact) => fact.type === 'person' && fact.value.replace(/\s+/gu, '') === word));
  return isPerson && new RegExp(`(?<![가-힣])${word[0]}\\s?${SHORT_TITLE}`, 'u').test(text);
}

/**
 * Whether a sentence's figure answers another item than the one asked: the list checks of
 * ./listBinding.ts `answersOther`, and "대만으로의 반도체 수출액" — a word only a few sentences write,
 * one of them with a figure of the type asked, and this sentence never (`namedOnlyElsewhere`).
 */
export function answersOtherItem(sentence: { text: string; sentenceIndex: number }, words: readonly string[], labels: ArticleLabels, cues: readonly string[], type: string | null = null): boolean {
  if (type !== null && namedOnlyElsewhere(sentence, words, cues, labels, type) !== null) return true;
  return answersOther(sentence, words, labels, cues, type);
}
