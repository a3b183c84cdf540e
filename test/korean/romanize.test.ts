import { describe, expect, it } from 'vitest';
import { romanize, romanizedSyllables, spellsRomanized, syllableSpellings } from '../../src/korean/romanize.ts';

describe('romanize (Revised Romanization)', () => {
  it.each([
    ['대구', 'daegu'],
    ['경기', 'gyeonggi'],
    ['서울', 'seoul'],
    ['부산', 'busan'],
    ['인천', 'incheon'],
    ['송도', 'songdo'],
    ['한국어', 'hangugeo'],
    ['실리콘밸리', 'sillikonbaelli'],
    ['제주', 'jeju'],
    ['삼성', 'samseong'],
    ['현대', 'hyeondae'],
    ['K-바이오', 'k-baio'],
  ])('%s → %s', (hangul, latin) => {
    expect(romanize(hangul)).toBe(latin);
  });
});

describe('spellsRomanized (RR and the spellings news uses)', () => {
  it.each([
    ['Hyundai', '현대'],
    ['Samsung', '삼성'],
    ['Park', '박'],
    ['Lee', '이'],
    ['Yi', '이'],
    ['Yoon', '윤'],
    ['Kim', '김'],
    ['Choi', '최'],
    ['Jung', '정'],
    ['Chung', '정'],
    ['Daegu', '대구'],
    ['Gyeonggi', '경기'],
    ['Kyunggi', '경기'],
    ['Busan', '부산'],
    ['Pusan', '부산'],
    ['Seoul', '서울'],
    ['Incheon', '인천'],
    ['Songdo', '송도'],
    ['Yoon Suk Yeol', '윤석열'],
    ['Yoon Suk-yeol', '윤석열'],
    ['Lee Young', '이영'],
    ['Cha Soon-do', '차순도'],
    ['Kakao', '카카오'],
    ['Woori', '우리'],
  ])('%s spells %s', (latin, hangul) => {
    expect(spellsRomanized(latin, hangul)).toBe(true);
  });

  it.each([
    ['Samsung', '삼양'],
    ['Park', '이'],
    ['Daegu', '대전'],
    ['Seoul', '서울시'],
    ['Hyundai', '현대차'],
    ['', '서울'],
    ['Seoul', 'MOU'],
  ])('%s does not spell %s', (latin, hangul) => {
    expect(spellsRomanized(latin, hangul)).toBe(false);
  });

  it('counts the first syllables a spelling covers', () => {
    expect(romanizedSyllables('Daewoong', '대웅제약')).toBe(2);
    expect(romanizedSyllables('Hyundai', '현대자동차')).toBe(2);
    expect(romanizedSyllables('Samsung', '삼양식품')).toBe(0);
  });

  it('gives every syllable its RR spelling first among the others', () => {
    expect(syllableSpellings('박')).toEqual(expect.arrayContaining(['bak', 'pak', 'park']));
    expect(syllableSpellings('A')).toEqual(['a']);
  });
});
