/**
 * 명단 속 다른 사람의 수치 (another person's figure in a list): "한소영 몇퍼 나옴?" over "… 정우석 전
 * 남구의회 의장은 38.7%, 한소영 전 울산시 정무특보는 35.2%의 지지를 얻었다" is not "38.7%". Names in
 * news lists carry their titles between them and their figure, so the word right before a figure is
 * a title, not the name; each item of a comma list runs from the comma before it. When the question
 * names a person the articles name, and the item holding the shown figure does not name them while
 * another item of the same unit does, the figure is that other person's.
 */
import { stripJosa } from '../../korean/josa.ts';

/** A number as news writes it, then its unit ("38.7%", "1만2,418표", "4억2천만 원"). */
const FIGURE = /\d[\d,.]*(?:\s?[만억조천](?:\d[\d,.]*)?)*\s?([%％]|[가-힣]{1,2})/gu;

type Item = { start: number; end: number; unit: string; from: number };

/** The figures of a sentence, each with the text back to the comma (or figure) before it. */
function itemsOf(sentence: string): Item[] {
  const items: Item[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const start = match.index ?? 0;
    const unit = (match[1] ?? '').replace(/^[%％]$/u, '%').replace(/(?:의|은|는|이|가|을|를|로|으로|에)$/u, '') || (match[1] ?? '');
    const previous = items[items.length - 1];
    const comma = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf('，', start));
    items.push({ start, end: start + match[0].length, unit, from: Math.max(comma + 1, previous ? previous.end : 0) });
  }
  return items;
}

/** Whether two items follow each other in one comma list: only a comma (a particle or bracket before it) between them. */
function neighbours(sentence: string, first: Item, second: Item): boolean {
  return /^[^\s,，]{0,4}[,，]$/u.test(sentence.slice(first.end, second.from).trim());
}

/** The comma list the shown item stands in (itself alone when none). */
function listOf(sentence: string, items: readonly Item[], shown: Item): Item[] {
  const at = items.indexOf(shown);
  let first = at;
  while (first > 0 && neighbours(sentence, items[first - 1] as Item, items[first] as Item)) first--;
  let last = at;
  while (last < items.length - 1 && neighbours(sentence, items[last] as Item, items[last + 1] as Item)) last++;
  return items.slice(first, last + 1);
}

/** The word an item opens with after its comma ("한소영" of ", 한소영 전 … 35.2%"), particles off. */
function opener(sentence: string, item: Item): string {
  if (!/[,，]/u.test(sentence[item.from - 1] ?? '')) return '';
  const words = sentence.slice(item.from, item.start).trim().split(/\s+/u);
  // "추진 방식별로는 하이브리드 18척": a header ("…별로는") before the first item is not the item.
  const header = words.reduce((last, word, i) => (/(?:별로는|별로|별|로는)$/u.test(word) ? i : last), -1);
  return stripJosa((words[header + 1] ?? '').replace(/[()（）"'“”‘’]/gu, ''));
}

/**
 * Whether the shown figure at [start, end) is another listed item's: the question names a person
 * (`isName`) or the word another item of the same unit opens with, and the shown figure's item does not.
 */
export function otherPersonItem(question: string, sentence: string, start: number, end: number, isName: (word: string) => boolean): boolean {
  const words = question
    .split(/\s+/u)
    .map((word) => stripJosa(word.replace(/[?？!.,"'“”‘’]/gu, '')))
    .filter((word) => word.length >= 2);
  const items = itemsOf(sentence);
  const shown = items.find((item) => item.start < end && item.end > start);
  if (!shown || words.length === 0) return false;
  const names = (item: Item) => {
    const open = opener(sentence, item);
    return words.filter((word) => (isName(word) && sentence.slice(item.from, item.start).includes(word)) || (open.length >= 2 && open === word));
  };
  // Only the items of the shown one's own comma list ("A 38.7%, B 35.2%"), not a whole it is part of ("22개 사 중 … 5개").
  const list = listOf(sentence, items, shown);
  const others = list.filter((item) => item !== shown && item.unit === shown.unit).flatMap(names);
  if (others.length === 0) return false;
  return !others.some((word) => sentence.slice(shown.from, shown.start).includes(word));
}
