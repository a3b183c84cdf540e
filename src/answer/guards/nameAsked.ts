/**
 * 이름을 물었는데 이름이 아닌 답 (a name asked, something else shown): "주관한 기관은 어디인가?" is not
 * answered by "58명" (a figure), "윤가람 사무국장" (a person by their post), "재단" (a word that only
 * points back at a name said elsewhere) or "내년 소비자물" (a span that cuts a word in two). Each is
 * plainly wrong read out in a briefing; the sentence is offered as related instead.
 */
import { stripJosa } from '../../korean/josa.ts';
import { readTitle } from '../../facts/titles.ts';
import { withoutSpaces } from '../../korean/normalize.ts';

/**
 * Class nouns of organizations (기관 명사) a question asks by, as it ends them ("기관은 어디", "어느
 * 구단", "무슨 단체", "소비자단체", "광업회사", "어느 자산운용사"). One list for every guard that asks
 * whether an organization is wanted by name.
 */
export const ORGANIZATION_NOUN =
  '(?:회사|기업|업체|증권사|운용사|제약사|건설사|투자사|기관|단체|구단|학회|은행|재단|협회|연구소|정당|부처|대학|병원|언론사|방송사|매체|법원|재판부|위원회|공사|공기업|공단|조합)';

/**
 * "… 기관은 어디인가", "증권사 어디야", "회사 이름", "어느 구단", "무슨 단체", "어떤 기관이", "어느
 * 자산운용사": an organization asked by name.
 */
const ASKS_ORGANIZATION = new RegExp(
  `${ORGANIZATION_NOUN}\\s*(?:은|는|이|가)?\\s*(?:어디|어느\\s?곳|이름)|(?:무슨|어떤)\\s?${ORGANIZATION_NOUN}|어느\\s*\\S*${ORGANIZATION_NOUN}`,
  'u',
);

/** A question asking where (어디, 어느 곳, 장소, 지역): a place or an organization by name. */
const ASKS_WHERE = /어디|어느\s?(?:곳|나라|국가|도시|지역|주)|장소|지역은|위치/u;

/**
 * Nouns that only point back at a name the article said before ("재단은 …", "회사는 …", "시는 …"):
 * shown alone they name nothing.
 */
const REFERRING = new Set([
  '회사', '재단', '기관', '업체', '기업', '구단', '단체', '당국', '정부', '협회', '학회', '법원', '재판부', '측', '시', '군', '구', '도', '팀', '당', '곳', '현지', '양사', '양측', '해당', '이곳', '그곳',
]);

/** What may follow a name inside its word without the span cutting it: a post fused to it, 측, 씨. */
const NAME_SUFFIX = /^(?:장|측|쪽|씨|님|내|외|산|제|형|급|용|별|간|사)?$/u;

/** One-syllable names of countries that open an organization's name ("미 국립보건원"). */
const COUNTRY_SYLLABLE = /^[미중일영독불러북남호인]$/u;

/** Whether a question asks for an organization's name (`ASKS_ORGANIZATION`). */
export function asksOrganization(question: string): boolean {
  return ASKS_ORGANIZATION.test(question);
}

/**
 * What the names of a kind end with: "무슨 과" is answered by "인구정책과", "어느 학회" by
 * "국제호흡기백신학회", "증권사 어디" by "한울투자증권" — not by "가람군", "바르셀로나" or "수익성".
 * Kinds whose names end any way (회사, 기업, 단체, 구단) are not listed.
 */
