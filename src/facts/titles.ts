/**
 * 직함: the closed list of title words that mark a person ("장관", "회장", "대표", "CEO", …), general
 * vocabulary of Korean news, plus how a title fused to its organization splits
 * ("한국보건산업진흥원장" → 한국보건산업진흥원 + 원장).
 */

import { stripJosa, type StripJosaOptions } from '../korean/josa.ts';

/** Title words. Deliberately absent: 시장 (market), 검사 (inspection), 의사 (intention), 지사 (branch). */
export const TITLES: ReadonlySet<string> = new Set([
  '대통령', '부통령', '국무총리', '총리', '부총리', '장관', '차관', '차관보', '청장', '차장', '처장',
  '실장', '국장', '과장', '팀장', '본부장', '원장', '부원장', '소장', '관장', '단장', '부단장', '회장',
  '부회장', '명예회장', '사장', '부사장', '대표', '대표이사', '공동대표', '이사', '이사장', '전무', '상무',
  '의장', '부의장', '의원', '위원장', '부위원장', '위원', '총장', '부총장', '학장', '교수', '부교수',
  '조교수', '연구원', '연구위원', '선임연구위원', '책임연구원', '박사', '기자', '특파원', '논설위원',
  '앵커', '대변인', '비서관', '수석', '비서실장', '도지사', '군수', '구청장', '대사', '총영사', '감독',
  '총재', '부총재', '행장', '은행장', '판사', '부장판사', '대법관', '부장검사', '검사장', '수석연구위원', '변호사', '회계사', '센터장', '사무총장', '사무국장',
  '국왕', '주석', '총통', '부장', '주필', '편집국장', 'CEO', 'CFO', 'CTO', 'COO', '파트너', '창업자',
  '설립자', '원내대표', '최고위원', '고문', '씨', '여사', '작가', '교사', '디렉터', '매니저', '책임자',
  '총괄', '지검장', '검찰총장', '경찰청장', '대법원장', '의원장', '공동창업자', '위원회장',
  '최고경영자', '최고재무책임자', '최고기술책임자', '최고운영책임자', '최고투자책임자', '최고전략책임자',
  '최고마케팅책임자', '최고정보책임자', '최고인사책임자', '최고책임자', '대표이사장', '사무처장', '운영위원장',
  // Deputies of local government and education offices ("정해윤 여수시 부시장", "오승민 전라남도 행정부지사").
  '부시장', '부군수', '부구청장', '부지사', '행정부지사', '정무부지사', '경제부지사', '교육감', '부교육감',
]);

/** Words that may stand before a title and belong to it: "총괄 사장", "전 장관", "공동 대표". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  '총괄', '수석', '공동', '상임', '명예', '전', '현', '신임', '초대', '전임', '前', '現', '부', '대표', '당시',
]);

/**
 * Titles that fuse to their organization's name, with what the organization's name ends with:
 * "진흥원장" → "진흥원", "환경노동위원장" → "환경노동위원회", "보건의료정책실장" → "보건의료정책실".
 */
export const FUSED_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['도지사', '도'],
  ['시장', '시'],
  ['군수', '군'],
  ['위원장', '위원회'],
  ['본부장', '본부'],
  ['센터장', '센터'],
  ['이사장', ''],
  ['원장', '원'],
  ['청장', '청'],
  ['처장', '처'],
  ['실장', '실'],
  ['국장', '국'],
  ['과장', '과'],
  ['팀장', '팀'],
  ['소장', '소'],
  ['관장', '관'],
  ['단장', '단'],
  ['총장', ''],
  ['회장', '회'],
  ['사장', ''],
  ['대표', ''],
  ['기자', ''],
  ['특파원', ''],
];

/**
 * How josa (조사), copulas and 님 come off a title or a name in the same word: "장관은", "회장이었던",
 * "대표의", "장관님" → 장관. A one-syllable stem is kept: titles may be short ("장은" → 장).
 */
export const TITLE_JOSA: StripJosaOptions = { sets: ['case', 'topic', 'copula', 'plural', 'honorific'], minStem: 1 };

/** The word and, when josa is attached, the word without it. */
function basesOf(word: string): string[] {
  const stripped = stripJosa(word, TITLE_JOSA);
  return stripped === word ? [word] : [word, stripped];
}

const FUSED: ReadonlyMap<string, string> = new Map(FUSED_TITLES);

/** Words that make "…시장" a market, not a mayor: "주식시장", "전통시장", "부동산시장". */
const MARKETS: ReadonlySet<string> = new Set(
  '주식 증권 전통 재래 부동산 금융 노동 외환 채권 국내 해외 세계 글로벌 중고 자본 신흥 수도권 내수 소비 유통 농수산 수산 농산물 공영 도매 소매 현물 선물 코인 가상 암호 반도체 자동차 분양 전세 매매 임대 주택 청약 수출 신규 거대 미국 중국 일본 유럽'.split(' '),
);

/**
 * Titles read only after a surname ("오 시장", "김 지사"): alone they are common words (시장 =
 * market, 지사 = branch office), so they never start a full mention.
 */
export const SHORT_ONLY_TITLES: ReadonlySet<string> = new Set(['시장', '지사']);

export type TitleReading = {
  /** The title word: "장관", "원장". */
  title: string;
  /** The organization fused before it ("한국보건산업진흥원"), or null. */
  organization: string | null;
  /** Length of the title word as written in the token (organization and title, no josa). */
  length: number;
};

/**
 * Reads a word as a title, with or without josa, fused or not.
 * @example
 * readTitle('장관은') // { title: '장관', organization: null, length: 2 }
 * readTitle('한국보건산업진흥원장') // { title: '원장', organization: '한국보건산업진흥원', length: 10 }
 * readTitle('행사장') // null
 */
export function readTitle(word: string): TitleReading | null {
  const bases = basesOf(word);
  for (const base of bases) {
    if (TITLES.has(base)) return { title: base, organization: null, length: base.length };
  }
  for (const base of bases) {
    for (let size = 3; size >= 2; size--) {
      const title = base.slice(-size);
      const orgEnd = FUSED.get(title);
      if (orgEnd === undefined) continue;
      const prefix = base.slice(0, -title.length);
      if (prefix.length < 2 || !/^[가-힣A-Za-z0-9]+$/.test(prefix)) continue;
      // 시장 is a market far more often than a mayor: only a short place name fuses ("서울시장").
      if (title === '시장' && (prefix.length > 4 || MARKETS.has(prefix))) continue;
      return { title, organization: prefix + orgEnd, length: base.length };
    }
  }
  return null;
}

/** Any title word anywhere in a text: sentences without one name no one and are skipped quickly. */
export const TITLE_HINT = new RegExp(
  [...new Set([...TITLES, ...FUSED_TITLES.map(([title]) => title), ...SHORT_ONLY_TITLES])].sort((a, b) => b.length - a.length).join('|'),
);
