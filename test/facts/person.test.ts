import { describe, expect, it } from 'vitest';
import { isKoreanName } from '../../src/facts/names.ts';
import { extractPersons, findPersonMentions, splitWords } from '../../src/facts/person.ts';
import { readTitle } from '../../src/facts/titles.ts';
import { article, sentence } from './sentence.ts';

const people = (...texts: string[]) =>
  extractPersons(texts.map((t, i) => sentence(t, i))).map((p) => ({ text: p.text, name: p.name, title: p.title, organization: p.organization }));

describe('findPersonMentions', () => {
  it('이름 기관 직함 순서를 읽는다 (보도자료)', () => {
    expect(people('이영 중소벤처기업부 장관(오른쪽)은 4.26(수) 협약을 맺었다.')).toEqual([
      { text: '이영 중소벤처기업부 장관', name: '이영', title: '장관', organization: '중소벤처기업부' },
    ]);
    expect(people('황병구 미주한상총연 회장은 “…”고 강조했다.')[0]).toMatchObject({ name: '황병구', title: '회장', organization: '미주한상총연' });
  });

  it('기관 이름 직함 순서와 ‘의’로 이어진 기관을 읽는다 (통신사)', () => {
    expect(people('중기부 조주현 차관은 말했다.')[0]).toEqual({ text: '중기부 조주현 차관', name: '조주현', title: '차관', organization: '중기부' });
    expect(people('제노스코사 고종성 대표의 사례 발표')[0]).toMatchObject({ name: '고종성', organization: '제노스코사', title: '대표' });
    expect(people('주최단체인 미주한상총연의 황병구 회장이 임석했다.')[0]).toMatchObject({ name: '황병구', organization: '미주한상총연' });
  });

  it('지자체의 부단체장을 읽는다: 시·군은 이름이 아니다', () => {
    expect(people('협약식에는 한도윤 가온시 부시장, 서지안 누리군 부군수 등이 참석했다.')).toEqual([
      { text: '한도윤 가온시 부시장', name: '한도윤', title: '부시장', organization: '가온시' },
      { text: '서지안 누리군 부군수', name: '서지안', title: '부군수', organization: '누리군' },
    ]);
    // A name that ends as a district does is still a name.
    expect(people('미주한상총연의 황병구 회장이 말했다.')[0]).toMatchObject({ name: '황병구' });
  });

  it('이름 직함만 쓴 경우와 기관에 붙은 직함을 읽는다', () => {
    expect(people('미국을 방문 중인 윤석열 대통령은 28일')[0]).toMatchObject({ text: '윤석열 대통령', name: '윤석열', title: '대통령', organization: null });
    expect(people('차순도 한국보건산업진흥원장은 말했다.')[0]).toMatchObject({ name: '차순도', title: '원장', organization: '한국보건산업진흥원' });
    expect(people('복지부 임인택 보건의료정책실장, 보건산업진흥원 차순도 원장과 함께')).toEqual([
      { text: '복지부 임인택 보건의료정책실장', name: '임인택', title: '보건의료정책실장', organization: '복지부' },
      { text: '보건산업진흥원 차순도 원장', name: '차순도', title: '원장', organization: '보건산업진흥원' },
    ]);
  });

  it('한글로 쓴 외국인 이름(두 낱말 이상)을 읽는다 (외신 인용)', () => {
    expect(people('메사추세츠 종합병원(MGH) 데이비드 브라운 원장, 요하네스 프로이하우프 랩센트럴 대표 등')).toEqual([
      { text: '메사추세츠 종합병원(MGH) 데이비드 브라운 원장', name: '데이비드 브라운', title: '원장', organization: '메사추세츠 종합병원(MGH)' },
      { text: '요하네스 프로이하우프 랩센트럴 대표', name: '요하네스 프로이하우프', title: '대표', organization: '랩센트럴' },
    ]);
    expect(people('조 바이든 미국 대통령은 회담 후')[0]).toMatchObject({ name: '조 바이든', organization: '미국', title: '대통령' });
    expect(people('샌프란시스코 연방준비은행 메리 데일리 총재는 말했다.')[0]).toMatchObject({ name: '메리 데일리', organization: '샌프란시스코 연방준비은행' });
    expect(people('서울 삼성병원 김철수 원장')[0]).toMatchObject({ name: '김철수', organization: '삼성병원' });
  });

  it('외국인 이름 뒤 기관명이 여러 낱말이어도 읽는다 (보도자료·외신)', () => {
    expect(people('웨이팡 조우 유엘 솔루션즈 TIC 총괄 사장(왼쪽)과 협약을 맺었다.')).toEqual([
      { text: '웨이팡 조우 유엘 솔루션즈 TIC 총괄 사장', name: '웨이팡 조우', title: '총괄 사장', organization: '유엘 솔루션즈 TIC' },
    ]);
    expect(people('팀 쿡 애플 최고경영자(CEO)는 말했다.')[0]).toMatchObject({ name: '팀 쿡', title: '최고경영자', organization: '애플' });
    expect(people('사티아 나델라 마이크로소프트 CEO가 방한했다.')[0]).toMatchObject({ name: '사티아 나델라', organization: '마이크로소프트', title: 'CEO' });
  });

  it('‘겸’으로 이은 두 번째 직함도 같은 사람이다 (경제지)', () => {
    expect(people('최상목 부총리 겸 기획재정부 장관은 이날 말했다.')[0]).toEqual({
      text: '최상목 부총리 겸 기획재정부 장관', name: '최상목', title: '부총리 겸 기획재정부 장관', organization: null,
    });
    expect(people('최상목 부총리 겸 기획재정부 장관은 말했다.', '최 부총리는 덧붙였다.')[1]).toMatchObject({ text: '최 부총리', name: '최상목' });
  });

  it('지역 단체장: ‘서울시장’, ‘경기도지사’, ‘OO군수’와 짧은 호칭 ‘오 시장’ (지역지)', () => {
    expect(people('오세훈 서울시장은 15일 기자회견을 열었다.')[0]).toMatchObject({ name: '오세훈', title: '시장', organization: '서울시' });
    expect(people('김동연 경기도지사와 김승호 인사혁신처장이 참석했다.').map((p) => [p.name, p.title, p.organization])).toEqual([
      ['김동연', '도지사', '경기도'],
      ['김승호', '처장', '인사혁신처'],
    ]);
    expect(people('오세훈 서울시장은 말했다.', '오 시장은 덧붙였다.')[1]).toMatchObject({ text: '오 시장', name: '오세훈', title: '시장' });
    expect(people('국내 주식시장과 전통시장, 부동산시장이 흔들렸다.')).toEqual([]);
    expect(people('김 지사는 말했다.')).toEqual([]);
  });

  it('바이라인과 ‘기관(직함 이름)’ 꼴을 읽는다 (인터넷 매체)', () => {
    expect(people('[서울경제TV=윤혜림기자] 중소벤처기업부가')[0]).toMatchObject({ name: '윤혜림', title: '기자', organization: '서울경제TV' });
    expect(people('중소벤처기업부(장관 이영, 이하 중기부)는')[0]).toMatchObject({ text: '장관 이영', name: '이영', title: '장관', organization: '중소벤처기업부' });
  });

  it('직함 앞의 수식어는 직함에 붙인다: ‘총괄 사장’, ‘전 장관’', () => {
    expect(people('김철수 전 장관은 말했다.')[0]).toMatchObject({ name: '김철수', title: '전 장관' });
    expect(people('박영희 글로벌사업 총괄 사장이 참석했다.')[0]).toMatchObject({ name: '박영희', title: '총괄 사장', organization: '글로벌사업' });
  });

  it('이름과 직함 사이의 나이 ‘(67)’, ‘하’로 끝나는 세 음절 이름을 읽는다 (지역지 인터뷰)', () => {
    expect(people('송정리 이장 박만수(67) 씨는 “길을 내 달라”고 요청했다.')[0]).toMatchObject({ name: '박만수', title: '씨' });
    expect(people('책방을 운영하는 윤서하 대표(41)는 편집자였다.')[0]).toMatchObject({ name: '윤서하', title: '대표' });
    expect(isKoreanName('이하')).toBe(false);
  });

  it('사람이 아닌 것은 읽지 않는다: 기관의 직함, 흔한 말, 외래어 회사명', () => {
    expect(people('모더나, 보스턴 다이나믹스의 CEO, 존슨앤존슨 부회장, 베인캐피탈의 파트너 등')).toEqual([]);
    expect(people('지엠에스헬스케어 등 6개 대표 기업이 발표했다.')).toEqual([]);
    expect(people('한국 대표 기업과 정부 대표단이 참석')).toEqual([]);
    expect(people('국내 시장과 행사장에서')).toEqual([]);
  });
});

