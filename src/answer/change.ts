/**
 * 변화의 두 값 (a change's two values): "기존 2만5천t에서 6만5천t으로 늘어난다" states what a
 * figure was and what it becomes. A question about the figure ("생산능력 몇 t 되는 거야?") asks
 * the value it changes to, unless it asks for the old one (기존, 원래, 이전 …).
 */

/** What follows a "from" value: 에서/부터, the new value, then 으로/로/까지. */
const CHANGED_TO = /^(\s*(?:에서|부터)\s+)((?:약\s*)?\d[\d,.]*(?:\s?[십백천만억조]\d*[\d,.]*)*\s?[^\s\d]{0,4}?)(?:으로|로|까지)(?=\s|$|[,.])/u;

/** Words that ask for the value a change starts from. */
const ASKS_ORIGINAL = /기존|원래|당초|종전|이전|과거|변경\s*전|늘기\s*전|줄기\s*전|처음에/u;

/**
 * The value a figure changes to, located in the sentence, when the figure at [start, end) is the
 * value a change starts from and the question does not ask for that one; else null.
 * @example
 * changedTo('생산능력은 기존 2만5천t에서 6만5천t으로 늘어난다.', 10, 17, '생산능력 몇 t 돼?') // { start: 20, end: 25 }
 */
export function changedTo(sentence: string, start: number, end: number, question: string): { start: number; end: number } | null {
  if (ASKS_ORIGINAL.test(question)) return null;
  const match = CHANGED_TO.exec(sentence.slice(end));
  if (!match?.[1] || !match[2]) return null;
  const from = end + match[1].length;
  return { start: from, end: from + match[2].length };
}

/** Whether a figure at [start, end) is the value a change starts from ("2만t에서 5만t으로"). */
export function isChangedFrom(sentence: string, end: number): boolean {
  return CHANGED_TO.test(sentence.slice(end));
}
