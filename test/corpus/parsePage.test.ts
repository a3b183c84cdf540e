import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/corpus/index.ts';

/** Pages written to mimic layouts the seeds do not have: each has chrome that must go, a body that must stay. */

const PORTAL_PAGE = `네이버 뉴스
로그인
언론사 구독
정부, 반도체 인력 1만명 양성 계획 발표
입력2024.03.15. 오전 10:21  수정2024.03.16. 오전 11:02
기사원문
추천
댓글 12
본문 요약봇
공유
글자 크기 변경하기
(서울=연합뉴스) 홍길동 기자 = 정부가 2030년까지 반도체 전문 인력 1만 명을 양성하겠다고 15일 밝혔다.
산업통상자원부는 이날 정부세종청사에서 이 같은 내용의 '반도체 인재 양성 방안'을 발표했다.
방안에 따르면 정부는 대학 반도체 학과 정원을 늘리고, 기업 맞춤형 교육 과정을 새로 만든다.
[산업통상자원부 제공]
산업부 관계자는 "인력 부족이 업계의 가장 큰 걱정"이라며 "현장의 목소리를 반영했다"고 말했다.
hong@yna.co.kr
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
기자 프로필
이 기사를 추천합니다
많이 본 뉴스
1 배우 김모씨 결혼 발표…"평생 함께할 사람"
2 주가 급락에 투자자 '비상'…"당분간 변동성 커질 것"이라고 분석했다.`;

const BLOG_PAGE = `제주 한 달 살기 후기: 비용과 숙소 정리
여행 · 2024. 6. 2. 21:14
이웃추가
공유하기
신고하기
지난달 제주에서 한 달을 살았다.
숙소는 애월읍의 원룸을 월 120만 원에 구했다. 관리비는 따로 10만 원이 들었다.
렌터카 대신 전기자전거를 빌렸는데, 한 달에 15만 원이었다.

가장 좋았던 곳은 새벽의 협재 해변이었다.
다음에는 겨울에 가 보고 싶다.

#제주 #한달살기 #여행
공감 24
댓글 3
여행자A
2024.6.3. 09:12
정보 감사합니다! 저도 다음 달에 가려고 했는데 큰 도움이 됐어요.
답글
제주토박이
애월은 겨울 바람이 세니 참고하세요.
Leave a Reply
Your email address will not be published.`;

const PRESS_RELEASE = `환경부, 탄소중립 실천 우수기업 20곳 선정
보도자료 | 배포일시 2024. 9. 10.(화) 09:00
담당부서 환경부 기후전략과 | 담당자 김철수 과장 (044-201-0000)
- 에너지 절감·재생에너지 전환 성과 인정…포상금 총 5억 원 -
□ 환경부(장관 홍길동)는 탄소중립 실천 우수기업 20곳을 선정해 10일 시상한다고 밝혔다.
 ○ 이번 평가에는 중소기업 150곳이 참여했으며, 서류와 현장 심사를 거쳐 최종 20곳이 뽑혔다.
 ○ 선정된 기업은 온실가스 배출량을 평균 18% 줄인 것으로 나타났다.
□ 환경부 관계자는 "우수 사례를 업계 전반에 확산하겠다"고 말했다.
붙임 1. 우수기업 명단 1부.
     2. 평가 기준 1부. 끝.
이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 환경부 기후전략과 김영희 사무관에게 연락주시기 바랍니다.
공공누리 제1유형 출처표시`;

const texts = (raw: string) => parsePage('page', raw)?.sentences.map((s) => s.text) ?? [];

