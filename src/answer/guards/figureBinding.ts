/**
 * 같은 문장, 다른 숫자 (the other figure of the sentence): "상황실엔 몇 명이 3교대로 근무해?" over
 * "… 구급상황관리사 5명 등 17명이 3교대로 근무합니다" is not answered "5명"; "2027년엔 위성 몇 기?"
 * over "올해 8기를 …, 2027년 12기, 2028년 8기" is not "8기". Each figure's own words are the word
 * right before it (its label: "평창군 진부면 548㎜", "2027년 12기") and the words after it up to a
 * comma or the next figure's label (its verb: "17명이 3교대로 근무"). When another figure of the
 * sentence, in the shown one's unit, has more of the question's words as its own, the shown one
 * belongs to something else: the sentence is offered instead of a wrong short answer.
 */
import { readSpanQuestion } from '../span/question.ts';
import { isBareNoun } from '../span/bareNoun.ts';
import { stripJosa } from '../../korean/josa.ts';

/** A number as news writes it: digits with commas and points, 만/억/조/천 groups ("1만310", "4억2천만"). */
const NUMBER = /\d[\d,.]*(?:\s?[만억조천](?:\d[\d,.]*)?)*/gu;

/** Words in front of a figure that belong to it, not to what it counts ("약", "최대", "총", "현행"). */
const FIGURE_PREFIX = /^(?:약|최대|최소|총|모두|무려|단|현행|각각|합계|평균)$/u;

/** Particles on a unit ("명이", "원으로"): not part of the unit. */
const PARTICLE = /(?:으로|에서|까지|부터|보다|만큼|이나|을|를|이|가|은|는|의|에|로|과|와|씩|도|만)$/u;

type Eojeol = { text: string; start: number; end: number };
type Figure = { first: number; last: number; unit: string; at: number };

