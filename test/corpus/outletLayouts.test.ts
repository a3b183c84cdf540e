import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/corpus/index.ts';
import { pickHeadline } from '../../src/corpus/headline.ts';

/**
 * Layouts of outlets that put the masthead, menus, a breadcrumb and a ticker above the headline, and a
 * labelled summary box, an ad and a subscription promo around the body. The stories are invented.
 */

const REGIONAL_PAGE = `강원산업일보
전체메뉴 검색
로그인 회원가입 모바일웹
홈 정치 경제 사회 지역 문화 스포츠 오피니언 포토
경제 > 지역경제
춘천시, 데이터센터 3곳 유치…3,100억 투자·일자리 240개
한빛클라우드와 협약…2027년 착공 목표
기자명 최다온 기자   입력 2026.05.20 10:10   수정 2026.05.20 11:30   댓글 0
공유하기 페이스북 카카오톡 URL복사

[요약] 춘천시가 클라우드 기업 한빛클라우드로부터 3,100억 원 규모의 데이터센터 투자를 유치했다. 소양강 인근 부지에 센터 3곳을 짓는다.

[강원산업일보=최다온 기자] 춘천시가 클라우드 기업 한빛클라우드로부터 3,100억 원 규모의 데이터센터 투자를 유치했다. 소양강 인근 부지에 센터 3곳을 짓는다.

춘천시는 19일 시청 회의실에서 한빛클라우드와 투자협약을 맺었다고 20일 밝혔다. 센터가 문을 열면 240개의 일자리가 새로 생길 것으로 시는 내다봤다.

[광고] 지금 가입하면 첫 달 무료!

관련기사
· 원주 반도체 공장 착공 연기
Copyright © 2026 강원산업일보. All rights reserved.`;

const TECH_PAGE = `테크데일리 TECHDAILY
구독신청 | 로그인 | 회원가입 | 기사제보
속보 [속보] 정부, 양자컴퓨터 연구에 500억원 투입
HOME > IT > 모바일

바람전자, 접이식 태블릿 '폴드탭' 공개…6월 1일 출시
이서준 기자 | 승인 2026.05.02 09:00 | 댓글 1

AI 요약 ▼
바람전자가 접이식 태블릿 '폴드탭'을 공개했다. 가격은 149만원이다.

#폴드탭 #바람전자

[테크데일리 이서준 기자] 중견 가전기업 바람전자가 접이식 태블릿 '폴드탭'을 공개했다. 가격은 149만원이다.
폴드탭은 펼치면 12인치, 접으면 7인치 화면이 된다.
테크데일리 프리미엄 구독`;

describe('pages with a masthead, menus and a ticker above the headline', () => {
  it('takes the headline the body bears out, past the masthead, menu row and breadcrumb', () => {
    const article = parsePage('regional', REGIONAL_PAGE)!;
    expect(article.title).toBe('춘천시, 데이터센터 3곳 유치…3,100억 투자·일자리 240개');
    expect(article.outlet).toBe('강원산업일보');
    expect(article.date).toBe('2026-05-20');
  });

  it('does not take the outlet name or a ticker of another story for the headline', () => {
    expect(parsePage('tech', TECH_PAGE)!.title).toBe("바람전자, 접이식 태블릿 '폴드탭' 공개…6월 1일 출시");
  });

  it('keeps the body once: a labelled summary box and an AI summary give way to the body they repeat', () => {
    const regional = parsePage('regional', REGIONAL_PAGE)!.sentences.map((s) => s.text);
    expect(regional).toEqual([
      '춘천시가 클라우드 기업 한빛클라우드로부터 3,100억 원 규모의 데이터센터 투자를 유치했다.',
      '소양강 인근 부지에 센터 3곳을 짓는다.',
      '춘천시는 19일 시청 회의실에서 한빛클라우드와 투자협약을 맺었다고 20일 밝혔다.',
      '센터가 문을 열면 240개의 일자리가 새로 생길 것으로 시는 내다봤다.',
    ]);
    const tech = parsePage('tech', TECH_PAGE)!.sentences.map((s) => s.text);
    expect(tech).toEqual([
      "중견 가전기업 바람전자가 접이식 태블릿 '폴드탭'을 공개했다.",
      '가격은 149만원이다.',
      '폴드탭은 펼치면 12인치, 접으면 7인치 화면이 된다.',
    ]);
  });

  it('keeps a summary box that says something the body does not', () => {
    const raw = '요약이 본문과 다른 기사의 제목 줄\n[요약] 시는 새 공원을 내년에 연다.\n시는 오늘 공원 설계안을 공개했다.';
    expect(parsePage('s', raw)!.sentences.map((s) => s.text)).toEqual(['시는 새 공원을 내년에 연다.', '시는 오늘 공원 설계안을 공개했다.']);
  });

  it('still takes the first line when the old one-line-headline format has a short or terse headline', () => {
    expect(pickHeadline(['짧은 제목', '본문이 여기서 시작된다.'])?.title).toBe('짧은 제목');
    expect(pickHeadline(['정부 예산 편성 방향 발표', '기획재정부는 내년 예산안 편성 지침을 내놨다.'])?.title).toBe(
      '정부 예산 편성 방향 발표',
    );
  });
});
