/**
 * Whose figure a sentence gives (수치의 주어): "… 애덤스 스트리트(Adams Street), 스텝스톤을 비롯한 38개
 * VC를 대상으로 … 진행했으며, 845억 원 규모의 투자유치 논의가 진행 중" names Adams Street in one clause
 * and gives the 845억 원 of all the talks in another. A name the sentence lists among others must
 * stand in the figure's own clause for the figure to be its.
 */

import { withoutSpaces } from '../../korean/normalize.ts';

/** Where a Korean sentence joins two clauses: "…했으며, ", "…하고 ", "…지만 ". */
const CLAUSE_END = /(?<=[가-힣](?:으며|이며|하며|며|했고|였고|이고|하고|되고|면서|지만|는데))(?:,\s*|\s+)/u;

/** A name listed with others: "애덤스 스트리트(Adams Street), 스텝스톤을 비롯한 …", "A·B", "A와 B", "A 등". */
const LISTED = /^(?:\([^)]*\))?(?:,|·|‧|및|등|을비롯한|를비롯한|와(?=[가-힣A-Za-z])|과(?=[가-힣A-Za-z]))/u;

/** A figure in brackets right after a name and at most a short noun: "CA19-9검사(38.1%)". */
const OWN_BRACKETED = /^[가-힣]{0,4}\((\d[\d.,]*(?:%|%포인트|명|개|건|원|억원|만원|달러|톤|㏊|㎡|배))\)/u;

const squashed = (text: string): string => withoutSpaces(text);

/**
 * @name figureOwner
 * @description
 * 문장의 수치(`shown`)가 이름(`name`)의 것인지: 이름이 다른 것들과 나열된 경우(…, …을 비롯한) 수치와 같은
 * 절에 있어야 true. 나열되지 않았거나 문장에 없으면(별칭·머리기사로 맞은 경우) 판단하지 않고 true.
 * @example
 * figureOwner('A(Adams), B를 대상으로 상담을 진행했으며, 845억 원 규모 논의가 진행 중이다.', '845억 원', 'A') // false
 */
export function figureOwner(sentence: string, shown: string, name: string): boolean {
  const key = squashed(name);
  if (key.length === 0) return true;
  const flat = squashed(sentence);
  if (!flat.includes(key)) return true;
  // "… 민감도는 84.7%로, CA19-9 검사(38.1%)보다": a figure in brackets right after the name (and a
  // short noun) is the name's own; another figure of the sentence is not.
  const figure = squashed(shown).replace(/\([^)]*\)$/u, '');
  for (let at = flat.indexOf(key); at >= 0; at = flat.indexOf(key, at + 1)) {
    const own = OWN_BRACKETED.exec(flat.slice(at + key.length))?.[1];
    if (own !== undefined && own !== figure && !own.includes(figure)) return false;
  }
  // Only a name listed among others is checked: a figure of the whole list, or of another clause,
  // is not that one member's (a name framing the sentence — "윤 대통령의 보스턴 방문을 계기로" — is).
  let listed = false;
  for (let at = flat.indexOf(key); at >= 0 && !listed; at = flat.indexOf(key, at + 1)) listed = LISTED.test(flat.slice(at + key.length));
  if (!listed) return true;
  const clauses = sentence.split(CLAUSE_END).map(squashed);
  if (clauses.length < 2) return true;
  const own = clauses.find((clause) => clause.includes(figure));
  // A figure read across clauses, or not found as written: no judgement.
  return own === undefined || own.includes(key);
}

/**
 * @name ownFigure
 * @description
 * 질문이 말한 이름 바로 뒤 괄호 속 수치("CA19-9 검사(38.1%)")가 답한 수치와 다르면 그 수치와 문장 속 위치,
 * 아니면 null: 그 이름의 수치는 괄호 속의 것이다.
 * @example
 * ownFigure('새 검사법의 민감도는 84.7%로, CA19-9 검사(38.1%)보다 높았다.', '84.7%', ['CA19-9']) // { text: '38.1%', start: 31 }
 */
export function ownFigure(sentence: string, shown: string, names: readonly string[]): { text: string; start: number } | null {
  const figure = squashed(shown).replace(/\([^)]*\)$/u, '');
  for (const name of names) {
    if (name.length === 0) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      const after = sentence.slice(at + name.length);
      const match = SPACED_BRACKETED.exec(after);
      const own = match?.[1];
      if (!match || own === undefined || squashed(own) === figure) continue;
      return { text: own, start: at + name.length + match[0].indexOf('(') + 1 };
    }
  }
  return listedOwnFigure(sentence, figure, names);
}

