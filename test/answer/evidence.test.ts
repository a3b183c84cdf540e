import { describe, expect, it } from 'vitest';
import { contentWords, isWordPresent, topicSupport } from '../../src/answer/evidence.ts';

describe('isWordPresent', () => {
  it('띄어쓰기와 조사가 달라도 낱말을 찾는다', () => {
    expect(isWordPresent('랩허브', 'K-바이오 랩 허브를 인천 송도에 짓는다.')).toBe(true);
  });
  it('오타(자모 한 개)를 허용한다', () => {
    expect(isWordPresent('대웅재약', '대웅제약은 계약을 체결했다.')).toBe(true);
  });
  it('초성만 쓴 낱말을 찾는다', () => {
    expect(isWordPresent('ㄷㅇㅈㅇ', '대웅제약은 계약을 체결했다.')).toBe(true);
  });
  it('없는 낱말은 없다고 한다', () => {
    expect(isWordPresent('기준금리', '대웅제약은 계약을 체결했다.')).toBe(false);
    expect(isWordPresent('mou', '대웅제약은 계약을 체결했다.')).toBe(false);
  });
});

describe('topicSupport', () => {
  it('counts the share of topic words present', () => {
    const words = contentWords('국빈 방문 투자 유치');
    expect(topicSupport(words, '12년 만의 국빈 방문이다. 59억 달러의 투자 유치와 MOU 체결')).toBe(1);
    expect(topicSupport(words, '투자 유치 상담회가 열렸다.')).toBe(0.5);
  });
  it('한 음절 낱말은 내용어로 치지 않는다', () => {
    expect(contentWords('랩허브 직원 수')).toEqual(['랩허브', '직원']);
  });
});
