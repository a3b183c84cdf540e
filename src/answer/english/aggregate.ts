/**
 * A total the question did not ask for (합계·누적 수치): "How much is Sekwang's order for eight LNG
 * carriers worth?" is not the "올해 누적 수주액은 62억4천만 달러" of all its orders this year, and "How
 * many moviegoers did the film draw?" is not the "전체 극장 관객 수 142만 명" of every film. The
 * figure's own clause says it is a total; a question that asks a total says so ("in total", "so far").
 * Parts and totals the other way too: a group's count after a name ("'HX5' 등 4개 차종 3만1,902대") is
 * not that name's, and one item of a breakdown ("지역별로는 전북이 734동") is not the whole asked.
 */
import { withoutSpaces } from '../../korean/normalize.ts';

/** Words that make a figure a running or whole total, standing shortly before it in its clause. */
const AGGREGATE = /누적|통산|합계|총계|전체/u;

/** How far before the figure (characters, spaces out) an aggregate word still qualifies it. */
const REACH = 14;

/** A question that asks a total or a running total. */
const TOTAL_ASKED = /\b(?:total(?:s|led|ed)?|cumulative(?:ly)?|so far|in all|altogether|combined|overall|all told|year-to-date|to date|aggregate|whole|entire|all)\b/iu;

/**
 * @name aggregateUnasked
 * @description
 * 답한 수치가 합계·누적·전체 수치(같은 절에서 바로 앞에 누적·전체·합계)인데 질문은 합계를 묻지 않았으면 true.
 * 비율(%)은 전체의 몫이라 '전체'로는 판단하지 않는다.
 * @example
 * aggregateUnasked('How much is the order worth?', '62억4천만 달러', '올해 누적 수주액은 62억4천만 달러로 늘었다.') // true
 * aggregateUnasked('How much in total?', '62억4천만 달러', '올해 누적 수주액은 62억4천만 달러로 늘었다.') // false
 */
export function aggregateUnasked(question: string, shown: string, sentence: string): boolean {
  if (TOTAL_ASKED.test(question)) return false;
  const figure = withoutSpaces(shown).replace(/\([^)]*\)$/u, '');
  const flat = withoutSpaces(sentence);
  const at = figure.length > 0 ? flat.indexOf(figure) : -1;
  if (at < 0) return false;
  // The figure's own clause: from the last comma before it.
  const before = flat.slice(Math.max(0, at - REACH), at);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  const word = AGGREGATE.exec(clause)?.[0];
  if (word === undefined) return false;
  return !(word === '전체' && /%/u.test(figure));
}

/**
 * A name closing a list of examples and the group's own count ("'HX5' 등 4개 차종"): what follows
 * counts the whole group. "대웅제약 등 국내 기업이 6353억원의 …" counts none, so says nothing.
 */
const GROUP_AFTER = /^['’"”」』)]?\s?(?:\([^)]*\))?\s?등\s?\d[\d,.]*\s?(?:여\s?)?(?:개|곳|종|건|명)/u;

/** "How many institutions, including Incheon, signed …": the question asks the group its name is one of. */
const GROUP_ASKED = /\b(?:includ(?:e|es|ed|ing)|such as|among|along with|together with|as well as)\b/iu;

/** How far after the group's 등 (characters, spaces out) its figure still belongs to it. */
const GROUP_REACH = 16;

/**
 * @name groupTotalUnasked
 * @description
 * 질문이 말한 이름 뒤에 '등'이 오고 곧바로 답한 수치가 오면(‘HX5’ 등 4개 차종 3만1,902대) 그 수치는 이름을
 * 포함한 여럿의 합계: 질문이 합계를 묻지 않았으면 true.
 * @example
 * groupTotalUnasked('How many HX5 SUVs are recalled?', '3만1,902대', "전기 SUV 'HX5' 등 4개 차종 3만1,902대에서 결함이 발견됐다.", ['HX5']) // true
 */
export function groupTotalUnasked(question: string, shown: string, sentence: string, names: readonly string[]): boolean {
  if (TOTAL_ASKED.test(question) || GROUP_ASKED.test(question)) return false;
  const figure = withoutSpaces(shown).replace(/\([^)]*\)$/u, '');
  const flat = withoutSpaces(sentence);
  const at = figure.length > 0 ? flat.indexOf(figure) : -1;
  if (at < 0) return false;
  return names.some((name) => {
    const key = withoutSpaces(name);
    if (key.length === 0) return false;
    for (let from = flat.indexOf(key); from >= 0 && from < at; from = flat.indexOf(key, from + 1)) {
      const rest = flat.slice(from + key.length, at);
      const group = GROUP_AFTER.exec(rest);
      if (group && rest.length - group[0].length <= GROUP_REACH) return true;
    }
    return false;
  });
}

/** A breakdown of a whole into its parts: "지역별로는 전북이 734동으로 가장 많았고 …". */
const BREAKDOWN = /[가-힣]별로(?:는|\s?보면|\s?살펴보면)/u;

/** A particle after a part's label ("전북의", "인제군이"). */
const LABEL_PARTICLE = /(?:의|이|가|은|는|에서|으로|로)$/u;

/**
 * @name breakdownPartUnasked
 * @description
 * 답한 수치가 '…별로는' 뒤(부분별 내역)의 한 항목인데 질문이 그 항목을 말하지 않으면 true: 전체를 묻는 질문에
 * 한 부분의 수치는 답이 아니다. 항목은 표지나 쉼표 뒤 첫 말(전북의 → 전북)이 이름이고, 질문의 말이 그것이거나
 * 질문의 이름·주제어(`named`)가 그 항목에 있으면 물은 것이다.
 * @example
 * breakdownPartUnasked('734동', '지역별로는 전북의 비닐하우스 피해가 734동으로 가장 많았다.', ['비닐하우스', '피해'], []) // true
 * breakdownPartUnasked('18척', '추진 방식별로는 하이브리드 18척, 전기 10척을 도입한다.', ['하이브리드', '선박'], []) // false
 */
export function breakdownPartUnasked(shown: string, sentence: string, words: readonly string[], named: readonly string[]): boolean {
  const figure = withoutSpaces(shown).replace(/\([^)]*\)$/u, '');
  const breakdown = BREAKDOWN.exec(sentence);
  if (figure.length === 0 || !breakdown) return false;
  const after = sentence.slice(breakdown.index + breakdown[0].length);
  const pattern = new RegExp([...figure].map((char) => char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s?'), 'u');
  const at = pattern.exec(after)?.index;
  if (at === undefined) return false;
  const item = after.slice(0, at);
  const itemText = item.slice(item.lastIndexOf(',') + 1);
  const label = (itemText.trim().split(/\s+/u)[0] ?? '').replace(LABEL_PARTICLE, '');
  if (label.length === 0) return false;
  if (words.some((word) => word.length >= 2 && (word === label || label.startsWith(word)))) return false;
  return !named.some((word) => withoutSpaces(word).length >= 2 && withoutSpaces(item).includes(withoutSpaces(word)));
}
