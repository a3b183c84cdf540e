import { describe, expect, it } from 'vitest';
import { extractAreas } from '../../src/facts/area.ts';
import { extractCounts } from '../../src/facts/count.ts';
import { extractDurations } from '../../src/facts/duration.ts';
import { extractPercents } from '../../src/facts/percent.ts';
import { sentence } from './sentence.ts';

const counts = (text: string) => extractCounts(sentence(text)).map((f) => [f.text, f.value, f.unit, f.qualifiers]);

describe('extractCounts', () => {
  it('개사·개 사·개소·개국·곳·건·명을 단위와 함께 읽는다 (보도자료)', () => {
    expect(counts('스타트업 15개 사가 참여해 38개 VC를 대상으로 상담했다.')).toEqual([
      ['15개 사', 15, '개사', []],
      ['38개', 38, '개', []],
    ]);
    expect(counts('국내 기업(20개소)과 20개사가 입주한다.')).toEqual([
      ['20개소', 20, '개소', []],
      ['20개사', 20, '개사', []],
    ]);
    expect(counts('전 세계 12개국 300곳에서 MOU 6건을 맺었다.')).toEqual([
      ['12개국', 12, '개국', []],
      ['300곳', 300, '곳', []],
      ['6건', 6, '건', []],
    ]);
  });

  it('대 counts machines and vehicles before a particle, not "3대 전략", ages or 대표', () => {
    expect(counts('사전 주문에 1만2000대가 몰렸고 드론 300대를 배치한다.')).toEqual([
      ['1만2000대', 12000, '대', []],
      ['300대', 300, '대', []],
    ]);
    expect(counts('3대 전략을 세웠고 20대가 가장 많았으며 2대 주주인 회사 대표가 나섰다.')).toEqual([]);
    expect(counts('버스 3대로 늘렸다.')).toEqual([['3대', 3, '대', []]]);
  });

  it('a round figure of 대 is a count when machines are named before it or counted beside it', () => {
    expect(counts('감시 드론 120대를 띄웠고 그 중 야간용은 40대로 정했다.')).toEqual([
      ['120대', 120, '대', []],
      ['40대', 40, '대', []],
    ]);
    expect(counts('감시 드론 120대 가운데 야간용 드론은 40대로 늘었다.')).toEqual([['40대', 40, '대', []]]);
    expect(counts('전기차 50대를 들였다.')).toEqual([['50대', 50, '대', []]]);
    expect(counts('응답자 가운데 30대가 가장 많았다.')).toEqual([]);
  });

  it('reads measures asked with 몇 like counts: 톤, MW, t, km', () => {
    expect(counts('연간 3만 톤을 만들고 설비 용량은 300MW, 생산능력은 4만t으로 늘어난다.')).toEqual([
      ['3만 톤', 30000, '톤', []],
      ['300MW', 300, 'MW', []],
      ['4만t', 40000, 't', []],
    ]);
    expect(counts('총 12km 구간에 10tons')).toEqual([['12km', 12, 'km', []]]);
  });

  it('‘여’는 about으로, ‘개 기관’처럼 띄어 쓴 단위도 읽는다 (통신사)', () => {
    expect(counts('현지 진출 기업 등 총 100여명이 참석했다.')).toEqual([['100여명', 100, '명', ['about']]]);
    expect(counts('연세대 등 30여 개 기관과 협약')).toEqual([['30여 개 기관', 30, '개기관', ['about']]]);
    expect(counts('약 3만 명 이상이 몰렸다')).toEqual([['약 3만 명 이상', 30000, '명', ['about', 'min']]]);
  });

  it('마지막 자릿단위 뒤에 붙은 숫자까지 한 수로 읽는다: ‘1만2000명’ (통신사·지역지)', () => {
    expect(counts('행사에는 300여 개 기업과 1만2000명이 참가했다.')).toEqual([
      ['300여 개 기업', 300, '개기업', ['about']],
      ['1만2000명', 12000, '명', []],
    ]);
    expect(counts('관람객 2만5천 명, 참가 부스 1천200곳')).toEqual([
      ['2만5천 명', 25000, '명', []],
      ['1천200곳', 1200, '곳', []],
    ]);
  });

  it('무엇을 센 것인지(counted)를 수 앞뒤에서 읽는다 (보도자료·통신사·방송)', () => {
    const counted = (text: string) => extractCounts(sentence(text)).map((f) => [f.text, f.counted]);
    expect(counted('스타트업 15개 사가 참여해 38개 VC를 대상으로 상담했다.')).toEqual([
      ['15개 사', '스타트업'],
      ['38개', 'VC'],
    ]);
    expect(counted('11명의 한미 클러스터 전문가들이 모였다.')).toEqual([['11명', '한미 클러스터 전문가']]);
    expect(counted('한미 양국 기업·기관(19개), 현지 진출 기업 등 총 100여명이 참석했다.')).toEqual([
      ['19개', '기업·기관'],
      ['100여명', null],
    ]);
    expect(counted('연세대 등 30여 개 기관과 협약했다.')).toEqual([['30여 개 기관', '기관']]);
    expect(counted('이번 화재로 주민 40여 명이 대피했고, 사망자는 12명으로 늘었다.')).toEqual([
      ['40여 명', '주민'],
      ['12명', null],
    ]);
    expect(counted('기업 간 MOU 6건이 체결됐다.')).toEqual([['6건', 'MOU']]);
  });

  it('‘23개 중 5개’는 두 수량이다', () => {
    expect(counts('최고혁신상 23개 중 5개를 휩쓸었다')).toEqual([
      ['23개', 23, '개', []],
      ['5개', 5, '개', []],
    ]);
  });

  it('고유어 수사와 두(頭)를 읽는다', () => {
    expect(counts('다섯 개의 기둥이 세워졌다')).toEqual([['다섯 개', 5, '개', []]]);
    expect(counts('승용마 80두 규모를 지원한다')).toEqual([['80두', 80, '두', []]]);
  });

  it('연도·주년·순위·회차·모델명·사업은 수량이 아니다', () => {
    expect(counts('2023년 세계 한상대회')).toEqual([]);
    expect(counts('한미 동맹 70주년')).toEqual([]);
    expect(counts('해상용 안테나 1위 기업')).toEqual([]);
    expect(counts('제28회 지회장기 대회')).toEqual([]);
    expect(counts('괌 배치 B-52H에 JASSM 장착')).toEqual([]);
    expect(counts('K-바이오 랩허브')).toEqual([]);
    expect(counts('3개월 동안')).toEqual([]);
    expect(counts('15개 사업을 추진')).toEqual([['15개', 15, '개', []]]);
    expect(counts('신약 후보물질 계약 1건')).toEqual([['1건', 1, '건', []]]);
  });
});

