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

  it('기사 날짜가 없으면 풀 수 없는 부분은 비워 둔다 (지어내지 않는다)', () => {
    expect(dated('현지시간 25일 행사를 열었다.', null)[0]).toEqual({ text: '현지시간 25일', value: '---25', resolved: false, relation: null });
    expect(dated('4월 28일 보스턴에서', null)[0]).toMatchObject({ value: '--04-28', resolved: false });
    expect(dated('올해 3월 협약', null)[0]).toMatchObject({ value: '--03', resolved: false });
    expect(dated('올해 미국에서 열린 CES', null)).toEqual([]);
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
