/**
 * 다시 맞춘 채점기의 답을 막는 규칙 (what the refit scorer may not answer an open question with).
 *
 * The refit scorer (./model.ts `spanModel`) answers open questions no rule of the answer stage read.
 * Fitted on encyclopedia questions, it reads a span well placed among the question's words even
 * when the span is of another kind than asked or is part of what the question itself says; on news
 * such a span read out in a briefing is plainly wrong. Each rule below names one such misreading:
 *
 * - an object asked ("뭘 하겠다고", "무엇을") answered by the sentence's subject or topic, also
 *   after a parenthesis ("중소벤처기업부(중기부)는");
 * - a span that is part of the question's own noun phrase ("중소벤처기업부를 비롯한 정부가" for
 *   "정부가 뭘 …": the span only names who the question already names);
 * - a person asked (누구, 사람, 인물 …) answered by words inside a quotation (the speaker is
 *   never inside the words said);
 * - the asked noun with a generic word before it ("국내 바이오기업" for "개발하는 기업은 어디",
 *   "한 호텔"): the kind asked, not a name of it;
 * - a date or figure ("총 9건" too) for a question that asks no figure, time or number (a name, a
 *   place, a thing), and a word for a question that asks a time or a number;
 * - a time of day or a day word ("저녁", "이날") for a question that asks no time either ("어느 호텔");
 * - a span the sentence ranks otherwise than the question ("수중 드론 1위 기업 X" for "2위 기업");
 * - the owner of an unnamed one of the noun the question names ("부산의 한 호텔" for "호텔 …?"): it
 *   qualifies what is asked, it does not name it;
 * - a bare dependent noun ("등", "것", "수"), a bare noun of degree ("수준" of "세계 최고 수준의
 *   연구진") and a bare title ("대통령" of "윤 대통령은") when no title is asked: they name nothing;
 * - the second of two nouns joined by 와/과/및 ("자유와 독립" → 독립, "구글과 인공지능" → 인공지능) when
 *   the question does not name the first: the span is half of a pair or beside a partner the
 *   question does not ask about;
 * - a person's title ("TIC 총괄 사장") for a place or an organization asked;
 * - a verb phrase ("유니폼을 입": an object particle inside the span) outside a quotation, and a
 *   lowercase Latin word ("earth" of a quoted phrase): neither names anything.
 */
import { stripJosa } from '../../korean/josa.ts';
import type { SpanCandidate } from './candidates.ts';
import { FOCUS_CLASSES, focusClassOf, type FocusClass } from './clause.ts';
import type { SpanQuestion } from './question.ts';
import { TITLES } from '../../facts/titles.ts';

/** Particles after a subject or a topic. */
const SUBJECT_PARTICLE = /^(?:은|는|이|가|께서|에서는|께서는)(?![가-힣])/u;

/** Whether the question word is an object: 무엇을, 뭘, 누구를 (a contracted 뭘 has no particle of its own). */
export function asksObject(question: SpanQuestion): boolean {
  return question.particle === '을' || question.particle === '를' || /(뭘|무얼|누굴|무엇을|누구를)/u.test(question.compact);
}

/**
 * The particle after a span, a parenthesis right after it skipped ("중소벤처기업부(중기부)는" → 는;
 * "KIST(한국과학기술연구원)가" → 가).
 */
export function particleAfter(sentence: string, end: number): string {
  let at = end;
  if (sentence[at] === '(' || sentence[at] === '（') {
    const close = sentence.slice(at).search(/[)）]/u);
    if (close > 0 && close <= 40) at += close + 1;
  }
  return /^[가-힣]*/u.exec(sentence.slice(at))?.[0] ?? '';
}

/** What makes a name one of a group the next noun names: "X를 비롯한 정부", "X 등 부처", "X와 같은 기업". */
const GROUP_OF = /^[)）]?(?:을|를|과|와|이나|나)?\s*(?:비롯한|비롯해|비롯하여|포함한|포함해|포함하여|등|등의|같은|등과)\s+(\S+)/u;

/** Whether the span is a member of the noun phrase the question itself names ("X를 비롯한 정부가" for "정부가 …"). */
export function inQuestionsPhrase(candidate: SpanCandidate, sentence: string, question: SpanQuestion): boolean {
  const match = GROUP_OF.exec(sentence.slice(candidate.end));
  if (!match?.[1]) return false;
  const next = stripJosa(match[1].replace(/[^\p{L}\p{N}]+/gu, ''));
  return next.length >= 2 && question.words.some((word) => stripJosa(word) === next);
}

