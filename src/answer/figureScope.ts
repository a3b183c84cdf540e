/**
 * 수치의 범위 (what a figure covers, and when): rules that keep a figure from answering a question
 * it only seems to answer.
 *
 * - a total that includes what is asked ("국비를 포함해 총 265억 원") is not the part's figure
 *   ("국비는 얼마");
 * - a target or plan ("2030년까지 ㎏당 3천500원 수준으로 낮추는 것을 목표") is not the level of now
 *   ("현재 단가");
 * - in "2억 원은 지원사업에서, 나머지는 크라우드펀딩으로", the figure is told of its own clause:
 *   "크라우드펀딩으로 모은 금액" is not 2억 원;
 * - a change's amount ("전년보다 18% 늘었고") is not the level a question asks ("비중은 얼마"),
 *   when the question asks no change.
 */
import type { Fact } from '../facts/types.ts';
import { normalize, withoutSpaces } from '../korean/normalize.ts';
import { labelsOf } from './listBinding.ts';

function squash(text: string): string {
  return withoutSpaces(normalize(text));
}

/**
 * Whether the figure at [start, end) is a total told as including one of the question's words:
 * "국비를 포함해 총 265억 원", "국비 2,448억 원을 포함해 총 6,120억 원" asked "국비는 얼마", "두
 * 주차장을 합쳐 모두 612면" asked "교동 주차장은 몇 면".
 * @example
 * includesAsked('주문진 어항 재정비에는 국비를 포함해 총 265억 원이 배정됐다.', 25, ['국비']) // true
 */
export function includesAsked(text: string, start: number, words: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  // ("두 주차장을 합쳐 모두 612면" asked "교동 주차장은 몇 면": a sum of the parts, not the one asked.)
  const including = /(?:포함(?:해|한|하여|하면|해서|된)?|합쳐|합치면|합한|합하면|더해|더하면|통틀어)\s+(?:총\s*|모두\s*|약\s*)*$/u.exec(before);
  if (!including) return false;
  // What is included: the word right before 포함, or before its figure ("국비 2,448억 원을").
  const tokens = before.slice(0, including.index).trim().split(/\s+/u);
  while (tokens.length > 1 && /\d|^(?:원|달러|원을|원를|달러를|명을|개를)$/u.test(tokens.at(-1) ?? '')) tokens.pop();
  const part = bareNoun(tokens.at(-1) ?? '');
  return words.some((word) => word.length >= 2 && (part === word || part.endsWith(word)));
}

/** A question about now: 현재, 지금, 현행, 요즘. */
const ASKS_NOW = /현재|지금|현행|요즘|현\s?수준/u;

/** A clause telling a target or a plan, not a level reached: 목표, 계획, 예정, 방침, 까지 … 낮추/늘리. */
const TARGET = /목표|계획|예정|방침|전망|(?:19|20)\d{2}\s?년\s?까지/u;

/** What says a figure is now: 현재, 지금, 현행, 올해 기준. */
const NOW = /현재|지금|현행/u;

/**
 * Whether a figure's sentence tells a target or a plan while the question asks the level of now:
 * "현재 청정수소 생산 단가" is not "2030년까지 ㎏당 3천500원 수준으로 낮추는 것을 목표".
 */
export function targetForNow(question: string, sentence: string): boolean {
  if (!ASKS_NOW.test(question) || TARGET.test(question.replace(ASKS_NOW, ''))) return false;
  return TARGET.test(sentence) && !NOW.test(sentence);
}

/** A clause opening on the rest of a whole ("나머지는", "나머지 1억 원은"): a part told apart. */
const REMAINDER = /^\s*(?:그\s)?나머지/u;

/**
 * Whether the figure at [start, end) is told of another part than the question's words, where the
 * sentence tells the parts of a whole apart: "2억 원은 지원사업에서, 나머지는 크라우드펀딩과 개인
 * 자금으로" asked about 크라우드펀딩 — a word asked stands in the remainder's clause, not the figure's.
 */
export function toldOfAnotherPart(text: string, start: number, words: readonly string[]): boolean {
  const clauses: { from: number; to: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(/[,，;]/gu)) {
    const at = match.index ?? 0;
    clauses.push({ from, to: at });
    from = at + 1;
  }
  clauses.push({ from, to: text.length });
  if (clauses.length < 2) return false;
  const own = clauses.find((clause) => start >= clause.from && start < clause.to);
  if (!own) return false;
  const holds = (clause: { from: number; to: number }) => {
    const compact = squash(text.slice(clause.from, clause.to));
    return words.filter((word) => word.length >= 2 && compact.includes(word));
  };
  // Words the remainder's clause holds and the figure's own does not: what the remainder is told of.
  const ownWords = new Set(holds(own));
  return clauses.some((clause) => clause !== own && REMAINDER.test(text.slice(clause.from, clause.to)) && holds(clause).some((word) => !ownWords.has(word)));
}

