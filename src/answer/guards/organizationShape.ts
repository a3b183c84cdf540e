/**
 * "피해 주택을 사들이는 기관은 어디인가?" is not answered by "58명", "재단", nor "윤가람 사무국장": a
 * question that asks an organization by its class noun (기관, 회사, 업체, 단체 …) wants a name, and a
 * figure, a bare class noun or a person with a title is none. Such a span is refused (the closest
 * sentence is then listed as related): a guess read out as a name is worse than no answer.
 */
import { readTitle } from '../../facts/titles.ts';

/** Class nouns of organizations, as a question ends them ("소비자단체", "연구기관", "광업회사"). */
const ORGANIZATION_NOUN = '(?:회사|기업|업체|증권사|운용사|제약사|건설사|투자사|기관|단체|은행|부처|협회|재단|공사|공기업|조합|언론사|방송사|구단|대학|병원)';

/** "… 기관은 어디", "… 회사 이름", "어느 증권사": the question asks which one by name. */
const ASKS_ORGANIZATION = new RegExp(`${ORGANIZATION_NOUN}\\s*(?:은|는|이|가)?\\s*(?:어디|이름)|어느\\s*\\S*${ORGANIZATION_NOUN}`, 'u');

/** A class noun alone, or a word that only points back ("회사", "재단", "당국"): no name. */
const BARE_NOUN = new RegExp(`^(?:${ORGANIZATION_NOUN}|정부|당국|측|쪽|곳)$`, 'u');

/** Whether a question asks for an organization's name. */
export function asksOrganizationName(question: string): boolean {
  return ASKS_ORGANIZATION.test(question);
}

/** Whether a span cannot be the organization's name the question asks for. */
export function notOrganizationName(question: string, shown: string, isPersonName: (word: string) => boolean): boolean {
  if (!asksOrganizationName(question)) return false;
  const answer = shown.replace(/\([^)]*\)/gu, ' ').trim();
  if (answer.length === 0) return false;
  // A figure or a date ("58명", "28일") names nothing.
  if (/^\d/u.test(answer)) return true;
  // A single syllable ("시") is no name either: it points back to one named elsewhere.
  if (BARE_NOUN.test(answer) || /^[가-힣]$/u.test(answer)) return true;
  // A person with a title ("윤가람 사무국장", "김하늘 산업부 장관"): who, not which organization.
  // "한빛소비자연대 윤가람 사무국장" opens with the organization, which answers.
  const words = answer.split(/\s+/u);
  if (words.length > 2 && !isPersonName(words[0] ?? '')) return false;
  return words.some((word) => {
    const title = readTitle(word);
    return title !== null && title.organization === null && title.length === word.length;
  });
}
