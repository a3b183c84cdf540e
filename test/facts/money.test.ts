import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/facts/money.ts';
import { sentence } from './sentence.ts';

const money = (text: string) =>
  extractMoney(sentence(text)).map((f) => ({ text: f.text, value: f.value, unit: f.unit, qualifiers: f.qualifiers, converted: f.converted }));

describe('extractMoney', () => {
  it('‘약’이 붙은 원화 금액은 about 한정어와 함께 읽는다 (보도자료)', () => {
    expect(money('중기부는 약 2,700억 원을 투자해 랩허브를 짓는다.')).toEqual([
      { text: '약 2,700억 원', value: 270000000000, unit: 'KRW', qualifiers: ['about'], converted: null },
    ]);
  });

  it('자릿단위 뒤에 붙은 숫자까지 금액이다: ‘3만5000원’, ‘1억2500만원’ (생활·경제면)', () => {
    expect(money('입장료는 1인당 3만5000원이다.').map((f) => [f.text, f.value])).toEqual([['3만5000원', 35000]]);
    expect(money('평균 연봉은 1억2500만원으로 집계됐다.').map((f) => [f.text, f.value])).toEqual([['1억2500만원', 125000000]]);
  });

  it('괄호 속 환산 금액은 converted로 붙인다 (칼럼)', () => {
    const [fact] = money('59억 달러(약 7조9000억 원)의 투자 유치와 50건의 업무협약을 체결했다.');
    expect(fact).toEqual({
      text: '59억 달러(약 7조9000억 원)',
      value: 5.9e9,
      unit: 'USD',
      qualifiers: [],
      converted: { value: 7.9e12, unit: 'KRW', qualifiers: ['about'] },
    });
  });

  it('‘한화’ 환산과 뒤따르는 ‘이상’까지 한 span으로 읽는다 (경제지)', () => {
    const [fact] = money('벤처·스타트업들은 1500만달러(한화 약 200억원) 이상의 투자 자금을 유치할 전망이다.');
    expect(fact?.text).toBe('1500만달러(한화 약 200억원) 이상');
    expect(fact?.value).toBe(15_000_000);
    expect(fact?.qualifiers).toEqual(['min']);
    expect(fact?.converted).toEqual({ value: 2e10, unit: 'KRW', qualifiers: ['about'] });
  });

  it('‘5천억’처럼 천 단위가 섞인 금액과 ‘최대’를 읽는다', () => {
    expect(money('최대 5천억 원 규모의 기술수출 계약')).toMatchObject([{ text: '최대 5천억 원', value: 5e11, qualifiers: ['max'] }]);
  });

  it('붙여 쓴 단위(6353억원)와 조 단위(1조2000억원, 3조 원)를 읽는다', () => {
    expect(money('대웅제약은 6353억원의 계약을 맺었다.')[0]?.value).toBe(635_300_000_000);
    expect(money('정부는 1조2000억원을 편성했다.')[0]?.value).toBe(1.2e12);
    expect(money('총 3조 원이 들어간다.')[0]?.value).toBe(3e12);
    expect(money('예산 3억 5000만원을 배정')[0]?.value).toBe(350_000_000);
  });

  it('유로·엔·위안 같은 다른 통화를 ISO 코드로 읽는다 (통신사)', () => {
    expect(money('독일 기업이 100만 유로를 투자했다.')[0]).toMatchObject({ value: 1e6, unit: 'EUR' });
    expect(money('일본 측은 10억엔을 지원한다.')[0]).toMatchObject({ value: 1e9, unit: 'JPY' });
    expect(money('중국 업체가 200만 위안을 냈다.')[0]).toMatchObject({ value: 2e6, unit: 'CNY' });
    expect(money('홍콩달러 아닌 300만 홍콩달러')[0]).toMatchObject({ value: 3e6, unit: 'HKD' });
  });

  it('reads English amounts: "$1.5 billion", "US$300m", "2 million dollars", "EUR 20 million"', () => {
    expect(money('The fund raised $1.5 billion last year.')).toMatchObject([{ text: '$1.5 billion', value: 1.5e9, unit: 'USD' }]);
    expect(money('a US$300m deal')[0]).toMatchObject({ value: 3e8, unit: 'USD' });
    expect(money('worth 2 million dollars')[0]).toMatchObject({ value: 2e6, unit: 'USD' });
    expect(money('EUR 20 million in grants')[0]).toMatchObject({ value: 2e7, unit: 'EUR' });
  });

  it('뒤에 오는 ‘규모’는 span에 넣지 않는다', () => {
    expect(money('5월 3일 기준 845억 원 규모의 투자유치 논의')[0]?.text).toBe('845억 원');
  });

  it('통화가 없는 숫자, ‘원칙’, ‘유로존’, ‘엔진’은 금액이 아니다', () => {
    expect(money('3원칙을 세웠다')).toEqual([]);
    expect(money('20개 유로존 국가')).toEqual([]);
    expect(money('V8엔진 2개')).toEqual([]);
    expect(money('대웅제약 6353억 기술수출계약')).toEqual([]);
    expect(money('2023년 5월 4일')).toEqual([]);
  });

  it('span은 문장의 정확한 부분 문자열이다', () => {
    const s = sentence('투자액은 약 2700억 원, 1500만달러(한화 약 200억원) 이상이다.');
    for (const f of extractMoney(s)) expect(s.text.slice(f.start, f.end)).toBe(f.text);
  });
});
