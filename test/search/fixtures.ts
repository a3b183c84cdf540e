import { buildArticle } from '../../src/corpus/index.ts';
import type { Article } from '../../src/corpus/types.ts';

/** A tiny inline article: paragraphs split into sentences at ". " (enough for tests). */
export function article(id: string, title: string, paragraphs: string[]): Article {
  const body = paragraphs.map((paragraph) => paragraph.split(/(?<=[.?!])\s+/));
  return buildArticle({ id, title, outlet: null, author: null, date: null, url: null }, body);
}

/** Written in several styles: press release, wire report, blog. */
export const corpus: Article[] = [
  article('press', '중소벤처기업부, 미국 순방 성과', [
    '중소벤처기업부(장관 이영, 이하 중기부)는 한미 동맹 70주년을 맞아 미국 순방을 추진했다.',
    '중기부는 4만㎡ 부지에 약 2,700억 원을 투자해 ‘K-바이오 랩허브’를 인천 송도에 2025년까지 완공할 계획이다. 입주 기업 모집은 내년에 시작된다.',
    '중기부는 유엘 솔루션즈(UL Solutions)와 스타트업 실증사업 업무협약(MOU)을 체결했다.',
  ]),
  article('wire', '대웅제약, 美 바이오텍에 기술수출', [
    '대웅제약은 미국 아우디툼바이오(Auditum Bio)에 신약 후보물질을 총 6353억원 규모로 기술수출했다고 밝혔다.',
    '아우디툼바이오는 보스턴에 있는 신생 바이오 기업이다. 계약금은 공개되지 않았다.',
  ]),
  article('blog', '랩 허브 방문기', [
    '오늘은 랩 허브 건설 현장을 둘러봤다. 날씨가 좋았다.',
    '유엘 솔루션즈 관계자도 현장을 찾았다. 양해각서 체결 이후 첫 방문이라고 한다.',
  ]),
];