/** Words of a question that ask a change (늘다, 증가, 감소율 …): a change's amount may answer it. */
const ASKS_A_CHANGE = /늘|줄|증가|감소|올랐|오른|올라|오르|내렸|내린|떨어|상승|하락|높아|낮아|확대|축소|급증|급감|변화|차이|증감|뛰|보다/u;

/** Whether a question asks any change at all (so a change's amount is not another's figure). */
export function asksAChange(question: string): boolean {
  return ASKS_A_CHANGE.test(question);
}

/**
 * The level among a sentence's figures when the question asks no change: "매출은 6,420억 원으로
 * 전년보다 18% 늘었고, 이 중 해외 매출 비중은 27%였다" asked "비중은 얼마" is answered 27%, not the
 * change 18%. Returns the change amounts to set aside (only when a level of the same type stands
 * beside them).
 */
export function changesBesideLevel(facts: readonly Fact[], isChange: (fact: Fact) => boolean): Set<Fact> {
  const changes = facts.filter(isChange);
  if (changes.length === 0 || changes.length === facts.length) return new Set();
  return new Set(changes);
}

/**
 * Whether a span shown for a figure question is a figure these rules set aside in its sentence (the
 * span scorer does not know them): a total including the part asked, a target asked as now, a part
 * told apart from the words asked.
 */
export function spanSetAside(question: string, words: readonly string[], sentence: string, start: number, article: string): boolean {
  const asksTotal = /포함|총|전체|모두|합계|합쳐/u.test(question);
  return targetForNow(question, sentence) || qualifierClash(question, sentence, article) || (!asksTotal && includesAsked(sentence, start, words)) || toldOfAnotherPart(sentence, start, words);
}

/**
 * Whether a span shown for a figure question is itself a figure of another kind in its sentence:
 * "비중은 얼마" is not answered by "6,420억 원" (money), "몇 명" not by a date.
 */
export function spanOfAnotherKind(asked: ReadonlySet<string>, facts: readonly Fact[], shown: string): boolean {
  const span = squash(shown);
  if (span.length === 0) return false;
  const overlaps = (fact: Fact) => {
    const text = squash(fact.text);
    return text.length > 0 && (span.includes(text) || text.includes(span));
  };
  if (facts.some((fact) => asked.has(fact.type) && overlaps(fact))) return false;
  // "피해액은 얼마" is not answered "지금도 71%": a span holding a figure of another kind, and none of the kind asked.
  return facts.some((fact) => FIGURE_KINDS.has(fact.type) && !asked.has(fact.type) && squash(fact.text).length > 0 && span.includes(squash(fact.text)));
}

const FIGURE_KINDS = new Set<string>(['money', 'percent', 'count', 'area', 'duration', 'date']);

/**
 * Whether a figure is the whole a part of the same sentence is told from: "공사비 12억 원 가운데
 * 8억 원은 도비에서" — 12억 원 is the whole, the part (8억 원) what "도비는 얼마" asks.
 */
export function isWholeBeforePart(text: string, fact: Fact, facts: readonly Fact[]): boolean {
  if (!/^\s*(?:중|가운데)(?:에서?)?\s/u.test(text.slice(fact.end, fact.end + 8))) return false;
  return facts.some((other) => other !== fact && other.type === fact.type && other.start > fact.end && other.start - fact.end < 20);
}

/**
 * Whether a figure is one of the parts a total of the same sentence sums: "국비 600억원과 시비
 * 300억원 등 총사업비 900억원" — 600억원 and 300억원 are parts of 900억원, not what "총 얼마" asks.
 * The total is a later figure of the same kind written after 총 (총사업비, 총액 …), 합계 or 모두,
 * with only a list between them (과/와, 등, commas).
 */
export function isPartOfTotal(text: string, fact: Fact, facts: readonly Fact[]): boolean {
  return facts.some((other) => {
    if (other === fact || other.type !== fact.type || other.start <= fact.end || other.start - fact.end > 60) return false;
    const between = text.slice(fact.end, other.start);
    return /(?:총[가-힣]{0,4}|합계|모두)\s*$/u.test(between) && /(?:^|\s)등\s|^\s*(?:과|와|,)/u.test(between);
  });
}