const KIND_ENDINGS: readonly [RegExp, RegExp][] = [
  [/(?:무슨|어느|어떤)\s?과(?=\s|$|[은는이가를의에])|과\s*(?:은|는|이|가)?\s*어디/u, /과$/u],
  [/(?:무슨|어느|어떤)\s?팀|팀\s*(?:은|는|이|가)?\s*어디/u, /팀$/u],
  [/(?:무슨|어느|어떤)\s?(?:정)?당|정당\s*(?:은|는|이|가)?\s*어디/u, /당$/u],
  [/학회/u, /학회$/u],
  [/협회\s*(?:은|는|이|가)?\s*어디|(?:무슨|어느|어떤)\s?협회/u, /협회$/u],
  [/증권사/u, /증권$|증권사$/u],
  [/(?:무슨|어느|어떤)\s?병원|병원\s*(?:은|는|이|가)?\s*어디/u, /병원$|의료원$|센터$/u],
  [/(?:무슨|어느|어떤)\s?은행|은행\s*(?:은|는|이|가)?\s*어디/u, /은행$/u],
  [/연구\s?기관/u, /연구원$|연구소$|기관$|센터$|대학?$|대학교$|원$/u],
];

/** "한올로 시작하는 데", "JW 붙은 회사": the part of the name the question gives. */
const GIVEN_PART = /([\p{L}\p{N}]+?)(?:으로|로)\s?시작하는|([\p{L}\p{N}]+)\s?(?:붙은|붙는)\s?(?:회사|기업|데|곳|업체|기관|단체|이름|사람)/u;

/** Why a span shown for a name (an organization, a place) is no name, or null when it may be one. */
export function notAName(question: string, shown: string, sentence: string, start: number | null, end: number | null): string | null {
  const text = shown.trim();
  if (text.length === 0) return null;
  // "한올로 시작하는 데 풀네임 뭐야?" is not answered by a name that does not hold 한올.
  const given = GIVEN_PART.exec(question);
  const part = given?.[1] ?? given?.[2];
  if (part && !withoutSpaces(text, { lower: true }).includes(part.toLowerCase())) return 'lacks-given-part';
  // "무슨 과 소속" → "가람군": a kind whose names end the same way.
  const kind = KIND_ENDINGS.find(([asks]) => asks.test(question));
  const bare = text.replace(/\([^)]*\)$/u, '');
  if (kind && !kind[1].test(bare) && !kind[1].test(stripJosa(bare, { minStem: 1 }))) return 'not-of-kind';
  const organization = asksOrganization(question);
  if (!organization && !ASKS_WHERE.test(question)) return null;
  // "58명", "2027년 하반기": a figure or a date is no name.
  if (/^\d/u.test(text)) return 'figure-for-name';
  const words = text.split(/\s+/u);
  const last = (words[words.length - 1] ?? '').replace(/\([^)]*\)$/u, '');
  // "윤가람 사무국장", "이영 중소벤처기업부 장관(오른쪽)": a person by their post, not the organization.
  if (organization && readTitle(last) !== null && readTitle(last)?.organization === null && words.length >= 2) return 'person-for-organization';
  // "말 서울" out of "8월 말 서울에서", "한 호텔": a name never opens with a lone syllable, unless it
  // is a country's (미 국립보건원, 중 상무부).
  if (words.length >= 2 && /^[가-힣]$/u.test(words[0] ?? '') && !COUNTRY_SYLLABLE.test(words[0] ?? '')) return 'opens-with-syllable';
  // "재단", "회사": a word pointing back at a name the sentence does not give.
  if (words.length === 1 && REFERRING.has(stripJosa(last, { minStem: 1 }))) return 'referring-noun';
  // "내년 소비자물" out of "소비자물가를": the span ends inside a word.
  if (start !== null && end !== null && /[가-힣]$/u.test(sentence.slice(start, end))) {
    const rest = /^[^\s,.·'"‘’“”()\[\]<>《》「」]*/u.exec(sentence.slice(end))?.[0] ?? '';
    if (rest.length > 0 && /^[가-힣]/u.test(rest)) {
      const wordEnd = stripJosa(`${last}${rest}`, { minStem: 1 });
      const cut = wordEnd.slice(last.length);
      if (wordEnd.startsWith(last) && !NAME_SUFFIX.test(cut)) return 'cut-word';
      // "소비자물가" read as 소비자물 + 가: the question's own word shows where the word ends.
      if (!NAME_SUFFIX.test(rest) && withoutSpaces(question).includes(`${last}${rest}`)) return 'cut-word';
    }
  }
  return null;
}