/** Whether `[start, end)` stands inside a quotation of the sentence (“…”, "…", ‘…’). */
export function insideQuote(sentence: string, start: number, end: number): boolean {
  const pairs: [string, string][] = [['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"]];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const o = sentence.indexOf(open, from);
      if (o < 0 || o >= start) break;
      const c = sentence.indexOf(close, o + 1);
      if (c < 0) break;
      if (c >= end && o < start) return true;
      from = c + 1;
    }
  }
  return false;
}

/** Words that make a noun generic rather than a name ("국내 바이오기업", "한 호텔", "해당 업체"). */
const GENERIC = /^(?:국내|해외|국내외|한|일부|여러|다른|해당|이|그|이번|현지|각|모든|많은|주요|대형|중소|중견|글로벌|세계|외국|지역|관련|신규|기존|어느|어떤)$/u;

/** The asked noun with only generic words before it: the kind asked, not a name of it. */
export function genericOfFocus(candidate: SpanCandidate, question: SpanQuestion): boolean {
  const focus = question.focus;
  if (!focus || focus.length === 0) return false;
  const words = candidate.text.split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (!last.endsWith(focus)) return false;
  if (words.length === 1) return last === focus;
  return words.slice(0, -1).every((word) => GENERIC.test(word));
}

/** A person asked by a noun of the person class ("말한 사람", "인물", "선수"), or 누구. */
export function asksPerson(question: SpanQuestion, focusClass: FocusClass = FOCUS_CLASSES[focusClassOf(question.focus)] ?? 'none'): boolean {
  return question.wh === 'who' || focusClass === 'person';
}

/** Units a bare figure is written in ("28일", "2023년 5월", "3만 명", "55.4%"). */
const FIGURE_TOKEN = /^[\d,.]+(?:년|월|일|시|분|초|명|개|곳|건|원|달러|억|만|천|조|%|배|번|회|세|살|차|주|주년|개월|시간|년대|세기|톤|km|㎞|m|㎡|ha|㏊|억원|만원|조원|천원|만명|천명|억달러|만달러|부|층|편|권|막|쪽|절)?$/u;

/** Words a figure is written after ("총 9건", "약 3억 원", "모두 12곳"): still a figure. */
const FIGURE_QUALIFIER = /^(?:총|약|모두|최대|최소|무려|연간|누적|불과|겨우)$/u;

/** A bare figure: a date, an amount or a count and nothing else ("800 연안호", "20대 총선" are names). */
function isFigure(candidate: SpanCandidate): boolean {
  const tokens = candidate.text.trim().split(/\s+/u);
  while (tokens.length > 1 && FIGURE_QUALIFIER.test(tokens[0] ?? '')) tokens.shift();
  return tokens.length > 0 && tokens.every((token) => FIGURE_TOKEN.test(token));
}

/** What asks a time or a number anywhere in the question. */
const ASKS_FIGURE = /(몇|얼마|언제|며칠|날짜|연도|년도|시기|시점|기간|나이|규모|금액|비율|수는|수가|횟수|순위|점수|인구|가격|해는|해에|해가|때는|년에|월에)/u;
/** An asked noun that names a figure by its ending ("발매일", "지지율", "수행계위", "득점"). */
const FIGURE_FOCUS = /(일|율|률|위|수|액|량|치|값|년|월|번호|가격|비|점|세|살|간|날|도|번째|호)$/u;

/** How a time is written without a digit ("조선 후기", "산란 시", "1990년대"). */
const TIME_WORD = /(\d|년대|시대|세기|초|말|중반|후반|전반|초기|중기|후기|말기|직후|직전|이후|이전|당시|무렵|시|때|동안|왕조|정권|시절|전쟁)$/u;
const NUMBER_WORD = /(\d|[한두세네다섯여섯일곱여덟아홉열스물서른마흔쉰백천만억]\s*(개|명|곳|번|차례|가지|살|배|위|년|달|주|시간)|절반|전부|모두)/u;

/** A money question: an amount asked by its noun ("피해액", "예산", "사업비") and 얼마. */
const ASKS_MONEY = /(액|금|비|비용|예산|가격|매출|자금|기금)(?:은|는|이|가|을|를)?얼마/u;
const MONEY_UNIT = /(원|달러|유로|엔|위안|파운드)/u;

/** A facility or room: where something happened, never who ("도청 신관 소회의실"). */
const PLACE_END = /(실|청사|회관|센터|호텔|공원|광장|건물|공항|학교|병원|회의장|강당|본관|신관|별관|경기장|체육관|사무소)$/u;

