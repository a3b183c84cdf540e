/**
 * "피해 주택을 사들이는 기관은 어디인가?" is not answered by "58명", "재단", nor "윤가람 사무국장": a
 * question that asks an organization by its class noun (기관, 회사, 업체, 단체 …) wants a name, and a
 * figure, a bare class noun or a person with a title is none. Such a span is refused (the closest
 * sentence is then listed as related): a guess read out as a name is worse than no answer.
 */
import { readTitle } from '../../facts/titles.ts';
import { asksOrganization, ORGANIZATION_NOUN } from './nameAsked.ts';

/** A class noun alone, or a word that only points back ("회사", "재단", "당국"): no name. */
const BARE_NOUN = new RegExp(`^(?:${ORGANIZATION_NOUN}|정부|당국|측|쪽|곳)$`, 'u');

/** Whether a span cannot be the organization's name the question asks for. */
export function notOrganizationName(question: string, shown: string, isPersonName: (word: string) => boolean): boolean {
  if (!asksOrganization(question)) return false;
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
