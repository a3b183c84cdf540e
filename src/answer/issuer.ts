/**
 * 보도자료의 발행 기관 (a press release's issuer): an article no outlet ran — a ministry's or
 * agency's press release posted as is — names its issuer the way press releases open, and that
 * issuer is its source ("중소벤처기업부 보도자료"), never "unknown outlet".
 *
 * Read by general rules only, for an article with neither outlet nor author:
 * - a lead sentence opens with the self-introduction of Korean press releases,
 *   "기관(장관 홍길동, 이하 약칭)은 …" — the organization, its head's title and name in brackets;
 * - or the headline opens with an organization and a comma ("중소벤처기업부, 미국 순방 통해 …")
 *   and a lead sentence has that organization as its subject.
 */
import type { Article } from '../corpus/types.ts';
import { isOrganization } from './organizations.ts';

/** Lead sentences searched for the issuer. */
const LEAD_SENTENCES = 3;

/** Heads' titles in a press release's self-introduction. */
const HEAD_TITLE = '(?:장관|차관|청장|처장|원장|위원장|대표|대표이사|회장|이사장|총장|시장|도지사|지사|군수|구청장|본부장|사장|총재|실장|단장|센터장|교육감)';
/** "중소벤처기업부(장관 이영, 이하 중기부)는", "○○시(시장 홍길동)는". */
const SELF_INTRODUCTION = new RegExp(`^([가-힣A-Za-z·&]{2,30})\\(\\s*${HEAD_TITLE}\\s*[가-힣]{2,4}\\s*(?:,\\s*이하\\s*[^)]{1,20})?\\)\\s*(?:은|는|이|가)\\s`, 'u');
/** "중소벤처기업부, …" opening a headline. */
const HEADLINE_ISSUER = /^([가-힣A-Za-z·&]{2,30}),\s/u;

/**
 * An organization's name; at the head of a press release also a short one ("특허청", "서울시"), which
 * `isOrganization` alone leaves out of running text ("일부", "본부").
 */
function isIssuerName(word: string): boolean {
  return isOrganization(word) || /^[가-힣]{2,}(청|처|부|원|실|시|도|군|구)$/u.test(word);
}

const issuers = new WeakMap<Article, string | null>();

/** The issuer of a press release, or null for an article an outlet ran or one that names none. */
export function pressReleaseIssuer(article: Article): string | null {
  if (article.outlet !== null || article.author !== null) return null;
  const known = issuers.get(article);
  if (known !== undefined) return known;
  const found = readIssuer(article);
  issuers.set(article, found);
  return found;
}

function readIssuer(article: Article): string | null {
  const lead = article.sentences.slice(0, LEAD_SENTENCES).map((sentence) => sentence.text.trim());
  for (const sentence of lead) {
    const name = SELF_INTRODUCTION.exec(sentence)?.[1];
    if (name && isIssuerName(name)) return name;
  }
  const headline = HEADLINE_ISSUER.exec(article.title.trim())?.[1];
  if (headline && isIssuerName(headline) && lead.some((sentence) => new RegExp(`^${headline}(?:\\([^)]*\\))?\\s*(?:은|는|이|가)\\s`, 'u').test(sentence))) {
    return headline;
  }
  return null;
}
