/**
 * 수치의 주인 (what a figure is told of): in "중국이 2,050억 원으로 전체의 49.8%를 차지했고,
 * 미국(710억 원)과 일본(530억 원)이", "국비 8천400억 원과 지방비 5천600억 원", "금메달 2개, 은메달
 * 4개" each figure stands with the noun right before it (its label); a figure with none takes the
 * label of the figure before it in the same clause ("중국이 2,050억 원으로 전체의 49.8%" → 중국).
 *
 * A question that names one label ("일본 역직구 얼마") is answered by the figure bound to it, never
 * by its neighbour's ("710억 원"), the first or the biggest; and when the label it names is told
 * elsewhere in the article, a figure from a sentence that does not name it at all answers another
 * thing (the total "4,120억 원" for "일본 역직구").
 */
import type { Fact } from '../facts/types.ts';
import { normalize, withoutSpaces } from '../korean/normalize.ts';
import { BoundedMap } from '../boundedMap.ts';

/** Words that hedge a figure rather than say what it is of ("약 2,700억 원", "총 265억 원"). */
const HEDGES = new Set(['약', '총', '모두', '각각', '무려', '불과', '합계', '합쳐']);

/** A year, month, quarter or half said as a period a figure is told for ("2030년까지", "지난해"). */
const PERIOD_WORD = /^(?:(?:19|20)\d{2}년|올해|지난해|작년|전년|내년|금년|[1-4]분기|상반기|하반기|\d{1,2}월)/u;

/** Endings of a verb or a modifier (생산할, 있는, 따낸, 늘어): not the noun a figure is told of. */
const NOT_A_NOUN = /(?:한|할|된|될|던|인|운|른|낸|는|은|을|를|에|로|서|고|며|면|의|해|돼|게|어|아|와|과|도|만|라|려|러|니|요|써|여|하지|보다|부터|까지|처럼|대비|기준|가량|정도)$/u;

/** Everyday nouns of figures that end like a verb or a particle (피해, 사고, 재고, 대만): labels all the same. */
const NOUNS_ENDING_LIKE_VERBS = new Set(['피해', '손해', '재해', '수해', '사고', '재고', '광고', '신고', '보고', '잔고', '한도', '제도', '속도', '온도', '강도', '빈도', '용도', '연도', '인도', '대만', '오만', '러시아', '아시아', '사회']);

/** Nouns that say where in the text, not what of ("이 가운데 모바일쇼핑 거래액은"): never a label. */
const NOT_A_LABEL = new Set(['가운데', '이중', '이번', '당시', '현재', '이후', '이전', '전체', '최근', '그중', '각각', '이날', '이달', '지난달', '같은', '모든']);

/** The particles a label may carry right before its figure: 은/는/이/가 (the subject told of). */
const SUBJECT_JOSA = /(?:은|는|이|가)$/u;

/** A noun of a measure: an amount (수출액), a quantity (생산량), a rate (증가율). */
const MEASURE = /^[가-힣]{1,6}(?:액|량|율|률)$/u;

/** The label of each figure: the words it is told of, split at ·/ (가전·전자 → 가전, 전자). */
export type Labels = Map<Fact, readonly string[]>;

/**
 * The words right before a figure that say what it is of: the nearest word (bare or with 은/는/이/가)
 * and bare nouns before it; inside parentheses, the word before them ("미국(710억 원)").
 * @example
 * labelBefore('재원은 국비 8천400억 원과', 8) // ['국비']
 */
export function labelBefore(text: string, start: number): string[] {
  const label = labelTokensBefore(text, start).flatMap(splitLabel);
  // "정보통신기술(ICT) 2건": the gloss in brackets is the same label's other name, asked as often.
  const gloss = /([가-힣A-Za-z·]{2,})\(([가-힣A-Za-z][가-힣A-Za-z·&]{1,15})\)\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return gloss?.[2] && label.includes(gloss[1] ?? '') ? [...label, gloss[2].toLowerCase()] : label;
}

