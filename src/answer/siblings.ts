/**
 * 목록의 나머지 (the rest of a list): "Adams Street 말고 또 어디야?", "디엔디파마텍이랑 같이 계약한
 * 곳 어디어디야?", "공동성명 말고 채택한 문서 뭐였지?" — the question names one item of a list the
 * article gives ("애덤스 스트리트(Adams Street), 스텝스톤(StepStone)을 비롯한", "디엔디파마텍,
 * 메디사피엔스, 대모엔지니어링 등은", "정상 공동성명과 함께 워싱턴 선언 등") and asks for the others.
 */
import { getChoseong, isChoseongOnly } from '../korean/jamo.ts';
import { stripJosa } from '../korean/josa.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { withoutSpaces } from '../korean/normalize.ts';
import { escapeRegExp } from '../escapeRegExp.ts';

/**
 * "X 말고", "X 외에", "X 빼고", "X랑 같이": the item named, up to two words. ("X와 함께 설립한" in
 * a written question is a joint act, not a list.)
 */
const OTHER_THAN = /((?:\S+\s)?\S+?)\s*(?:(?:말고|외에|빼고|제외하고)|(?:이랑|랑|하고)\s*(?:같이|함께))/u;

/** The question asks for names: which, what, who. */
const ASKS_NAME = /어디|어느|뭐|무엇|무슨|누구|누가|이름/u;

/** Sentences read for the list. */
const SENTENCES_READ = 4;

/** The other items of the list the question names an item of, or null. */
export function answerSiblings(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_NAME.test(q.question)) return null;
  const match = OTHER_THAN.exec(q.question);
  const words = match?.[1] ? match[1].split(/\s+/u).map((word) => stripJosa(word)) : [];
  // Both words before 말고, else the last alone ("국빈방문 때 공동성명 말고" names 공동성명).
  for (const named of [words.join(' '), words.at(-1) ?? ''].filter((text, i, all) => text.length >= 2 && all.indexOf(text) === i)) {
    const spellings = [named, ...library.aliasesOf(named)].map((form) => withoutSpaces(form, { lower: true })).filter((form) => form.length >= 2);
    for (const sentence of ranked.slice(0, SENTENCES_READ)) {
      const at = locate(sentence.text, spellings);
      if (at === null) continue;
      const others = itemsAfter(sentence.text, at.end);
      if (others.length === 0) continue;
      return { answer: others.join(', '), facts: sentence.facts, primary: [sentence], structural: true };
    }
  }
  return null;
}

/** Where the named item stands in a sentence (any of its spellings, or its 초성), or null. */
function locate(text: string, spellings: readonly string[]): { start: number; end: number } | null {
  const words = [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  for (let i = 0; i < words.length; i++) {
    for (let length = 1; length <= 3 && i + length <= words.length; length++) {
      const slice = words.slice(i, i + length);
      const joined = withoutSpaces(slice.map((word) => word.text).join(''), { lower: true });
      const bare = joined.replace(/\(.*$/u, '').replace(/[,.]$/u, '');
      const core = withoutSpaces(stripJosa(bare), { lower: true });
      const inner = /\(([^()]+)\)/u.exec(joined)?.[1] ?? '';
      // "바이오‧헬스케어" is named by "바이오" too.
      const hit = spellings.some((form) =>
        isChoseongOnly(form) ? getChoseong(core) === form : core === form || bare === form || inner === form || new RegExp(`^${escapeRegExp(form)}[‧·]`, 'u').test(core),
      );
      if (!hit) continue;
      const last = slice[slice.length - 1];
      if (!last) continue;
      // The item ends at its own text, a Latin name in brackets included.
      const text0 = last.text;
      const own = /^[^,]*\)/u.exec(text0)?.[0] ?? text0.replace(/[,.].*$/u, '');
      const item = stripJosa(own) !== own && !/\)$/u.test(own) ? stripJosa(own) : own;
      const start = slice[0]?.at ?? 0;
      let stop = last.at + item.length;
      // "애덤스 스트리트(Adams Street)": a bracket the item opens is closed within it.
      const opened = text.slice(start, stop).lastIndexOf('(');
      if (opened >= 0 && text.indexOf(')', start + opened) >= stop) stop = text.indexOf(')', start + opened) + 1;
      return { start, end: stop };
    }
  }
  return null;
}

/** Words that close a list ("등", "등은", "을 비롯한"). */
const LIST_END = /^(등|등은|등이|등을|등과|등의|등도|등에)$/u;

/**
 * The items after the named one: ", Y, Z 등은" or "과 함께 Y 등" / "와 Y", each one to three
 * words, its particle and a closing 등 taken off; the list ends at a particle or 등.
 */
function itemsAfter(text: string, end: number): string[] {
  let rest = text.slice(end);
  const joined = /^(?:과|와|및|이랑|랑|하고)\s+(?:함께\s+)?/u.exec(rest) ?? /^\s+및\s+/u.exec(rest);
  if (joined) rest = rest.slice(joined[0].length);
  else if (/^\s*,\s*/u.test(rest)) rest = rest.replace(/^\s*,\s*/u, '');
  else return [];
  const items: string[] = [];
  for (const segment of rest.split(/\s*,\s*/u).slice(0, 8)) {
    const kept: string[] = [];
    let closed = false;
    for (const word of segment.split(/\s+/u).filter((w) => w.length > 0)) {
      if (LIST_END.test(word)) {
        closed = true;
        break;
      }
      // "스텝스톤(StepStone)을": the bracketed name stays, the particle goes.
      const bracketed = /^([^()]+)(\([^()]*\))?([가-힣]*)$/u.exec(word);
      const head = bracketed?.[1] ?? word;
      const bracket = bracketed?.[2] ?? '';
      const tail = bracketed?.[3] ?? '';
      const stripped = bracket ? head : stripJosa(head);
      kept.push(`${stripped}${bracket}`);
      if (kept.length > 3) return items;
      if ((bracket && tail.length > 0) || (!bracket && stripped !== head)) {
        closed = true;
        break;
      }
    }
    const name = kept.join(' ').trim();
    // An item is a noun phrase: no word before its last is a verb's modifier or carries a particle.
    if (kept.slice(0, -1).some((word) => /(한|된|던|는|은|을|를|이|가|의|에|로)$/u.test(word.replace(/\(.*$/u, '')))) break;
    // Not a verb, not a figure ("38개 VC").
    if (name.length < 2 || /(한|된|는|했|하며|하고|했다|이다)$/u.test(name) || /^\d[\d,.]*\s?[가-힣]{0,2}(\s|$)/u.test(name)) break;
    items.push(name);
    if (closed) break;
  }
  return items;
}