describe('parsePage', () => {
  it('portal page: keeps the wire story, drops buttons, credits, e-mail, copyright and the ranking list', () => {
    const article = parsePage('portal', PORTAL_PAGE);
    expect(article).not.toBeNull();
    expect(article!.title).toBe('정부, 반도체 인력 1만명 양성 계획 발표');
    expect(article!.outlet).toBe('연합뉴스');
    expect(article!.author).toBe('홍길동');
    expect(article!.date).toBe('2024-03-15');
    expect(article!.sentences.map((s) => s.text)).toEqual([
      '정부가 2030년까지 반도체 전문 인력 1만 명을 양성하겠다고 15일 밝혔다.',
      "산업통상자원부는 이날 정부세종청사에서 이 같은 내용의 '반도체 인재 양성 방안'을 발표했다.",
      '방안에 따르면 정부는 대학 반도체 학과 정원을 늘리고, 기업 맞춤형 교육 과정을 새로 만든다.',
      '산업부 관계자는 "인력 부족이 업계의 가장 큰 걱정"이라며 "현장의 목소리를 반영했다"고 말했다.',
    ]);
  });

  it('blog: keeps the post, drops the comment section, hashtags and reactions', () => {
    const article = parsePage('blog', BLOG_PAGE);
    expect(article!.title).toBe('제주 한 달 살기 후기: 비용과 숙소 정리');
    expect(article!.date).toBe('2024-06-02');
    expect(article!.outlet).toBeNull();
    expect(article!.author).toBeNull();
    const sentences = article!.sentences.map((s) => s.text);
    expect(sentences).toHaveLength(6);
    expect(sentences[0]).toBe('지난달 제주에서 한 달을 살았다.');
    expect(sentences.at(-1)).toBe('다음에는 겨울에 가 보고 싶다.');
    expect(sentences.join(' ')).not.toMatch(/감사합니다|참고하세요|#제주|공감|Reply/);
    expect(article!.paragraphs).toHaveLength(5);
  });

  it('press release: keeps bulleted sentences without their bullets, drops contacts and attachments', () => {
    const article = parsePage('press', PRESS_RELEASE);
    expect(article!.date).toBe('2024-09-10');
    expect(article!.author).toBeNull();
    expect(article!.sentences.map((s) => s.text)).toEqual([
      '환경부(장관 홍길동)는 탄소중립 실천 우수기업 20곳을 선정해 10일 시상한다고 밝혔다.',
      '이번 평가에는 중소기업 150곳이 참여했으며, 서류와 현장 심사를 거쳐 최종 20곳이 뽑혔다.',
      '선정된 기업은 온실가스 배출량을 평균 18% 줄인 것으로 나타났다.',
      '환경부 관계자는 "우수 사례를 업계 전반에 확산하겠다"고 말했다.',
    ]);
  });

  it('drops a headline list even when some items end in a verb, keeps bulleted sentences without periods', () => {
    const raw = [
      '보도자료 형식 기사의 제목 한 줄',
      '○ 정부는 내년 예산을 5% 늘리기로 했다',
      '○ 청년 일자리 예산은 10% 늘어난다',
      '○ 지방 이전 기업에는 세금을 깎아 준다',
      '',
      '- 中 스텔스 전투기 공개… 韓 보라매와 맞붙는다',
      '- 주가 급락에 투자자 비상',
      '- [단독] 빌라 10만채 중 6만채 역전세',
      '- 달의 비밀을 밝히다',
      '- “에어컨 대신 맵탱”…삼양식품, 업무협약 체결',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '정부는 내년 예산을 5% 늘리기로 했다',
      '청년 일자리 예산은 10% 늘어난다',
      '지방 이전 기업에는 세금을 깎아 준다',
    ]);
  });

  it('drops a sign-off and a link glued after the last sentence', () => {
    const raw = '사인이 붙은 기사의 제목 한 줄\n정부가 발표했다. /홍길동 기자\n회의는 내일 열린다. ▶ 관련기사 보기';
    const article = parsePage('signoff', raw)!;
    expect(article.sentences.map((s) => s.text)).toEqual(['정부가 발표했다.', '회의는 내일 열린다.']);
  });

  it('reads a reporter named at the start of the lead (`홍길동 기자 =`) and on a sign-off line', () => {
    expect(parsePage('a', '제목이 충분히 긴 기사 한 줄\n홍길동 기자 = 정부가 발표했다.')!.author).toBe('홍길동');
    expect(parsePage('b', '제목이 충분히 긴 기사 한 줄\n정부가 발표했다.\n김철수 기자 kim@example.com')!.author).toBe('김철수');
  });

  it('rejoins a paragraph hard-wrapped over several lines', () => {
    const raw = [
      '제목이 여기 있는 충분히 긴 기사',
      '정부는 올해 하반기부터 수출 중소기업의 자금난을 덜어 주기 위해 새로운 보증 상품을',
      '내놓고, 수출 초보 기업에는 보증료를 절반으로 깎아 주기로 했다고 밝혔다.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '정부는 올해 하반기부터 수출 중소기업의 자금난을 덜어 주기 위해 새로운 보증 상품을 내놓고, 수출 초보 기업에는 보증료를 절반으로 깎아 주기로 했다고 밝혔다.',
    ]);
  });

  it('drops a teaser line that repeats a body sentence, keeping the body occurrence', () => {
    const raw = ['헤드라인이 여기 있습니다 정말로', '수출이 10% 늘었다.', '', '올해 수출이 크게 늘었다. 수출이 10% 늘었다. 내년도 밝다.'].join('\n');
    const article = parsePage('teaser', raw)!;
    expect(article.sentences.map((s) => [s.paragraphIndex, s.text])).toEqual([
      [0, '올해 수출이 크게 늘었다.'],
      [0, '수출이 10% 늘었다.'],
      [0, '내년도 밝다.'],
    ]);
  });

  it('drops the headline repeated in the page, so it never glues onto the lead after it', () => {
    const raw = [
      '군청, 청년 창업 공간 연다…입주 기업 20곳·상담인력 1,200명 투입',
      '담당자: 주무관 김하늘 (031-000-0000)',
      '군청, 청년 창업 공간 연다…입주 기업 20곳·상담인력 1,200명 투입',
      '군청(군수 박바다)은 다음 달부터 청년 창업 공간 입주 기업 20곳을 모집한다고 3일 밝혔다.',
    ].join('\n');
    expect(texts(raw)).toEqual(['군청(군수 박바다)은 다음 달부터 청년 창업 공간 입주 기업 20곳을 모집한다고 3일 밝혔다.']);
  });

  it('returns null for a page with no prose', () => {
    expect(parsePage('empty', '제목만 있는 페이지입니다\n공유하기\n댓글 0')).toBeNull();
    expect(parsePage('blank', '')).toBeNull();
  });

  it('does not take a date from a body sentence or a subhead under the body', () => {
    const raw = '기념식 관련 기사 제목입니다\n정부는 2023년 5월 4일 기념식을 열었다고 밝혔다.\n2024년 1월 1일 시행 예정\n시행은 내년이다.';
    expect(parsePage('d', raw)!.date).toBeNull();
  });

  it('prefers a full copyright notice to a photo agency credit for the outlet', () => {
    const raw = '사진 출처가 먼저 나오는 기사 제목\nⓒ 게티이미지뱅크\n정부는 기념식을 열었다고 밝혔다.\nCopyright © 한국일보. 무단전재 금지';
    expect(parsePage('o', raw)!.outlet).toBe('한국일보');
  });

  it('takes a labelled date from the footer when the header has none', () => {
    const raw = '푸터에 날짜가 있는 기사 제목\n정부는 기념식을 열었다고 밝혔다.\n기사입력 2023.05.04 10:00';
    expect(parsePage('d', raw)!.date).toBe('2023-05-04');
  });
});
