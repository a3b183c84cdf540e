/**
 * 변화의 두 값 (a change's two values): "기존 2만5천t에서 6만5천t으로 늘어난다" states what a
 * figure was and what it becomes. A question about the figure ("생산능력 몇 t 되는 거야?") asks
 * the value it changes to, unless it asks for the old one (기존, 원래, 이전 …).
 */

/** What follows a "from" value: 에서/부터, the new value, then 으로/로/까지. */
const CHANGED_TO = /^(\s*(?:에서|부터)\s+)((?:약\s*)?\d[\d,.]*(?:\s?[십백천만억조]\d*[\d,.]*)*\s?[^\s\d]{0,4}?)(?:으로|로|까지)(?=\s|$|[,.])/u;

/** A "from" value, the change in a few words ("1조 원이 삭감된"), the new value, then 으로/로. */
const CHANGED_VIA = /^(\s*에서\s+(?:[^\s]+\s+){0,3}?[^\s]*(?:삭감|증액|감액|늘어난|줄어든|깎인|깎여|인상된|인하된|증가한|감소한|상향된|하향된)[^\s]*\s+)((?:약\s*)?\d[\d,.]*(?:\s?[십백천만억조]\d*[\d,.]*)*\s?[^\s\d]{0,4}?)(?:으로|로)(?=\s|$|[,.])/u;

/** Words that ask for the value a change starts from. */
const ASKS_ORIGINAL = /기존|원래|당초|종전|이전|과거|원안|정부안|변경\s*전|늘기\s*전|줄기\s*전|처음에/u;

/**
 * The value a figure changes to, located in the sentence, when the figure at [start, end) is the
 * value a change starts from and the question does not ask for that one; else null.
 * @example
 * changedTo('생산능력은 기존 2만5천t에서 6만5천t으로 늘어난다.', 10, 17, '생산능력 몇 t 돼?') // { start: 20, end: 25 }
 */
export function changedTo(sentence: string, start: number, end: number, question: string): { start: number; end: number } | null {
  if (ASKS_ORIGINAL.test(question)) return null;
  // "정부안 4조8천억 원에서 1조 원이 삭감된 3조8천억 원으로": the change told between the two values.
  const via = CHANGED_VIA.exec(sentence.slice(end));
  if (via?.[1] && via[2]) {
    const from = end + via[1].length;
    return { start: from, end: from + via[2].length };
  }
  const match = CHANGED_TO.exec(sentence.slice(end));
  if (!match?.[1] || !match[2]) return null;
  const from = end + match[1].length;
  return { start: from, end: from + match[2].length };
}

/** Whether a figure at [start, end) is the value a change starts from ("2만t에서 5만t으로"). */
export function isChangedFrom(sentence: string, end: number): boolean {
  return CHANGED_TO.test(sentence.slice(end));
}

/** Verbs of a change in amount: 늘다, 줄다, 증가, 감소, 오르다, 상승, 하락 …. */
const CHANGE_VERB = '(?:늘|줄|증가|감소|올랐|오른|올라|오르|내렸|내린|내려|떨어|상승|하락|높아|낮아|확대|축소|급증|급감|뛰|삭감|증액|감액|깎)';

/**
 * A question asking by how much a figure changed ("가전 얼마나 줄었어?", "작년보다 몇 % 늘었어?",
 * "몇 포인트 올랐어?"), not what it changed to ("얼마로 늘어나?").
 */
export function asksChangeAmount(question: string): boolean {
  return ASKS_CHANGE.test(question) && !/(얼마|몇\s*[가-힣%]*)(으로|로)\s/u.test(question);
}

/** 얼마나/몇 and, later in the question, a verb of change (compiled once: this runs for every figure question's facts). */
const ASKS_CHANGE = new RegExp(`(얼마나|몇)[^?？]*${CHANGE_VERB}`, 'u');

/** What may stand between a figure and the verb of its change ("4.2% 줄었다", "1만2천 명가량 늘었다"). */
// "1,450㏊(7.3%) 줄었다": a share in brackets may restate the change before its verb.
const CHANGE_AFTER = new RegExp(`^(?:\\([^()]{1,12}\\))?\\s*(?:가량|정도|남짓|이상|넘게|안팎|가까이|씩)?\\s*(?:이|가|나|을|를)?\\s*(?:더\\s*)?${CHANGE_VERB}`, 'u');

/**
 * Whether the figure ending at `end` is the amount of a change: its verb follows it ("1조9,330억
 * 원으로 4.2% 줄었다": 4.2%, not the level 1조9,330억 원).
 */
export function isChangeAmount(sentence: string, end: number): boolean {
  return CHANGE_AFTER.test(sentence.slice(end, end + 30));
}
