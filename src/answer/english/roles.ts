/**
 * The role a person asked by role must hold ("Who was the independent candidate …" → 후보): said in the
 * answer shown, or right around the name in the cited sentence ("무소속 염태수(47) 후보는 …"), as
 * Korean news writes a title after the name, an age or a gloss in brackets between.
 */

import { withoutSpaces } from '../../korean/normalize.ts';

/** How far past the name (its brackets included) a title may stand: "염태수(47) 후보", "한재욱 충북정치연구소(…) 소장". */
const AFTER = 40;
/** How far before the name: "소화기내과 윤재성 교수" has it after, "위원장 조민혁" before. */
const BEFORE = 8;

const squashed = (text: string): string => withoutSpaces(text, { lower: true });

/**
 * @name holdsRoles
 * @description
 * 직함으로 물은 사람이 그 직함을 갖는지: 보인 답에, 아니면 인용 문장에서 이름 바로 뒤(괄호 건너)나 앞에.
 * @example
 * holdsRoles('염태수', '무소속 염태수(47) 후보는 2,851표를 얻었다.', [['후보']]) // true
 * holdsRoles('이영', '이영 장관은 …', [['원장']]) // false
 */
export function holdsRoles(shown: string, sentence: string, roles: readonly (readonly string[])[]): boolean {
  const answer = squashed(shown);
  const text = squashed(sentence);
  const at = answer.length > 0 ? text.indexOf(answer) : -1;
  // The name's own clause: up to the next sentence-internal break after it (a comma ends another's title).
  const after = at >= 0 ? (text.slice(at + answer.length, at + answer.length + AFTER).replace(/\([^()]*\)/gu, '').split(/[,，·‧]|(?<=[은는이가])(?=[^\s])/u)[0] ?? '') : '';
  const before = at >= 0 ? text.slice(Math.max(0, at - BEFORE), at) : '';
  return roles.every((spellings) =>
    spellings.some((spelling) => {
      const role = squashed(spelling);
      return answer.includes(role) || after.includes(role) || before.endsWith(role);
    }),
  );
}

/** Words Korean news writes after a person's name as their title or standing (후보, 교수, 단장, 씨 …). */
const TITLE_AFTER_NAME = /^(?:\([^()]{1,40}\))?\s*(?:[가-힣A-Za-z]{0,14}?)(?:장|장관|차관|대표|사장|회장|부회장|이사|위원|위원장|교수|대통령|의원|총리|실장|국장|청장|총괄|책임자|후보|당선인|씨|감독|선수|단장|소장|원장|강사|연구원|과장|부장|팀장|센터장|지사|부지사|시장|군수|구청장|판사|부장판사|검사|변호사|기자|평론가|연구위원|대변인|이사장|총장|학장|전무|상무|본부장|사무총장|관계자|박사)(?:은|는|이|가|의|도|과|와|을|를|에게|\s|,|$)/u;

/**
 * @name namedWithTitle
 * @description
 * 답한 이름이 인용 문장에서 사람으로 쓰였는지: 한글 2~4자 이름 뒤에 (나이·괄호 건너) 직함이 온다.
 * 사람 사실로 읽히지 않은 이름("무소속 염태수(47) 후보는")도 사람 답이 된다.
 * @example
 * namedWithTitle('염태수', '무소속 염태수(47) 후보는 2,851표를 얻었다.') // true
 * namedWithTitle('보스턴', '보스턴 바이오 클러스터는 …') // false
 */
export function namedWithTitle(shown: string, sentence: string): boolean {
  const name = shown.trim();
  if (!/^[가-힣]{2,4}$/u.test(name)) return false;
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (/[가-힣]/u.test(sentence[at - 1] ?? '')) continue;
    if (TITLE_AFTER_NAME.test(sentence.slice(at + name.length).replace(/^\s+/u, ''))) return true;
  }
  return false;
}