/** The words a figure is told of as written, nearest first ("국토·지역개발 2,870억 원" → 국토·지역개발). */
export function labelTokensBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s+$/u, '');
  // "미국(710억 원)": the label is the word glued before the bracket.
  const bracketed = /([가-힣A-Za-z·]{2,})\($/u.exec(before);
  if (bracketed?.[1]) return [bracketed[1]];
  if (/[(（]$/u.test(before)) return [];
  // "그린브릿지캐피털(GreenBridge Capital)이 200억 원": a gloss in brackets, spaces and all, is the name's other spelling.
  const tokens = before.replace(/([가-힣A-Za-z])\([^()]*\)/gu, '$1').split(/\s+/u);
  const label: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && label.length < 3; i--) {
    // "해외 직접판매액(역직구)은": the gloss in brackets is the same thing's other name.
    const token = (tokens[i] ?? '').replace(/^[(“"'‘]+/u, '').replace(/\([^()]*\)/gu, '');
    if (token.length === 0) break;
    if (HEDGES.has(token)) {
      if (label.length === 0) continue;
      break;
    }
    // A period before the noun ("교역액이 지난해 31억 달러") leaves the noun the nearest word.
    const nearest = label.every((word) => PERIOD_WORD.test(word));
    // A period glued to 까지/에/부터 is what a target figure is told for ("2030년까지 50억 달러").
    const period = /^((?:19|20)\d{2}년|[1-4]분기|상반기|하반기|올해|내년|지난해|작년)(?:까지|에는|에|엔|부터)?$/u.exec(token);
    if (period?.[1]) {
      label.push(period[1]);
      continue;
    }
    // "30대 31.4%, 40대 27.9%", "1차 합격자 300명": a numbered group is a label, not a figure.
    if (NUMBERED_LABEL.test(token)) {
      label.push(token);
      continue;
    }
    if (/[\d,，;:)）’”'"]/u.test(token)) break;
    // "중국 5,900명, 대만 4,200명": a lone word between a list's comma (or its heading, "국적별로는")
    // and the figure is the item, however it ends (대만, 러시아, 인도).
    if (label.length === 0 && i === tokens.length - 1 && /^[가-힣A-Za-z]{2,8}$/u.test(token) && !COMPARED_OR_CASE.test(token) && LIST_BEFORE.test(tokens[i - 1] ?? '')) {
      const bare = token.replace(SUBJECT_JOSA, '');
      label.push(bare.length >= 2 ? bare : token);
      continue;
    }
    const stem = nearest ? token.replace(SUBJECT_JOSA, '') : token;
    if (!nearest && stem !== token) break;
    if (stem.length < 2 || !/^[가-힣A-Za-z·]+$/u.test(stem) || NOT_A_LABEL.has(stem)) break;
    // A noun that happens to end like a verb ("사회") is rare enough; verbs and modifiers are not labels.
    if (stem === token && NOT_A_NOUN.test(stem) && !NOUNS_ENDING_LIKE_VERBS.has(stem)) break;
    if (stem !== token && stem.length >= 2 && NOT_A_NOUN.test(stem) && !/[가-힣]{3,}$/u.test(stem) && !NOUNS_ENDING_LIKE_VERBS.has(stem)) break;
    label.push(stem);
  }
  return label;
}

/** What ends the word before a list item: the figure before it and its comma ("5,900명,", "원,"), or the list's heading ("국적별로는"). */
const LIST_BEFORE = /^(?:[^\s]*\d[^\s]*|원|달러|유로|엔|위안|명|개|곳|건|톤|척|대)[,，]$|별로는$|별로$/u;

/** A word that compares or places rather than names ("지난해보다", "서울에서"): never a list item. */
const COMPARED_OR_CASE = /(?:보다|대비|부터|까지|에서|으로|에게|만에|처럼)$/u;

/** A numbered group a figure is told of: an age bracket, a round, a grade ("30대", "1차", "2단계", "3등급"). */
const NUMBERED_LABEL = /^\d{1,3}(?:대|차|단계|등급|학년|호선)$/u;

/** Whether a label word is a period a figure is told for ("2030년", "지난해", "3분기"), not what it is of. */
export function isPeriodWord(word: string): boolean {
  return PERIOD_WORD.test(word);
}

function splitLabel(word: string): string[] {
  return word.split(/[·ㆍ/]/u).filter((part) => part.length >= 2);
}

/**
 * The labels of a sentence's figures (every type, in order): its own words, else those of the figure
 * before it in the same clause (no comma or connective ending between them).
 */
export function labelsOf(text: string, facts: readonly Fact[]): Labels {
  const figures = facts.filter((fact) => fact.type !== 'person' && fact.type !== 'quote').sort((a, b) => a.start - b.start);
  const labels: Labels = new Map();
  let previous: { fact: Fact; label: readonly string[] } | null = null;
  for (const fact of figures) {
    let label: readonly string[] = labelBefore(text, fact.start);
    if (label.length === 0 && previous !== null) {
      const between = text.slice(previous.fact.end, fact.start);
      // "충남 1,840㏊, 전북 1,120㏊, 경기 460㏊ 등 모두 3,420㏊": the total after 등/모두 is no item's.
      // "지난해 1만9,870㏊보다 1,450㏊ 줄었다": a change after 보다/대비/에서 is the subject's, not the compared figure's.
      if (!/[,，;]|(?:고|며|면서|지만)\s|(?:^|\s)(?:등|모두|총|합계|합쳐)(?:\s|$)|^[)）]?\s*(?:보다|대비|에서|에\s?비해)/u.test(between)) label = previous.label;
    }
    labels.set(fact, label);
    previous = { fact, label };
  }
  return labels;
}

/** The question's words as compared with labels: josa-free, no spaces inside. */
export function questionWords(question: string): string[] {
  return normalize(question)
    .split(/[^\p{L}\p{N}%·]+/u)
    .flatMap((word) => word.split('·'))
    // (A particle is stripped only when a word of two syllables or more is left: 대만, 인도 stay whole.)
    .map((word) => {
      const stem = word.replace(/(?:에서는|에서|으로의|으로|로의|에게|에는|까지|부터|은|는|이|가|을|를|의|에|도|만|로|와|과)$/u, '');
      return stem.length >= 2 ? stem : word;
    })
    .filter((word) => word.length >= 2);
}

/** Whether a question word names a label word (one holds the other: 역직구 ~ 역직구, 교역 ~ 교역액). */
export function namesLabelWord(words: readonly string[], label: string): boolean {
  if (PERIOD_WORD.test(label)) return words.includes(label);
  // (Question words are lower-cased: "R석" is asked as "r석".)
  const labelWord = label.toLowerCase();
  return words.some((word) => word === labelWord || (labelWord.length >= 2 && word.startsWith(labelWord)) || (word.length >= 2 && labelWord.startsWith(word) && word.length * 2 >= labelWord.length) || shortened(word, labelWord));
}

/**
 * Whether a word is the label with one inner syllable left out, as news shortens it: 영업익 for
 * 영업이익, 순익 for 순이익 (first and last syllables kept).
 */
export function shortened(word: string, label: string): boolean {
  if (word.length < 2 || label.length !== word.length + 1 || word[0] !== label[0] || word.at(-1) !== label.at(-1)) return false;
  for (let skip = 1; skip < label.length - 1; skip++) if (label.slice(0, skip) + label.slice(skip + 1) === word) return true;
  return false;
}

/** The label words of the sentence the question names. */
function namedIn(labels: Labels, words: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const label of labels.values()) for (const word of label) if (namesLabelWord(words, word)) named.add(word);
  return named;
}

export type Binding = {
  /** Figures bound to another label the question names (to be dropped). */
  others: Set<Fact>;
  /** Figures whose own label the question names. */
  bound: Set<Fact>;
};

/**
 * Which figures of a sentence the question's labels bind: when the question names a label of this
 * sentence, the figures told of another label (or of none, beside a labelled one of the same type)
 * answer something else.
 */
export function bindFigures(text: string, facts: readonly Fact[], words: readonly string[]): Binding {
  const labels = labelsOf(text, facts);
  const named = namedIn(labels, words);
  const others = new Set<Fact>();
  const bound = new Set<Fact>();
  // "수출액" asked is not answered by a figure told of 교역액: measures (…액, …량, …율) must agree.
  const askedMeasures = words.filter((word) => MEASURE.test(word));
  if (askedMeasures.length > 0) {
    for (const [fact, label] of labels) {
      const told = label.filter((word) => MEASURE.test(word));
      if (told.length > 0 && !told.some((word) => askedMeasures.some((asked) => asked.includes(word) || word.includes(asked)))) others.add(fact);
    }
  }
  // "지난해 수출액" is not answered by a figure told for 2030년 (a target), nor the reverse.
  const askedPeriods = words
    .flatMap((word) => PERIOD_WORD.exec(word)?.[0] ?? [])
    .map((word) => (word === '작년' || word === '전년' ? '지난해' : word))
    .filter((word) => !/^\d{1,2}월/u.test(word));
  if (askedPeriods.length > 0) {
    for (const [fact, label] of labels) {
      const told = label.filter((word) => PERIOD_WORD.test(word));
      if (told.length > 0 && !told.some((word) => askedPeriods.includes(word))) others.add(fact);
    }
  }
  // "작년 단수 얼마" over "단수는 6,830㎏으로 지난해 6,600㎏보다": the figure a sentence compares with as
  // last year's is last year's; a figure beside it told for no period is this year's.
  if (askedPeriods.includes('지난해')) {
    const compared = [...labels].filter(([fact, label]) => label.includes('지난해') && /^\s?[)）]?\s?(?:보다|에\s?비해|대비)/u.test(text.slice(fact.end, fact.end + 6)));
    for (const [fact, label] of labels) {
      if (compared.some(([other]) => other !== fact && other.type === fact.type) && !label.some((word) => PERIOD_WORD.test(word))) others.add(fact);
    }
  }
  if (named.size === 0) return { others, bound };
  // "올해 3분기 매출 5,842억원, 영업이익 1,128억원" asked "올해 3분기 영업이익": a figure whose label
  // names the period asked but also a noun the question does not (매출) is that noun's.
  const unnamedNoun = (label: readonly string[]) => label.some((word) => !PERIOD_WORD.test(word) && !named.has(word));
  for (const [fact, label] of labels) {
    if (label.some((word) => named.has(word) && (!PERIOD_WORD.test(word) || !unnamedNoun(label)))) bound.add(fact);
  }
  // A figure told of a sibling of the named label (a label that stands in the same list: a figure of
  // the same type as one the named label holds) answers that sibling.
  const boundTypes = new Set([...bound].map((fact) => fact.type));
  const key = (label: readonly string[]) => label.join(' ');
  const siblingLabels = new Set([...labels].filter(([fact, label]) => !bound.has(fact) && label.length > 0 && boundTypes.has(fact.type)).map(([, label]) => key(label)));
  for (const [fact, label] of labels) {
    if (!bound.has(fact) && label.length > 0 && siblingLabels.has(key(label))) others.add(fact);
  }
  for (const fact of others) bound.delete(fact);
  for (const fact of narrowerBound(text, labels, bound, named, words)) {
    bound.delete(fact);
    others.add(fact);
  }
  // A period label the question does not name binds its figure to another time.
  for (const fact of bound) {
    const label = labels.get(fact) ?? [];
    if (label.some((word) => PERIOD_WORD.test(word) && !words.includes(word)) && [...bound].some((other) => other !== fact && (labels.get(other) ?? []).some((word) => PERIOD_WORD.test(word) && words.includes(word)))) {
      bound.delete(fact);
      others.add(fact);
    }
  }
  return { others, bound };
}

/** Words that ask a total ("합계 몇 %", "모두 얼마"): the sum beside the items answers them. */
const ASKS_TOTAL = /^(?:합계|합쳐|전체|모두|총|총액|합산)$/u;

/**
 * Of the figures one type a question's labels bind in a sentence, those told of something narrower
 * or other than it names:
 * - "공공시설 피해가 1,954억 원, 사유시설 피해가 232억 원" asked "사유시설 피해액": both are 피해's,
 *   but only one's own words (사유시설) are named — the other's (공공시설) are not;
 * - "점유율은 합계 71%로, 회사별로는 금빛제분 34%, 해오름제분 24%" asked "해오름제분의 … 점유율":
 *   a list item named beats the figure the list sums, unless the question asks the total.
 */
function narrowerBound(text: string, labels: Labels, bound: ReadonlySet<Fact>, named: ReadonlySet<string>, words: readonly string[]): Set<Fact> {
  const out = new Set<Fact>();
  const byType = new Map<string, Fact[]>();
  for (const fact of bound) byType.set(fact.type, [...(byType.get(fact.type) ?? []), fact]);
  for (const facts of byType.values()) {
    if (facts.length < 2) continue;
    const own = (fact: Fact) => (labels.get(fact) ?? []).filter((word) => !PERIOD_WORD.test(word));
    const common = new Set(own(facts[0] as Fact).filter((word) => facts.every((fact) => own(fact).includes(word))));
    const distinct = (fact: Fact) => own(fact).filter((word) => !common.has(word));
    const unnamed = (fact: Fact) => distinct(fact).filter((word) => !named.has(word)).length;
    const namedCount = (fact: Fact) => distinct(fact).filter((word) => named.has(word)).length;
    for (const fact of facts) {
      if (unnamed(fact) === 0) continue;
      if (facts.some((other) => other !== fact && unnamed(other) === 0 && namedCount(other) > 0 && namedCount(other) >= namedCount(fact))) out.add(fact);
    }
    if (words.some((word) => ASKS_TOTAL.test(word))) continue;
    const figures = [...labels.keys()].filter((fact) => fact.type === facts[0]?.type).sort((a, b) => a.start - b.start);
    // Items stand side by side, each with a label of its own ("금빛제분 34%, 해오름제분 24%").
    const labelled = (a: Fact, b: Fact) => own(a).length > 0 && own(b).length > 0 && own(a).join(' ') !== own(b).join(' ');
    const coordinated = (a: Fact | undefined, b: Fact | undefined) => a !== undefined && b !== undefined && labelled(a, b) && /^[)）]?\s*(?:,|，|과|와|및)?\s*[^\s,，]{1,12}\s*[(（]?$/u.test(text.slice(a.end, b.start));
    const item = (fact: Fact) => {
      const at = figures.indexOf(fact);
      return coordinated(figures[at - 1], fact) || coordinated(fact, figures[at + 1]);
    };
    if (!facts.some(item)) continue;
    for (const fact of facts) if (!item(fact)) out.add(fact);
  }
  return out;
}

/** What an article's figures are told of (./listBinding.ts), read once per article. */
export type ArticleLabels = {
  /** Labels of list items: figures of one type told of two or more labels in one sentence. */
  items: ReadonlySet<string>;
  /** Every label of a figure that only a sentence or two speak of (not the story's subject). */
  measures: ReadonlySet<string>;
  /** The list sentences, by index, with the sentence before them (which says what the list is of). */
  lists: ReadonlyMap<number, string>;
  /** The headline, squashed: the scene of every list. */
  headline: string;
  /**
   * By figure type, the labels only one or two sentences give a figure of that type ("음식서비스
   * 거래액이 3조1,240억 원"): a question naming one asks that sentence's figure, not the total's.
   */
  typed?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each sentence's previous sentence, by index (the scene a figure may leave unsaid). */
  previous?: ReadonlyMap<number, string>;
  /** The whole article (headline and body), squashed and lower-cased: whether it names a word at all. */
  whole?: string;
  /** Each sentence, squashed and lower-cased, by index (./figureQualifiers.ts). */
  texts?: ReadonlyMap<number, string>;
  /** The headline and the first sentences, squashed and lower-cased: the story's scene. */
  scene?: string;
  /** Each sentence's paragraph, by sentence index (when the article says). */
  paragraphs?: ReadonlyMap<number, number>;
  /** Each sentence as written with its facts, by sentence index (./namedElsewhere.ts). */
  sentences?: ReadonlyMap<number, { text: string; facts: readonly Fact[] }>;
};

/**
 * The labels of an article's figures, sentence by sentence: what a question may name that only
 * some sentences speak of.
 */
export function articleLabels(sentences: readonly { index: number; text: string; facts: readonly Fact[]; paragraphIndex?: number }[], title = ''): ArticleLabels {
  const items = new Set<string>();
  const measures = new Set<string>();
  const typed = new Map<string, Set<string>>();
  const lists = new Map<number, string>();
  for (const [position, sentence] of sentences.entries()) {
    const labels = [...labelsOf(sentence.text, sentence.facts)].filter(([, label]) => label.length > 0);
    for (const [fact, label] of labels) {
      // A date's label is whoever acts then ("바다시는 지난해"), not a measure.
      if (fact.type !== 'date') for (const word of label) if (!PERIOD_WORD.test(word)) measures.add(word);
      if (fact.type !== 'date') for (const word of label) if (!PERIOD_WORD.test(word) && word.length >= 3) typed.set(fact.type, (typed.get(fact.type) ?? new Set()).add(word));
      const siblings = new Set(labels.filter(([other]) => other.type === fact.type).map(([, other]) => other.join(' ')));
      if (siblings.size < 2) continue;
      lists.set(sentence.index, sentences[position - 1]?.text ?? '');
      for (const word of label) if (!PERIOD_WORD.test(word)) items.add(word);
    }
  }
  // A word most of the story speaks of (the company, the project) is its subject, not one item of
  // a list: sentences that leave it to the context still speak of it.
  const compact = sentences.map((sentence) => squash(sentence.text));
  for (const set of [items, measures, ...typed.values()]) for (const word of set) if (compact.filter((text) => text.includes(word)).length > MAX_LABEL_SENTENCES) set.delete(word);
  // The headline names what the whole story is of.
  const headline = squash(title);
  for (const word of measures) if (headline.includes(word)) measures.delete(word);
  const previous = new Map(sentences.map((sentence, position) => [sentence.index, sentences[position - 1]?.text ?? '']));
  const whole = (headline + compact.join('')).toLowerCase();
  const texts = new Map(sentences.map((sentence, position) => [sentence.index, (compact[position] ?? '').toLowerCase()]));
  const paragraphs = new Map(sentences.flatMap((sentence) => (sentence.paragraphIndex === undefined ? [] : [[sentence.index, sentence.paragraphIndex] as const])));
  const scene = (headline + compact.slice(0, SCENE_SENTENCES).join('')).toLowerCase();
  const written = new Map(sentences.map((sentence) => [sentence.index, { text: sentence.text, facts: sentence.facts }] as const));
  return { items, measures, lists, headline, typed, previous, whole, texts, scene, paragraphs, sentences: written };
}

/** The first sentences of an article, which set the scene of the whole story (with the headline). */
const SCENE_SENTENCES = 3;

/** Sentences of an article a list item's label may appear in; more, and it is the story's subject. */
const MAX_LABEL_SENTENCES = 2;

/**
 * Sentences squashed, by their text: an article's are read for its labels and again for each
 * question whose answer they might hold (at 50× KorQuAD a tenth of a question's normalizing).
 */
const squashed = new BoundedMap<string, string>(4_096);

function squash(text: string): string {
  const kept = squashed.get(text);
  if (kept !== undefined) return kept;
  const made = withoutSpaces(normalize(text));
  squashed.set(text, made);
  return made;
}

/**
 * Whether a sentence's figures are told of something other than what the question names:
 * - it never names a list item the question names ("일본 역직구" and "해외 직접판매액(역직구)은
 *   4,120억 원", the total before the list);
 * - it is a list, and neither it nor the sentence before it names a measure the question names that
 *   another sentence labels ("직접구매액 가운데 미국" and the list of 직접판매액 by country).
 */
export function answersOther(sentence: { text: string; sentenceIndex: number }, words: readonly string[], labels: ArticleLabels, cues: readonly string[], type: string | null = null): boolean {
  const asked = words.filter((word) => !cues.some((cue) => cue.includes(word) || word.includes(cue)));
  const compact = squash(sentence.text);
  if (asked.some((word) => labels.items.has(word) && !compact.includes(word))) return true;
  // "음식서비스 거래액 얼마": the question names what only another sentence's figure of that type is
  // told of; this sentence never names it (its figure is the total's, or another item's).
  // The sentence before may say what a list is of ("해외 직접판매액은 … 국가별로는 미국(710억 원)");
  // a word may be shortened ("모바일쇼핑" → "모바일", "수출액" → "수출").
  const typed = type === null ? undefined : labels.typed?.get(type);
  const around = compact + squash(labels.lists.get(sentence.sentenceIndex) ?? labels.previous?.get(sentence.sentenceIndex) ?? '');
  if (typed && asked.some((word) => typed.has(word) && !around.includes(word.slice(0, Math.min(3, word.length - 1))))) return true;
  const before = labels.lists.get(sentence.sentenceIndex);
  if (before === undefined) return false;
  const scene = compact + squash(before) + labels.headline;
  // "수출액" is told where "수출" is: a measure's last syllable (액, 량, 율) may be left out.
  const stem = (word: string) => (word.length >= 3 ? word.slice(0, -1) : word);
  return asked.some((word) => labels.measures.has(word) && !labels.items.has(word) && !scene.includes(stem(word)));
}
