/**
 * Organizations a text names (기관·기업명), by general rules: words ending in what Korean names of
 * ministries, agencies, companies and institutions end in (…부, …청, …진흥원, …제약, …병원), and
 * Latin acronyms (KAIST, MGH). Ordered by how often they occur, ties by first mention.
 */
import { stripJosa } from '../korean/josa.ts';

/** Endings of organization names; short ones need a longer word ("중기부" yes, "일부" no). */
const LONG_SUFFIXES = /(위원회|연합회|총연합회|진흥원|연구원|연구소|협회|재단|공단|공사|센터|병원|대학교|제약|바이오|헬스케어|솔루션즈|그룹|은행|증권|전자|파마|텍)$/u;
const SHORT_SUFFIXES = /(부|청|처|원)$/u;
/** Words that end like an organization but are not one. */
const NOT_ORGANIZATIONS = new Set(['MOU', 'CEO', 'CFO', 'CTO', 'VC', 'IR', 'AI', 'IT', 'IoT', 'R&D', 'C&D', 'TIC', 'GDP', 'ESG', 'PC', 'TV', 'USA', '종합병원', '제약바이오', '디지털헬스케어', '정부', '일부', '내부', '외부', '전부', '본부', '세부', '간부', '대부', '관계부', '병원', '센터', '회원', '연구원', '직원', '인원', '지원', '차원', '자원', '연구소', '기업', '재단']);

/** At most this many organizations are listed. */
export const MAX_ORGANIZATIONS = 15;

export function findOrganizations(texts: readonly string[]): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  let position = 0;
  for (const text of texts) {
    for (const raw of text.split(/[\s,·‘’“”'"()[\]<>]+/u)) {
      position++;
      const word = stripJosa(raw.replace(/[.!?]+$/u, ''));
      if (!isOrganization(word)) continue;
      const entry = counts.get(word);
      if (entry) entry.count++;
      else counts.set(word, { count: 1, first: position });
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, MAX_ORGANIZATIONS)
    .map(([name]) => name);
}

export function isOrganization(word: string): boolean {
  if (NOT_ORGANIZATIONS.has(word)) return false;
  if (/^[A-Z][A-Z&]{2,7}$/u.test(word)) return true;
  if (!/^[가-힣A-Za-z&]+$/u.test(word)) return false;
  // At least two characters before the ending: "헬스케어" alone is a field, "카카오헬스케어" a company.
  const long = LONG_SUFFIXES.exec(word);
  if (long) return word.length >= long[0].length + 2;
  return SHORT_SUFFIXES.test(word) && word.length >= 4 && /[가-힣]{4,}/u.test(word);
}