function eojeolsOf(sentence: string): Eojeol[] {
  return [...sentence.matchAll(/\S+/gu)].map((match) => ({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** The unit right after a number ("명", "억 원" → 원, "달러", "%", "개 도시" → 개). */
function unitAt(sentence: string, at: number): string {
  const tail = /^\s?([%％](?:포인트|p)?|[가-힣A-Za-z㎜㎞㎡㎏℃]+)/u.exec(sentence.slice(at))?.[1] ?? '';
  // "5개일 정도로", "3곳인": a copula after the counter is not part of it.
  const unit = tail.replace(/^[만억조천]+/u, '').replace(PARTICLE, '').replace(/(?:이다|이며|이고|였다|였고|일|인)$/u, '');
  return unit || tail;
}

/** Currencies: money asked is money, whichever it is counted in. */
const CURRENCY = /^(?:원|달러|유로|엔|위안|파운드|엔화)$/u;

/** The figures of a sentence, each as the eojeols it spans and its unit (a bare number is skipped). */
function figuresOf(sentence: string, eojeols: readonly Eojeol[]): Figure[] {
  const figures: Figure[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    let unit = unitAt(sentence, end);
    // "2조6천억 원": the currency word stands apart from the number.
    if (/^[만억조천]$/u.test(match[0].slice(-1)) && /^[만억조천]*$/u.test(unit)) unit = /^\s원/u.test(sentence.slice(end)) ? '원' : unit;
    if (unit === '') continue;
    const written = unit;
    const unitEnd = sentence.indexOf(written, end) + written.length;
    const first = eojeols.findIndex((eojeol) => eojeol.end > start);
    const last = eojeols.findIndex((eojeol) => eojeol.end >= unitEnd);
    if (first < 0 || last < 0) continue;
    figures.push({ first, last, unit: CURRENCY.test(written) ? 'money' : written, at: start });
  }
  return figures;
}

/** A question word that is a verb ("늘어나는가", "바뀌는", "받았어"): said in any inflection. */
const PREDICATE = /^[가-힣]+(?:는가|나요|나|는|한|된|할|했|했어|했나|았어|었어|았나|었나|는지|니|지|어|아)$/u;

/** Whether a question word is said by an eojeol: inside it, or a verb's first two syllables ("늘어나는가" ~ "늘어난다"). */
function says(eojeol: string, word: string): boolean {
  return (
    eojeol.includes(word) ||
    (word.length >= 3 && PREDICATE.test(word) && isVerb(eojeol) && eojeol.startsWith(word.slice(0, 2))) ||
    // "빛고을서" (chat for 빛고을에서) ~ "빛고을FC에서".
    (word.length >= 3 && /(?:서|엔|선)$/u.test(word) && eojeol.startsWith(word.slice(0, -1)))
  );
}

/** Whether an eojeol is a verb form ("착공해", "마치고", "비롯한", "쏟아졌고,"): it tells of the figure before it. */
function isVerb(eojeol: string): boolean {
  const word = eojeol.replace(/[,.，"'”’)]+$/u, '');
  return !TIME_WORDS.has(word) && VERB_ENDING.test(word);
}
const VERB_ENDING = /(?:고|며|해|한|된|던|는데|지만|도록|면서|으나|했다|한다|된다|됐다)$/u;
/** Nouns that end like verbs. */
const TIME_WORDS = new Set(['올해', '지난해', '작년', '내년', '전년', '이듬해', '매해', '최고', '사고', '광고', '재고', '보고']);
/** An adnominal verb ("받던", "비롯한"): with the word before it, it labels the figure after it. */
const ADNOMINAL = /(?:던|한|된|하는|되는)$/u;

/** "500만 원에서 1천만 원으로", "1,040대 가운데 1,012대", "23개 중 5개": the figure this one continues. */
function continues(eojeols: readonly Eojeol[], figures: readonly Figure[], i: number): number {
  const figure = figures[i];
  if (!figure) return -1;
  const at = (k: number) => figures.findIndex((other, j) => j !== i && other.unit === figure.unit && k >= other.first && k <= other.last);
  const before = at(figure.first - 1);
  if (before >= 0 && /(?:에서|보다|\))$/u.test(eojeols[figure.first - 1]?.text ?? '')) return before;
  if (/^(?:가운데|중|중에서|가운데서)$/u.test(eojeols[figure.first - 1]?.text ?? '')) return at(figure.first - 2);
  return -1;
}

/** Whether a figure stands in a comma list of its unit ("국내 41%, 일본 27%, …"): the verb after the last is all of theirs. */
function inList(eojeols: readonly Eojeol[], figures: readonly Figure[], i: number): boolean {
  const figure = figures[i];
  if (!figure) return false;
  const prev = figures[i - 1];
  const next = figures[i + 1];
  // "A 1,284동(86.4㏊)과 B 212동이 무너지거나": joined by 과/와 as by a comma.
  const comma = (k: number) => /(?:[,，]|[)）]?(?:과|와|및))$/u.test(eojeols[k]?.text ?? '') || eojeols[k + 1]?.text === '및';
  return (prev !== undefined && prev.unit === figure.unit && comma(prev.last)) || (next !== undefined && next.unit === figure.unit && comma(figure.last));
}

/** The eojeol indexes that are a figure's own words: its label before it and the verb after it. */
function ownWords(eojeols: readonly Eojeol[], figures: readonly Figure[], i: number, depth = 0): number[] {
  const figure = figures[i];
  if (!figure) return [];
  const inFigure = (k: number) => figures.some((other) => k >= other.first && k <= other.last);
  // "전남(1만4천200호)과": the words inside the figure's own eojeols count too.
  const own: number[] = [];
  for (let k = figure.first; k <= figure.last; k++) own.push(k);
  // "현행 500만 원에서 1천만 원으로": the figure it continues lends it its label.
  const from = depth < 3 ? continues(eojeols, figures, i) : -1;
  if (from >= 0) own.push(...ownWords(eojeols, figures, from, depth + 1).filter((k) => k < (figures[from]?.first ?? 0)));
  let before = figure.first - 1;
  while (before >= 0 && FIGURE_PREFIX.test(eojeols[before]?.text ?? '')) before--;
  // The label: a noun (a year or date too: "2027년 12기"), not a verb of the figure before, nor another figure of its unit.
  const otherFigure = (k: number) => figures.some((other, j) => j !== i && other.unit === figure.unit && k >= other.first && k <= other.last);
  if (from < 0 && before >= 0 && !isVerb(eojeols[before]?.text ?? '') && !otherFigure(before)) {
    own.push(before);
    // "그린브릿지캐피털(GreenBridge Capital)이 200억 원": a name glossed in brackets labels it whole.
    for (let k = before; k > 0 && /\)/u.test(eojeols[k]?.text ?? '') && !/\(/u.test(eojeols[k]?.text ?? '') && !inFigure(k - 1); k--) own.push(k - 1);
  }
  // "빛고을FC에서 받던 4억2천만 원": an adnominal clause names what the figure is.
  if (from < 0 && before >= 1 && ADNOMINAL.test(eojeols[before]?.text ?? '') && !inFigure(before) && !inFigure(before - 1)) own.push(before - 1, before);
  // "전문의 3명과 간호사 9명, 관리사 5명 등 17명": a total after 등 sums the items listed before it.
  if (depth < 3 && /등$/u.test(eojeols[before]?.text ?? '')) {
    figures.forEach((other, j) => {
      if (j < i && other.unit === figure.unit) own.push(...ownWords(eojeols, figures, j, 3).filter((k) => k < other.first));
    });
  }
  if (inList(eojeols, figures, i) || /[,，]$/u.test(eojeols[figure.last]?.text ?? '')) return own;
  // What follows, up to its verb ("17명이 3교대로 근무합니다"), short of 가운데/중 (what follows that is
  // the part's: "80곳 가운데 바이오 기업은 25곳") and of the next figure's label.
  for (let k = figure.last + 1; k < Math.min(eojeols.length, figure.last + 4); k++) {
    const text = eojeols[k]?.text ?? '';
    if (figures.some((other, j) => j !== i && other.unit === figure.unit && k >= other.first && k <= other.last)) break;
    // A noun phrase leading into the next figure of the unit is that figure's label.
    const leadsOn = figures.some((other, j) => j !== i && other.unit === figure.unit && (other.first === k + 1 || other.first === k + 2));
    if ((leadsOn && !isVerb(text)) || PART_OF.test(text)) break;
    own.push(k);
    if (isVerb(text) || /[,，]$/u.test(text)) break;
  }
  return own;
}

/** A question asking the whole ("모두 몇 대", "전부", "총 몇 명"). */
const TOTAL = /모두|전부|전체|통틀어|합쳐|합계|(?:^|\s)총\s?(?:몇|얼마)/u;
/** Words that make the figure after them a part of the one before ("1,040대 가운데 1,012대"). */
const PART_OF = /^(?:가운데|중|중에서|가운데서)$/u;

/** Whether another figure of the sentence, in the shown one's unit, has more of the question's words as its own. */
export function otherFigureBound(question: string, sentence: string, start: number | null, end: number | null): boolean {
  if (start === null || end === null) return false;
  const eojeols = eojeolsOf(sentence);
  const figures = figuresOf(sentence, eojeols);
  const shown = figures.findIndex((figure) => (eojeols[figure.first]?.start ?? 0) < end && (eojeols[figure.last]?.end ?? 0) > start);
  const mine = figures[shown];
  if (!mine) return false;
  // "2027년엔" → 2027년; "유니콘 22개 중에 … 몇 개": a figure the question itself states in the asked unit is no label.
  const words = readSpanQuestion(question)
    .words.map((word) => word.toLowerCase().replace(/^(\d[\d,.]*[가-힣%]?).*$/u, '$1'))
    .filter((word) => word.length >= 2 && !/^\d+$/u.test(word) && !(/^\d/u.test(word) && word.endsWith(mine.unit)));
  if (words.length === 0) return false;
  const bound = (i: number) => {
    const indexes = [...new Set(ownWords(eojeols, figures, i))].sort((a, b) => a - b);
    const clean = (k: number) => (eojeols[k]?.text ?? '').toLowerCase().replace(/[·‧ㆍ・"'‘’“”]/gu, '');
    // Two eojeols side by side read together too: "수출 계약" is the question's 수출계약.
    const own = [...indexes.map(clean), ...indexes.filter((k) => indexes.includes(k + 1)).map((k) => clean(k) + clean(k + 1))];
    return words.filter((word) => own.some((eojeol) => says(eojeol, word))).length;
  };
  const mineBound = bound(shown);
  // "대전 시내버스는 모두 몇 대": a total asked is not the part after "1,040대 가운데".
  if (TOTAL.test(question) && PART_OF.test(eojeols[mine.first - 1]?.text ?? '') && continues(eojeols, figures, shown) >= 0) return true;
  const value = (figure: Figure) => eojeols.slice(figure.first, figure.last + 1).map((e) => e.text).join(' ').replace(/[^\d,.만억조천]/gu, '');
  // "청명대병원 824명, 남도대병원 611명 … 등 모두 1,842명이 참여했다": an item of a list answers only a
  // question that names one of the items; one that names none asks the total after 등.
  const total = figures.findIndex((figure, i) => i > shown && figure.unit === mine.unit && /등$/u.test(eojeols[figure.first - 1]?.text ?? '') || (i > shown && figure.unit === mine.unit && /^(?:모두|총)$/u.test(eojeols[figure.first - 1]?.text ?? '') && /등$/u.test(eojeols[figure.first - 2]?.text ?? '')));
  if (total >= 0 && inList(eojeols, figures, shown)) {
    const items = figures.map((_, i) => i).filter((i) => i < total && figures[i]?.unit === mine.unit);
    const named = items.some((i) => {
      // The label with the noun before it ("수출 계약 1건과"): the question may glue them (수출계약).
      const first = figures[i]?.first ?? 0;
      const label = [first - 2, first - 1].filter((k) => k >= 0 && !figures.some((other) => k >= other.first && k <= other.last) && (k === first - 1 || isBareNoun(eojeols[k]?.text ?? '')));
      const text = label.map((k) => (eojeols[k]?.text ?? '').toLowerCase().replace(/[·‧ㆍ・"'‘’“”]/gu, '')).join('');
      return words.some((word) => says(text, word));
    });
    return !named;
  }
  // The same value twice ("자부담 1,836억 원과 정책금융 1,836억 원") answers alike whichever is meant.
  // A figure inside the span shown is its own conversion ("59억 달러(약 7조9000억 원)").
  return figures.some((figure, i) => i !== shown && figure.unit === mine.unit && value(figure) !== value(mine) && (figure.at < start || figure.at >= end) && bound(i) > mineBound);
}