describe('extractPersons', () => {
  it('‘윤 대통령’은 같은 기사의 ‘윤석열 대통령’으로 푼다', () => {
    const found = people('윤석열 대통령은 보스턴에 도착했다.', '윤 대통령은 “…”이라고 강조했다.');
    expect(found[1]).toEqual({ text: '윤 대통령', name: '윤석열', title: '대통령', organization: null });
  });

  it('‘이 장관’은 기사에 나온 이씨 장관으로 풀고, 맞는 사람이 없으면 버린다', () => {
    expect(people('이영 중소벤처기업부 장관은 말했다.', '이 장관은 덧붙였다.')[1]).toMatchObject({ text: '이 장관', name: '이영', organization: '중소벤처기업부' });
    expect(people('이 장관은 덧붙였다.')).toEqual([]);
    expect(people('김영수 장관과 김민지 장관이 만났다.', '김 장관은 말했다.')).toHaveLength(2);
  });

  it('외국인의 성만 쓴 ‘트럼프 대통령’은 기사 속 ‘도널드 트럼프’로 풀고, 없으면 버린다 (외신)', () => {
    expect(people('트럼프 대통령은 관세를 예고했다.', '도널드 트럼프 미국 대통령은 전날 말했다.')).toEqual([
      { text: '트럼프 대통령', name: '도널드 트럼프', title: '대통령', organization: '미국' },
      { text: '도널드 트럼프 미국 대통령', name: '도널드 트럼프', title: '대통령', organization: '미국' },
    ]);
    expect(people('트럼프 대통령은 관세를 예고했다.')).toEqual([]);
    expect(people('모더나 대표가 말했다.')).toEqual([]);
  });

  it('쓰인 그대로의 span을 돌려준다', () => {
    const s = sentence('중기부 조주현 차관과 윤석열 대통령');
    for (const p of findPersonMentions(s).full) expect(s.text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('isKoreanName', () => {
  it('성으로 시작하는 2~4음절 이름만 이름이다', () => {
    expect(isKoreanName('조주현')).toBe(true);
    expect(isKoreanName('이영')).toBe(true);
    expect(isKoreanName('남궁민수')).toBe(true);
    expect(isKoreanName('한국')).toBe(false);
    expect(isKoreanName('중소벤처기업부')).toBe(false);
    expect(isKoreanName('김철수씨')).toBe(false);
    expect(isKoreanName('유엘')).toBe(false);
  });
});

describe('readTitle', () => {
  it('조사가 붙은 직함, 기관에 붙은 직함을 읽고 ‘행사장’은 읽지 않는다', () => {
    expect(readTitle('장관은')).toEqual({ title: '장관', organization: null, length: 2 });
    expect(readTitle('한국보건산업진흥원장')).toMatchObject({ title: '원장', organization: '한국보건산업진흥원' });
    expect(readTitle('환경노동위원장')).toMatchObject({ title: '위원장', organization: '환경노동위원회' });
    expect(readTitle('행사장')).toBeNull();
    expect(readTitle('시장')).toBeNull();
  });
});

describe('splitWords', () => {
  it('괄호와 구두점에서 나누고 위치를 지킨다', () => {
    expect(splitWords('장관(오른쪽)은 말했다').map((w) => w.text)).toEqual(['장관', '오른쪽', '은', '말했다']);
  });
});

describe('extractPersons: 조사가 붙은 말은 기관명이 아니다', () => {
  it('"포럼엔 복지부 임인택 실장"의 기관은 복지부다', () => {
    const [person] = extractPersons(article([['포럼엔 복지부 임인택 보건의료정책실장 등 100여명이 참석했다.']], null, 't').sentences);
    expect(person).toMatchObject({ name: '임인택', organization: '복지부', title: '보건의료정책실장' });
    expect(person?.text).toBe('복지부 임인택 보건의료정책실장');
  });
});
