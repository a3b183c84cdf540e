/**
 * Sentence structure the span scorer reads without a parser (절과 어순): where a sentence's clauses
 * start (after a comma or a connective ending: 하고, 하며, 했으나, 해서 …), whether a span stands in
 * parentheses, where the question word stands in the question, the class of the noun a question
 * asks about, and a span's length bucket. The features built on them (./features.ts) are of the
 * kind the SQuAD logistic-regression baseline read from a dependency parse: the question's words in
 * the answer's own clause, on the same side of it as of the question word.
 */

/** Eojeol endings that close a clause (connective and final endings, a quotation's close). */
const CLAUSE_END =
  /(?:하고|되고|했고|됐고|였고|이고|었고|았고|으며|하며|되며|했으며|됐으며|였으며|었으며|았으며|이며|면서|지만|는데|은데|으나|했으나|였으나|었으나|해서|돼서|되어|하여|여서|어서|아서|니까|므로|라며|다며|다고|라고|했다|한다|된다|됐다|이다|였다|었다|았다|는다)[,.]?$/u;

/** Where each clause of a sentence starts, ascending; the first is 0. */
export function clauseStarts(sentence: string): Int32Array {
  const starts = [0];
  const pattern = /\S+/gu;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const word = match[0];
    const end = match.index + word.length;
    if (end >= sentence.length) break;
    if (word.endsWith(',') || word.endsWith(';') || CLAUSE_END.test(word)) {
      let next = end;
      while (next < sentence.length && /\s/u.test(sentence[next] ?? '')) next++;
      if (next < sentence.length && next > (starts[starts.length - 1] ?? 0)) starts.push(next);
    }
  }
  return Int32Array.from(starts);
}

/** The clause range `[from, to)` holding `[start, end)` (from the clause of its start to that of its end). */
export function clauseOf(starts: Int32Array, length: number, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = length;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i] ?? 0;
    if (at <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** Whether `[start, end)` stands inside a pair of parentheses ("…(○○)"): an apposition or gloss. */
export function insideParentheses(sentence: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const char = sentence[i];
    if (char === '(' || char === '（') {
      open = i;
      break;
    }
    if (char !== ' ' && char !== '"' && char !== '‘' && char !== '“') return false;
  }
  if (open < 0) return false;
  for (let i = end; i < sentence.length && i <= end + 12; i++) {
    const char = sentence[i];
    if (char === ')' || char === '）') return true;
    if (char === '(' || char === '（') return false;
  }
  return false;
}

/** The question words, as they stand in a question's spaceless text. */
const WH_WORD = /무엇|무얼|뭐|뭘|뭔|누구|누가|누군|어디|언제|얼마|몇|며칠|어느|어떤|어떻|무슨|왜/u;

/** Where the question word stands in a question's spaceless text, or -1. */
export function whPositionIn(compact: string): number {
  return WH_WORD.exec(compact)?.index ?? -1;
}

/** Classes of the noun a question asks about ("어느 나라", "선수의 이름은"). */
export const FOCUS_CLASSES = ['none', 'person', 'org', 'place', 'time', 'work', 'name', 'number', 'other'] as const;
export type FocusClass = (typeof FOCUS_CLASSES)[number];

const FOCUS_WORDS: [FocusClass, RegExp][] = [
  ['name', /^(이름|명칭|별명|칭호|호칭|약칭|본명|성함|애칭|국호|학명)$/u],
  ['person', /(사람|인물|선수|대통령|왕|황제|감독|배우|가수|작가|학자|장군|의원|장관|총리|회장|사장|대표|주인공|멤버|인사|교수|박사|사령관|작곡가|화가|시인|아들|딸|아버지|어머니|부인|남편|동생)$/u],
  ['org', /(기관|회사|단체|팀|기업|조직|정당|학교|대학|구단|클럽|방송사|업체|부서|부처|정부|군대|부대|협회|위원회|은행|밴드|그룹|제약사|방송국)$/u],
  ['place', /(나라|국가|지역|도시|장소|곳|섬|산|강|지방|위치|마을|행성|대륙|국적|지점|건물|수도|호텔|경기장|공원|광장|항구|공항|주소)$/u],
  ['time', /^(해|연도|년도|시기|날|날짜|시대|시점|요일|달|때|기간|연대|세기|계절|시각|시간)$/u],
  ['work', /(작품|곡|노래|앨범|영화|책|소설|드라마|게임|프로그램|제목|싱글|음반|시리즈|저서|논문|법|조약|작전|전투|사건|전쟁)$/u],
  ['number', /^(수|숫자|개수|순위|번호|나이|금액|비율|인구|점수|높이|길이|무게|가격|규모|거리|크기|액수|득표율)$/u],
];

/** The class of a question's focus noun (null: the question names none). */
export function focusClassOf(focus: string | null): number {
  if (focus === null || focus.length === 0) return 0;
  for (const [name, pattern] of FOCUS_WORDS) if (pattern.test(focus)) return FOCUS_CLASSES.indexOf(name);
  return FOCUS_CLASSES.indexOf('other');
}

/** Buckets of a span's length in letters (spaces left out). */
export const LENGTH_BUCKETS = ['1-2', '3-4', '5-7', '8-12', '13+'] as const;

export function lengthBucketOf(letters: number): number {
  if (letters <= 2) return 0;
  if (letters <= 4) return 1;
  if (letters <= 7) return 2;
  if (letters <= 12) return 3;
  return 4;
}