/**
 * A figure a sentence gives each of several names in turn ("정우석 전 의장은 38.7%, 한소영 전 특보는
 * 35.2%의 지지를 얻었다"): the name's own is the first figure after it, within its own list item
 * (no other figure, comma or quote between; a short title and particle may stand between).
 */
const LISTED_OWN = /^([^\d,"“”'‘’()]{0,24}?)(\d[\d.,]*(?:[만천억조]\s?[\d.,]*)*\s?(%포인트|%|명|개|건|원|달러|표|석|가구|곳|대))(?=\s?(?:,|의\s|로\s|으로\s))/u;

/** Words before a figure that make it another time's or a compared one ("지난해 …", "… 보다"), not the name's own. */
const OTHER_TIME = /지난해|작년|전년|올해|내년|당시|기존|종전|현행|보다|에서|부터|까지|(?:년|개월|주|일)\s?[전후]/u;

function listedOwnFigure(sentence: string, figure: string, names: readonly string[]): { text: string; start: number } | null {
  const shownUnit = /(%포인트|%|명|개|건|원|달러|표|석|가구|곳|대)$/u.exec(figure)?.[1];
  if (shownUnit === undefined || !squashed(sentence).includes(figure)) return null;
  for (const name of names) {
    // A time ("지난해 매출 1조 원, 영업이익 312억 원") heads a list of figures of different things.
    if (!/^[가-힣]{2,}$/u.test(name) || EARLIER_WORDS.includes(name)) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      const match = LISTED_OWN.exec(sentence.slice(at + name.length));
      if (!match || match[3] !== shownUnit || OTHER_TIME.test(match[1] ?? '')) continue;
      const own = match[2] ?? '';
      if (squashed(own) === figure) return null;
      // Only a list of such pairs: the figure answered is another item's, the two apart by a comma.
      const start = at + name.length + (match[1] ?? '').length;
      const rest = squashed(sentence.slice(start + own.length));
      if (!(/^,/u.test(rest) && rest.includes(figure)) && !squashed(sentence.slice(0, start)).includes(`${figure},`)) return null;
      return { text: own, start };
    }
  }
  return null;
}

/** OWN_BRACKETED on the sentence as written (spaces kept, for the answer's offsets). */
const SPACED_BRACKETED = /^\s?[가-힣]{0,4}\s?\((\d[\d.,]*\s?(?:%|%포인트|명|개|건|원|억\s?원|만\s?원|달러|톤|㏊|㎡|배))\)/u;

/** How articles write the year before: a figure in brackets after one is that year's ("1년 전(29%)"). */
const EARLIER_WORDS: readonly string[] = ['1년 전', '지난해', '전년', '작년'];

/** "… a year earlier", "the previous year's …": the earlier time's figure is asked (not a change from it). */
const EARLIER_ASKED = /\b(?:(?:a|one) year (?:earlier|ago|before)|(?:the )?(?:previous|prior|preceding) year|last year|a year-earlier|year-earlier)\b/iu;

/** "… up from a year earlier", "than last year": the earlier time is the comparison, not what is asked. */
const EARLIER_COMPARED = /\b(?:from|than|compared (?:with|to)|over|since|versus|vs\.?|on|against)\s+(?:the\s+)?(?:a|one|previous|prior|preceding|last)\s+year\b|\byear[- ]on[- ]year\b/iu;

/**
 * @name earlierTimes
 * @description
 * 질문이 앞선 때(1년 전, 지난해)의 수치를 물으면 기사가 그때를 쓰는 말들('1년 전', '지난해', '전년', '작년'):
 * ownFigure에 이름처럼 주면 "41%로 1년 전(29%)보다"에서 29%를 읽는다. 비교 기준일 뿐이면 빈 배열.
 * @example
 * earlierTimes('What share did HBM account for a year earlier?') // ['1년 전', '지난해', '전년', '작년']
 * earlierTimes('How much did it rise from a year earlier?') // []
 * earlierTimes('revenue last year?', '지난해 매출은 512억 원으로 전년(187억 원) 대비 늘었다.') // []
 */
export function earlierTimes(question: string, sentence = ''): string[] {
  if (!EARLIER_ASKED.test(question) || EARLIER_COMPARED.test(question)) return [];
  // "What was its revenue last year?" over "지난해 매출은 512억 원으로 전년(187억 원) 대비 …": the
  // sentence is itself about last year, so its 전년 is the year before that, not the one asked.
  if (LAST_YEAR_ASKED.test(question) && /지난해|작년/u.test(sentence)) return [];
  return [...EARLIER_WORDS];
}

/** "last year" (not "the previous year", which may be the year before a year the question names). */
const LAST_YEAR_ASKED = /\blast year\b/iu;