describe('extractAreas', () => {
  it('㎡·km²·평·스퀘어마일을 제곱미터로 바꾼다', () => {
    expect(extractAreas(sentence('4만㎡ 부지 규모에'))).toMatchObject([{ text: '4만㎡', value: 40000, unit: 'm²' }]);
    expect(extractAreas(sentence('‘가장 혁신적인 1스퀘어마일(약 2.59km²)’'))).toMatchObject([
      { text: '1스퀘어마일', unit: 'm²' },
      { text: '약 2.59km²', value: 2_590_000, qualifiers: ['about'] },
    ]);
    expect(extractAreas(sentence('전용 84m2 아파트'))[0]?.value).toBe(84);
    expect(extractAreas(sentence('30평 규모 매장'))[0]?.value).toBeCloseTo(99.17, 1);
    expect(extractAreas(sentence('500헥타르의 농지'))[0]?.value).toBe(5_000_000);
  });

  it('‘평가’·‘평균’ 같은 말은 면적이 아니다', () => {
    expect(extractAreas(sentence('3평가 항목'))).toEqual([]);
    expect(extractAreas(sentence('연 5평균'))).toEqual([]);
  });
});

describe('extractDurations', () => {
  it('‘년 만’, ‘년간’, ‘분간’, ‘개월’, ‘주년’을 읽는다 (칼럼)', () => {
    const read = (text: string) => extractDurations(sentence(text)).map((f) => [f.text, f.value, f.unit]);
    expect(read('2011년 이후 12년 만의 미국 국빈 방문')).toEqual([['12년 만', 12, 'year']]);
    expect(read('최근 30년간 시설이 축적됐다')).toEqual([['30년간', 30, 'year']]);
    expect(read('3개 기업이 각 10분간 발표했다')).toEqual([['10분간', 10, 'minute']]);
    expect(read('공사는 3개월 걸린다')).toEqual([['3개월', 3, 'month']]);
    expect(read('동맹 70주년을 맞아')).toEqual([['70주년', 70, 'year']]);
    expect(read('90일 유예')).toEqual([['90일', 90, 'day']]);
    expect(read('48시간 동안 이어졌다')).toEqual([['48시간 동안', 48, 'hour']]);
  });

  it('연도, 날짜, ‘10분의 1’은 기간이 아니다', () => {
    expect(extractDurations(sentence('2023년 5월 4일'))).toEqual([]);
    expect(extractDurations(sentence('28일 오후 4시'))).toEqual([]);
    expect(extractDurations(sentence('10분의 1 수준'))).toEqual([]);
  });
});

describe('extractPercents', () => {
  it('%, %p, 퍼센트를 읽는다 (방송·경제지)', () => {
    const read = (text: string) => extractPercents(sentence(text)).map((f) => [f.text, f.value, f.unit, f.qualifiers]);
    expect(read('이재명 88.69% 압승')).toEqual([['88.69%', 88.69, '%', []]]);
    expect(read('기준금리 0.25%p 인상')).toEqual([['0.25%p', 0.25, '%p', []]]);
    expect(read('매출이 30퍼센트 늘었다')).toEqual([['30퍼센트', 30, '%', []]]);
    expect(read('약 5% 이상 올랐다')).toEqual([['약 5% 이상', 5, '%', ['about', 'min']]]);
    expect(read('1.5%포인트 하락')).toEqual([['1.5%포인트', 1.5, '%p', []]]);
  });

  it('프로젝트·프로그램은 퍼센트가 아니다', () => {
    expect(extractPercents(sentence('3프로젝트'))).toEqual([]);
  });
});