/** Whether a person asked is answered by a span that is no person: a room, three words with no name, or beside a person the sentence names. */
function notAPerson(candidate: SpanCandidate, sentence: string, question: SpanQuestion, facts: readonly { type: string; start: number; end: number }[]): boolean {
  if (candidate.facts.some((fact) => fact.type === 'person')) return false;
  if (/[A-Z][a-z]+/u.test(candidate.text)) return false;
  if (PLACE_END.test(candidate.text)) return true;
  if (candidate.text.split(/\s+/u).length >= 3) return true;
  // The object of the sentence's verb, when the question asks who did it (not whom): "유니폼을 입는".
  if (/^(을|를)$/u.test(particleAfter(sentence, candidate.end)) && !asksObject(question)) return true;
  // The sentence names a person elsewhere: that one, not this span, would answer.
  return facts.some((fact) => fact.type === 'person' && (fact.end <= candidate.start || fact.start >= candidate.end));
}

/** The counted noun a "… 경기 수는?" question asks the number of ("경기"). */
function countedNoun(question: SpanQuestion): string | null {
  if (question.focus !== '수') return null;
  const at = question.words.findIndex((word) => /^수(?:는|가|를|은)?$/u.test(word));
  const noun = at > 0 ? question.words[at - 1] : undefined;
  return noun && /^[가-힣]{1,4}$/u.test(noun) ? noun : null;
}

/** A fragment of a short quoted name ("리포트" of '임상종양학 리포트(…)'): a name is given whole. */
function partOfQuotedName(candidate: SpanCandidate, sentence: string): boolean {
  for (const [open, close] of [['‘', '’'], ["'", "'"], ['“', '”'], ['"', '"'], ['《', '》'], ['「', '」']] as const) {
    const o = sentence.lastIndexOf(open, candidate.start - 1);
    if (o < 0) continue;
    const c = sentence.indexOf(close, o + 1);
    if (c < candidate.end) continue;
    const inner = sentence.slice(o + 1, c).replace(/\([^)]*\)/gu, '').trim();
    if (inner.length <= 25 && inner !== candidate.text.trim() && inner.includes(candidate.text.trim()) && !inner.startsWith(candidate.text.trim())) return true;
  }
  return false;
}

/** Times of day and day words: when something happened, never what, where or who. */
const TIME_OF_DAY = /^(?:아침|점심|저녁|밤|낮|새벽|오전|오후|이날|당일|전날|다음날|이튿날|주말|평일|오늘|어제|내일|당시)$/u;

/** An ordinal qualifier: a rank, a number in a series, a round ("2위", "3호", "두 번째", "1차"). */
const ORDINAL = /(\d+)\s*(위|등|호|번째|차|기|회|대)(?![가-힣])/gu;

/**
 * The sentence qualifies the span with another ordinal of the same counter than the question asks
 * ("수중 드론 1위 기업 딥마린로보틱스" for "2위 기업 어디"): the span is that one, not the one asked.
 * Only the words just before the span (its noun phrase) are read.
 */
export function otherOrdinal(candidate: SpanCandidate, sentence: string, question: SpanQuestion): boolean {
  const asked = [...question.words.join(' ').matchAll(ORDINAL)];
  if (asked.length === 0) return false;
  const before = sentence.slice(Math.max(0, candidate.start - 20), candidate.start);
  const clause = before.split(/[,，;·]|\s(?:및|또는)\s/u).at(-1) ?? before;
  const near = [...clause.matchAll(ORDINAL)];
  return asked.some((a) => near.some((n) => n[2] === a[2] && n[1] !== a[1]) && !near.some((n) => n[2] === a[2] && n[1] === a[1]));
}

/** "부산의 한 호텔" for a question naming 호텔 without an owner: the span owns an unnamed one of what is asked. */
export function ownerOfAsked(candidate: SpanCandidate, sentence: string, question: SpanQuestion): boolean {
  if (!sentence.startsWith('의 ', candidate.end)) return false;
  const following = sentence.slice(candidate.end + 2, candidate.end + 16).split(' ').slice(0, 2);
  const owned = question.words.filter((word) => word.length >= 2 && /^[가-힣]+$/u.test(word) && !question.compact.includes(`의${word}`));
  // Only "X의 한 Y" (a determiner between): "X의 Y" is as often the name the question asks ("Metallica의 그룹").
  const [determiner = '', noun = ''] = following;
  return GENERIC.test(determiner) && owned.some((word) => noun.startsWith(word));
}

/** Nouns that only stand after another word ("등", "것", "수"): alone they name nothing. */
const DEPENDENT_NOUN = /^(?:등|것|수|때|중|및|외|측|뒤|후|전|간|내|데|바|뿐|따위|점)$/u;

