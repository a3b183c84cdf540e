import { describe, expect, it } from 'vitest';
import { extractDates, formatDate } from '../../src/facts/date.ts';
import { sentence } from './sentence.ts';

const dated = (text: string, articleDate: string | null = '2023-05-04') =>
  extractDates(sentence(text), { articleDate }).map((f) => ({ text: f.text, value: f.value, resolved: f.resolved, relation: f.relation }));

describe('extractDates', () => {
  it('‘4.26(수)’은 기사 날짜의 연도로, 요일이 맞는 해로 읽는다 (보도자료)', () => {
    expect(dated('이영 장관은 4.26(수) 미국 워싱턴에서 협약을 맺었다.')).toEqual([
      { text: '4.26(수)', value: '2023-04-26', resolved: true, relation: null },
    ]);
    // 2024-04-26 was a Friday: the weekday picks the year.
    expect(dated('행사는 4.26(금) 열렸다.', '2024-05-01')[0]?.value).toBe('2024-04-26');
  });

  it('‘N월 N일’과 ‘기준’(as-of), ‘까지’(by), ‘이후’(since)를 읽는다', () => {
    expect(dated('4월 28일 보스턴에서 개최된 회의')[0]?.value).toBe('2023-04-28');
    expect(dated('5월 3일 기준 845억 원 규모')[0]).toEqual({ text: '5월 3일 기준', value: '2023-05-03', resolved: true, relation: 'as-of' });
    expect(dated('인천 송도에 2025년까지 완공할 계획이다.')[0]).toEqual({ text: '2025년까지', value: '2025', resolved: true, relation: 'by' });
    expect(dated('2011년 이후 12년 만의 국빈 방문')[0]).toMatchObject({ value: '2011', relation: 'since' });
  });

  it('올해·지난해·오는·지난은 기사 날짜를 기준으로 푼다 (통신사)', () => {
    expect(dated('올해 3월 인천시와 협약을 맺었다.')[0]).toMatchObject({ text: '올해 3월', value: '2023-03', resolved: true });
    expect(dated('지난해 10월 문을 열었다.')[0]?.value).toBe('2022-10');
    expect(dated('오는 10월 LA에서 열린다.')[0]?.value).toBe('2023-10');
    expect(dated('오는 3월 개최 예정')[0]?.value).toBe('2024-03');
    expect(dated('정부는 지난 2월 28일 발표한 전략을')[0]).toMatchObject({ text: '지난 2월 28일', value: '2023-02-28' });
    expect(dated('지난 12월 5일 발표', '2024-01-10')[0]?.value).toBe('2023-12-05');
  });

  it('일(日)만 쓴 날짜는 기사 날짜의 달, 그 날이 아직 안 왔으면 전달로 푼다 (방송)', () => {
    expect(dated('현지시간 25일 행사를 개최했다고 밝혔다.')[0]).toEqual({ text: '현지시간 25일', value: '2023-04-25', resolved: true, relation: null });
    expect(dated('윤 대통령은 28일(이하 현지 시각) 보스턴에서', '2023-04-29')[0]?.value).toBe('2023-04-28');
    expect(dated('3일 발표했다.', '2023-05-04')[0]?.value).toBe('2023-05-03');
  });

  it('앞으로 있을 일(예정·계획·열린다)의 일(日)은 기사 날짜의 달로 푼다 (지역지·보도자료)', () => {
    expect(dated('박람회는 18일 코엑스에서 개최할 예정이다.', '2024-03-15')[0]?.value).toBe('2024-03-18');
    expect(dated('설명회는 20일 오후 2시 시청에서 열린다.', '2024-03-15')[0]?.value).toBe('2024-03-20');
    expect(dated('18일 오후 코엑스에서 열린 박람회', '2024-03-15')[0]?.value).toBe('2024-02-18');
    expect(dated('지난 18일 발표한 계획을 추진하겠다.', '2024-03-15')[0]?.value).toBe('2024-02-18');
  });

  it('기간으로 쓴 날짜는 첫날을 값으로, 끝날을 until로 읽는다 (행사 안내·경제지)', () => {
    const ranged = (text: string, articleDate: string | null = '2024-03-15') =>
      extractDates(sentence(text), { articleDate }).map((f) => [f.text, f.value, f.until]);
    expect(ranged('회의는 3월 20~22일 서울에서 열린다.')).toEqual([['3월 20~22일', '2024-03-20', '2024-03-22']]);
    expect(ranged('전시는 2024년 3월 30일~4월 2일 부산 벡스코에서 열린다.')).toEqual([['2024년 3월 30일~4월 2일', '2024-03-30', '2024-04-02']]);
    expect(ranged('이 사업은 2023~2027년 5년간 추진된다.')).toEqual([['2023~2027년', '2023', '2027']]);
    expect(ranged('지난 4월 28일 열렸다.')[0]?.[2]).toBeNull();
  });

  it('keeps the part of the period and the hour with the date, never a duration or another word', () => {
    const texts = (text: string) => dated(text, '2026-04-14').map((fact) => [fact.text, fact.value]);
    expect(texts('2공장은 2028년 상반기 가동을 목표로 한다.')).toEqual([['2028년 상반기', '2028']]);
    expect(texts('발표는 올해 3분기에 나온다.')).toEqual([['올해 3분기', '2026']]);
    expect(texts('공사는 내년 초 끝난다.')).toEqual([['내년 초', '2027']]);
    expect(texts('포럼은 현지시간 27일 오후 4시에 열렸다.')).toEqual([['현지시간 27일 오후 4시', '2026-03-27']]);
    expect(dated('2023년 말까지 끝낸다.', '2026-04-14')[0]).toMatchObject({ text: '2023년 말까지', relation: 'by' });
    expect(texts('27일 4시간 동안 회의했다.')).toEqual([['27일', '2026-03-27']]);
    expect(texts('5월 초과 근무가 늘었다.')).toEqual([['5월', '2026-05']]);
    expect(texts('2023년 중국 시장에 나갔다.')).toEqual([['2023년', '2023']]);
  });

  it('‘내달’, ‘지난달’, ‘이달’만 쓴 달을 기사 날짜로 푼다 (경제지)', () => {
    expect(dated('신제품은 내달 출시된다.', '2024-12-10')[0]).toMatchObject({ text: '내달', value: '2025-01', resolved: true });
    expect(dated('수출은 지난달 12% 늘었다.', '2024-03-15')[0]).toMatchObject({ text: '지난달', value: '2024-02' });
    expect(dated('이달 말 발표한다.', '2024-03-15')[0]).toMatchObject({ text: '이달 말', value: '2024-03' });
    expect(dated('지난달 28일 방문했다.', '2024-03-15')).toEqual([{ text: '지난달 28일', value: '2024-02-28', resolved: true, relation: null }]);
    // Without the article's date the month stays as written, unresolved, never guessed.
    expect(dated('신제품은 내달 출시된다.', null)).toEqual([{ text: '내달', value: '내달', resolved: false, relation: null }]);
  });

  it('기사 날짜가 없으면 풀 수 없는 부분은 비워 둔다 (지어내지 않는다)', () => {
    expect(dated('현지시간 25일 행사를 열었다.', null)[0]).toEqual({ text: '현지시간 25일', value: '---25', resolved: false, relation: null });
    expect(dated('4월 28일 보스턴에서', null)[0]).toMatchObject({ value: '--04-28', resolved: false });
    expect(dated('올해 3월 협약', null)[0]).toMatchObject({ value: '--03', resolved: false });
    expect(dated('올해 미국에서 열린 CES', null)).toEqual([{ text: '올해', value: '올해', resolved: false, relation: null }]);
    expect(dated('4.26(수) 협약', null)[0]).toMatchObject({ value: '--04-26', resolved: false });
  });

  it('연도가 있는 날짜는 그대로 읽는다: ‘2023. 5. 4.’, ‘2023년 05월 04일’, ‘2023-05-04’', () => {
    expect(dated('이영 중소벤처기업부 장관 2023. 5. 4. 03:05', null)[0]).toMatchObject({ text: '2023. 5. 4.', value: '2023-05-04', resolved: true });
    expect(dated('2023년 05월 04일 작성', null)[0]?.value).toBe('2023-05-04');
    expect(dated('updated 2023-05-04 09:00', null)[0]?.value).toBe('2023-05-04');
    expect(dated('CIC는 1999년 시작한 공유오피스다.', null)[0]?.value).toBe('1999');
  });

  it('기간·비율·소수는 날짜가 아니다', () => {
    expect(dated('12년 만의 국빈 방문')).toEqual([]);
    expect(dated('21일만에 탈당했다')).toEqual([]);
    expect(dated('3일간 열린다')).toEqual([]);
    expect(dated('이재명 88.69% 압승')).toEqual([]);
    expect(dated('2.59km² 넓이')).toEqual([]);
    expect(dated('13월 32일')).toEqual([]);
    expect(dated('1980년대 후반에는')).toEqual([]);
  });
});

describe('formatDate', () => {
  it('알려진 만큼만 ISO 형식으로 쓴다', () => {
    expect(formatDate({ year: 2023, month: 4, day: 28, resolved: true })).toBe('2023-04-28');
    expect(formatDate({ year: null, month: 4, day: 28, resolved: false })).toBe('--04-28');
    expect(formatDate({ year: null, month: null, day: 5, resolved: false })).toBe('---05');
    expect(formatDate({ year: null, month: null, day: null, resolved: false })).toBeNull();
  });
});

describe('extractDates: 날짜 없는 기사의 상대 표현', () => {
  it('"지난해", "올해"는 풀지 않은 채 그대로 남긴다', () => {
    const facts = extractDates(sentence('지난해 입주한 기업들에 이어 20개 기업이 올해 입주한다.'), { articleDate: null });
    expect(facts.map((fact) => [fact.text, fact.value, fact.resolved])).toEqual([
      ['지난해', '지난해', false],
      ['올해', '올해', false],
    ]);
  });
});