/** Question words that ask (얼마, 몇 …) and what follows them. */
const ASKING = /\s(?:얼마|몇|언제|어느|어떤|무엇|뭐|며칠)/u;

/** Qualifiers that refer back or hedge rather than name another thing (회사의 매출, 전체 모집인원). */
const NOT_ANOTHER = /^(?:회사|자사|당사|그룹|이|그|해당|전체|총|연간|누적|평균|이번|올해|지난해|작년|내년|금년|현재|이들|모두|각|같은|최종|신규|기존|국내|국외|해외|우리|한국|전국)$/u;

function bareNoun(word: string): string {
  return word.replace(/^[(“"'‘]+|[)”"'’,.]+$/gu, '').replace(/(?:의|은|는|이|가|을|를|에서|에|과|와|도)$/u, '');
}

/** A word that qualifies the noun after it: bare ("지역균형 전형 모집인원") or with 의 ("대학의"), no other particle. */
function qualifierOf(word: string): string | null {
  const clean = word.replace(/^[(“"'‘]+|[)”"'’]+$/gu, '');
  if (/[,.]$/u.test(clean)) return null;
  const noun = clean.replace(/의$/u, '');
  // 이/가 end many nouns (증권가, 거래처가 아닌 "증권가 전망치"); 은/는/을/를/에/로 seldom do.
  if (!/^[가-힣A-Za-z]{2,}$/u.test(noun) || /(?:은|는|을|를|에|에서|로|으로|과|와|도|만|하는|한|된|할|될)$/u.test(noun)) return null;
  // A verb's connective ending ("발표하고 총사업비") is no qualifier.
  if (/(?:하고|되고|했고|됐고|이고|하며|되며|으며|이며|하면|해서|하여|한다|했다|된다|됐다|하지|이라|라며)$/u.test(noun)) return null;
  return noun.toLowerCase();
}

/**
 * The noun a figure question asks the figure of, and the word the question qualifies it with:
 * "16개 대학의 의과대학 모집인원은 몇 명인가" → 모집인원, 의과대학.
 */
export function askedMeasure(question: string): { measure: string; qualifier: string } | null {
  const asking = ASKING.exec(` ${question}`);
  if (!asking) return null;
  // "모집인원은 모두 몇 명": hedges between the noun and the question word are not the noun.
  const words = ` ${question}`.slice(0, asking.index).trim().split(/\s+/u);
  while (words.length > 0 && /^(?:모두|총|약|대략|각각|전체|모두합쳐|합쳐서)$/u.test(words.at(-1) ?? '')) words.pop();
  // "전문가 몇 명": 이/가 may end the noun itself; "모집인원은": the particle goes.
  const last = (words.at(-1) ?? '').replace(/[,.]$/u, '');
  const measure = /(?:은|는|을|를|의|에|에서|도)$/u.test(last) ? bareNoun(last) : last;
  const qualifier = qualifierOf(words.at(-2) ?? '');
  if (!/^[가-힣]{2,}$/u.test(measure) || qualifier === null) return null;
  return { measure, qualifier };
}

/**
 * Whether a sentence tells the figure of the measure asked for another thing than the question
 * names: "의과대학 모집인원" (or "논술전형 모집인원") asked, "지역균형 전형 모집인원은 8,640명" told —
 * the sentence names the measure with its own qualifier, and the article (`article`: squashed,
 * lower-cased) never the question's.
 */
export function qualifierClash(question: string, sentence: string, article: string): boolean {
  const asked = askedMeasure(question);
  if (!asked) return false;
  // Only when the article never names the question's qualifier: else it may stand for the scene
  // ("수변공원 방문객" and "개장 첫해 방문객이").
  if (article.includes(asked.qualifier) || NOT_ANOTHER.test(asked.qualifier)) return false;
  const askedCompact = squash(question).toLowerCase();
  const words = sentence.split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/[,.]$/u, '');
    const bare = bareNoun(word);
    if (word !== asked.measure && bare !== asked.measure && bare !== `${asked.measure}들`) continue;
    // Only a bare qualifier ("지역균형 전형 모집인원", "증권가 전망치") names a kind of its own;
    // "공사의 공정률" may restate what the question names otherwise ("수변공원 공정률").
    if (/의$/u.test(words[i - 1] ?? '')) continue;
    const told = qualifierOf(words[i - 1] ?? '');
    if (told === null || NOT_ANOTHER.test(told)) continue;
    if (!askedCompact.includes(told)) return true;
    // "논술전형" asked, "지역균형 전형" told: the word before the shared head names another.
    const farther = i >= 2 ? qualifierOf(words[i - 2] ?? '') : null;
    if (told !== asked.qualifier && farther !== null && !NOT_ANOTHER.test(farther) && !askedCompact.includes(farther)) return true;
  }
  return false;
}

/**
 * "이용객 가운데 섬 주민은 몇 명": the words a question puts before 가운데/중 name the whole, the
 * rest the part asked. Null when the question names no part of a whole.
 */
export function partAsked(question: string): { whole: string[]; part: string[] } | null {
  const match = /^(.*?)\s(?:가운데|중에서?|중)\s(.*)$/u.exec(question);
  if (!match?.[1] || !match[2]) return null;
  const words = (text: string) => text.split(/\s+/u).map(bareNoun).filter((word) => /^[가-힣A-Za-z]{2,}$/u.test(word));
  const part = words(match[2]).filter((word) => !/^(?:얼마|몇|언제|어디|누구|무엇|얼마인가|몇명)/u.test(word));
  return part.length > 0 ? { whole: words(match[1]), part } : null;
}

/**
 * The wholes among a sentence's figures when the question asks a part: "이용객은 1,480만 명으로 …,
 * 이 가운데 섬 주민은 312만 명" asked "이용객 가운데 섬 주민은" — the figure told of the whole's
 * words (이용객) and none of the part's, beside one told of the part's (주민).
 */
export function wholesBesidePart(question: string, text: string, facts: readonly Fact[], type: string): Set<Fact> {
  const asked = partAsked(question);
  if (!asked) return new Set();
  const labels = labelsOf(text, facts);
  const names = (fact: Fact, words: readonly string[]) => (labels.get(fact) ?? []).some((word) => words.some((asked) => asked === word || asked.endsWith(word) || word.endsWith(asked)));
  const typed = facts.filter((fact) => fact.type === type);
  const parts = typed.filter((fact) => names(fact, asked.part));
  // The part is told after the whole, as its part: "…, 이 가운데 섬 주민은 312만 명".
  const partOf = (whole: Fact) => parts.some((part) => part.start > whole.end && /(?:이|그)\s?(?:가운데|중)/u.test(text.slice(whole.end, part.start)));
  return new Set(typed.filter((fact) => !names(fact, asked.part) && names(fact, asked.whole) && partOf(fact)));
}

/**
 * The noun phrase a figure is told of after it: "1,500억 원 규모의 자사주 매입 계획", "주당 1,200원의
 * 분기 배당" — its next two words.
 */
function labelAfter(text: string, end: number): string[] {
  const match = /^\s*(?:규모|상당|수준)?의\s+(\S+)(?:\s+(\S+))?/u.exec(text.slice(end, end + 30));
  if (!match) return [];
  return [match[1], match[2]].flatMap((word) => (word ? [bareNoun(word)] : [])).filter((word) => /^[가-힣A-Za-z]{2,}$/u.test(word));
}

/**
 * Figures told of another noun phrase after them than the one the question names: "1,500억 원
 * 규모의 자사주 매입 계획과 주당 1,200원의 분기 배당" asked "자사주 매입 규모" sets 1,200원 aside.
 */
export function otherAfterLabels(text: string, facts: readonly Fact[], words: readonly string[]): Set<Fact> {
  const after = new Map(facts.map((fact) => [fact, labelAfter(text, fact.end)] as const));
  const named = (fact: Fact) => (after.get(fact) ?? []).some((word) => words.some((asked) => asked === word || (asked.length >= 2 && word.startsWith(asked))));
  if (!facts.some(named)) return new Set();
  return new Set(facts.filter((fact) => (after.get(fact) ?? []).length > 0 && !named(fact)));
}

/** Currencies a question may ask an amount in ("달러 기준으로", "원화로"), by the money reader's codes. */
const ASKED_CURRENCY: readonly (readonly [RegExp, string])[] = [
  [/달러/u, 'USD'],
  [/원화|한화|원으로|원\s?기준/u, 'KRW'],
  [/유로/u, 'EUR'],
  [/엔화/u, 'JPY'],
  [/위안/u, 'CNY'],
];

/** The one currency a question asks its amount in, or null. */
export function askedCurrency(question: string): string | null {
  const codes = ASKED_CURRENCY.filter(([pattern]) => pattern.test(question)).map(([, code]) => code);
  return codes.length === 1 ? (codes[0] ?? null) : null;
}

/** Whether a money figure is in another currency than the question asks ("달러 기준으로" and "2조6천억 원"). */
export function inAnotherCurrency(question: string, fact: Fact): boolean {
  if (fact.type !== 'money') return false;
  const asked = askedCurrency(question);
  // "59억 달러(약 7조9000억 원)" is said in both.
  return asked !== null && fact.unit !== asked && !CURRENCY_WORD[asked]?.test(fact.text);
}

/** How an amount in each currency is written. */
const CURRENCY_WORD: Record<string, RegExp> = { KRW: /[\d십백천만억조]\s?원|한화|원화/u, USD: /달러|\$/u, EUR: /유로|€/u, JPY: /엔/u, CNY: /위안/u };

/**
 * Whether a sentence tells a sum since a year the question asks as one year: "2019년 한 해 동안
 * 투입한 비용" is not "2019년부터 지금까지 … 1,650억 원".
 */
export function sinceForOneYear(question: string, sentence: string): boolean {
  const years = [...question.matchAll(/((?:19|20)\d{2})\s?년(?!\s?(?:부터|이후|까지|이래))/gu)].map((match) => match[1]);
  return years.some((year) => new RegExp(`${year}\\s?년\\s?(?:부터|이후|이래)`, 'u').test(sentence));
}

/** The event a date question asks the time of: "착공 목표 시점은 언제" → 착공, "가동 목표 시점" → 가동. */
export function askedEvent(question: string): string | null {
  const match = /([가-힣]{2,})\s+(?:목표\s+|예정\s+)?(?:시점|시기|날짜|일정|날)(?:은|는|이|가)?\s+(?:언제|몇)/u.exec(question);
  const event = match?.[1] ?? null;
  if (event !== null && !/^(?:목표|예정|계획)$/u.test(event)) return event;
  // "입단식은 언제인가", "개막은 언제야": an event noun asked with 언제 is the event itself.
  // ("신청 언제부터야": the noun right before 언제, bare as chat puts it.)
  const noun = /([가-힣]{2,}?)(?:은|는|이|가)?\s+언제/u.exec(question)?.[1] ?? null;
  return noun !== null && EVENT_NOUN.test(noun) ? noun : null;
}

/** Nouns of events a date is told for: ceremonies (…식) and the usual news events. */
const EVENT_NOUN = /(?:식|개막|폐막|개장|착공|준공|개통|완공|출시|시행|선고|취임|출범|상장|발사|취항|가동|개원|개관|입단|개봉|공개|체결|마감|신청|접수|모집|양산|판매|공모|지급|접종|송환|재개|착수)$/u;

/** Whether a date is the time of that event: "2028년 3월 착공해", "착공은 2028년 3월". */
export function dateOfEvent(text: string, fact: Fact, event: string): boolean {
  const after = text.slice(fact.end, fact.end + 12).replace(/^\s*(?:께|쯤|중|말|초|에|에는|부터)?\s*/u, '');
  if (after.startsWith(event)) return true;
  return new RegExp(`${event}(?:은|는|이|가|\\s?시점은|\\s?목표\\s?시점은)\\s*(?:오는\\s+)?$`, 'u').test(text.slice(Math.max(0, fact.start - 20), fact.start).trimEnd() + ' ');
}

/** Words that ask a figure of before or of the past, which a compared figure ("63.2%보다") may answer. */
const ASKS_BASELINE = /지난해|작년|전년|재작년|평년|예년|당시|이전|기존|종전|당초|원래|원안|정부안|\d+\s?년\s?전|전\s?분기|직전|보다|대비|비해|비교/u;

/**
 * Whether a figure is the one a sentence compares with ("지난해 지방선거 당시 투표율 63.2%보다 7.5%포인트
 * 낮다", "CA19-9 검사(38.1%)보다"), while the question asks no past or compared figure: it is another
 * time's or thing's figure, not the one asked ("이번 재선거의 투표율").
 */
export function comparedBaseline(question: string, text: string, fact: Fact): boolean {
  if (ASKS_BASELINE.test(question)) return false;
  return /^\s?[)）]?\s?(?:보다|에\s?비해|대비)/u.test(text.slice(fact.end, fact.end + 6));
}