/**
 * The span is the second of two nouns joined by 와/과/및 ("자유와 독립", "구글과 인공지능") and the
 * question does not name the first: it is half of a pair, or the pair's other half is what is asked.
 */
export function secondOfPair(candidate: SpanCandidate, sentence: string, question: SpanQuestion): boolean {
  const match = /([가-힣A-Za-z0-9]+)(?:와|과|\s및)\s$/u.exec(sentence.slice(Math.max(0, candidate.start - 20), candidate.start));
  const first = match?.[1];
  if (!first || first.length < 2) return false;
  return !question.compact.includes(first);
}

/** Nouns of degree ("세계 최고 수준의 연구진"): they say how much of the next noun, never what is meant. */
const DEGREE_NOUN = /^(?:수준|정도|차원|가량|안팎|내외)$/u;

/** What asks for a title itself ("직함", "직책", "exact title" read as 직함). */
const ASKS_TITLE = /(직함|직책|직위|직급|호칭|지위|자리|역할|신분|title)/iu;

/** A bare title ("대통령" of "윤 대통령은"): it names nobody and nothing, unless the title is asked. */
function bareTitle(candidate: SpanCandidate, question: SpanQuestion): boolean {
  const text = candidate.text.trim();
  return TITLES.has(text) && !ASKS_TITLE.test(question.compact) && !ASKS_TITLE.test(question.focus ?? '');
}

/** A person's title as the span's last word ("TIC 총괄 사장"): a person, never a place or an organization. */
function endsInTitle(candidate: SpanCandidate): boolean {
  return TITLES.has(candidate.text.trim().split(/\s+/u).at(-1) ?? '');
}

/** Whether the refit scorer's span may be shown for the question (see the module comment). */
export function refitRefuses(candidate: SpanCandidate, sentence: string, question: SpanQuestion, facts: readonly { type: string; start: number; end: number }[] = []): boolean {
  if (DEPENDENT_NOUN.test(candidate.text.trim())) return true;
  if (DEGREE_NOUN.test(candidate.text.trim()) && !question.compact.includes(candidate.text.trim())) return true;
  if (bareTitle(candidate, question)) return true;
  if (secondOfPair(candidate, sentence, question)) return true;
  if (!candidate.quoted && /[가-힣](?:을|를)\s+\S+$/u.test(candidate.text.trim())) return true;
  if (/^[a-z]+(?:[\s-][a-z]+)*$/u.test(candidate.text.trim())) return true;
  if ((question.intent === 'money' || ASKS_MONEY.test(question.compact)) && !MONEY_UNIT.test(candidate.text)) return true;
  const counted = countedNoun(question);
  if (counted && /\d\s*[가-힣]/u.test(candidate.text) && !candidate.text.includes(counted) && !/\d\s*(개|명|건|곳|회|번|차례|가지)/u.test(candidate.text)) return true;
  if (partOfQuotedName(candidate, sentence)) return true;
  if (asksObject(question) && SUBJECT_PARTICLE.test(particleAfter(sentence, candidate.end))) return true;
  if (inQuestionsPhrase(candidate, sentence, question)) return true;
  const focusClass = FOCUS_CLASSES[focusClassOf(question.focus)] ?? 'none';
  if (asksPerson(question, focusClass) && (insideQuote(sentence, candidate.start, candidate.end) || notAPerson(candidate, sentence, question, facts))) return true;
  if (genericOfFocus(candidate, question)) return true;
  if ((question.wh === 'where' || focusClass === 'place' || focusClass === 'org') && endsInTitle(candidate)) return true;
  if (otherOrdinal(candidate, sentence, question)) return true;
  if (ownerOfAsked(candidate, sentence, question)) return true;
  const figure = isFigure(candidate);
  const asksFigure =
    ['when', 'howmany', 'howmuch'].includes(question.wh) || focusClass === 'time' || focusClass === 'number' || ASKS_FIGURE.test(question.compact) || FIGURE_FOCUS.test(question.focus ?? '');
  if ((figure || TIME_OF_DAY.test(candidate.text.trim())) && !asksFigure) return true;
  if (question.wh === 'when' && !/\d/u.test(candidate.text) && !TIME_WORD.test(candidate.text)) return true;
  // Only when the question says 몇 or 얼마 (a cue word such as 규모 or 총 may read as howmuch).
  if ((question.wh === 'howmany' || question.wh === 'howmuch') && /(몇|얼마)/u.test(question.compact) && !/\d/u.test(candidate.text) && !NUMBER_WORD.test(candidate.text)) return true;
  return false;
}
