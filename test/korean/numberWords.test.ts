/** Number words as digits (src/korean/numberWords.ts): figures spelled out in chat, words left as words. */
import { describe, expect, it } from 'vitest';
import { spellNumberWords } from '../../src/korean/numberWords.ts';

describe('spellNumberWords', () => {
  it.each([
    ['공장 짓는 데 삼천오백억 든대', '공장 짓는 데 3500억 든대'],
    ['부지 오만 제곱미터 맞지', '부지 5만 제곱미터 맞지'],
    ['칠조구천억 원 규모', '7조9000억 원 규모'],
    ['관객 이십만 명', '관객 20만 명'],
    ['수출 팔천억대라던데', '수출 8000억대라던데'],
    ['참가 기업 열다섯 곳', '참가 기업 15 곳'],
    ['바이어 서른여덟 명이었지', '바이어 38 명이었지'],
    ['선수 스무 명', '선수 20 명'],
    ['드론 일곱 대', '드론 7 대'],
  ])('%s → %s', (text, spelled) => {
    expect(spellNumberWords(text)).toBe(spelled);
  });

  it.each([
    '이천에 물류센터 짓는대', // the city 이천
    '구조조정 규모', // 구조 is structure
    '사업 구조 개편', // 구 + 조 before a word that is no counter
    '오만한 태도',
    '한 곳당 얼마', // one to four stay words
    '두 기관이 맺은 협약',
    '세 명이 왔어',
    '3천억 든대', // already digits
    '십 년 만에', // one syllable
  ])('%s stays as written', (text) => {
    expect(spellNumberWords(text)).toBe(text);
  });
});
