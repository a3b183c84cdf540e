import Hangul from 'hangul-js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disassemble, editDistance, getChoseong, isChoseongOnly, jamoDistance, withinEdits } from '../../src/korean/jamo.ts';

describe('disassemble', () => {
  it('음절을 자모로, 겹받침도 낱자로 푼다', () => {
    expect(disassemble('랩허브')).toBe('ㄹㅐㅂㅎㅓㅂㅡ');
    expect(disassemble('값')).toBe('ㄱㅏㅂㅅ');
  });
  it('한글이 아닌 문자는 그대로 둔다', () => {
    expect(disassemble('MOU 1')).toBe('MOU 1');
  });
  it('hangul-js와 같은 결과: 모든 완성형 음절, 호환 자모, 이모지와 섞인 글', () => {
    let syllables = '';
    for (let code = 0xac00; code <= 0xd7a3; code++) syllables += String.fromCharCode(code);
    const mixed = `${syllables}ㄱㄲㄳㅘㅙㅢ ㅏ MOU 1️⃣ 😀 랩허브의 2,700억`;
    expect(disassemble(mixed)).toBe(Hangul.disassemble(mixed).join(''));
  });
});

describe('editDistance', () => {
  it('is Levenshtein over UTF-16 units', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('ㄹㅐㅂㅎㅓㅂ', 'ㄹㅐㅂㅎㅓㅂㅡ')).toBe(1);
  });
});

describe('withinEdits', () => {
  it('agrees with editDistance(a, b) <= max', () => {
    const jamo = fc.string({ unit: fc.constantFrom('ㄱ', 'ㅏ', 'ㄴ', 'ㅓ', 'ㅂ', 'ㅡ'), maxLength: 9 });
    fc.assert(
      fc.property(jamo, jamo, fc.integer({ min: 0, max: 3 }), (a, b, max) => withinEdits(a, b, max) === editDistance(a, b) <= max),
      { seed: 13, numRuns: 2000 },
    );
  });
});

describe('getChoseong', () => {
  it('음절마다 초성을 뽑는다', () => {
    expect(getChoseong('대웅제약')).toBe('ㄷㅇㅈㅇ');
    expect(getChoseong('랩 허브!')).toBe('ㄹㅎㅂ');
  });
});

describe('isChoseongOnly', () => {
  it('초성만으로 된 두 글자 이상이면 참', () => {
    expect(isChoseongOnly('ㄷㅇㅈㅇ')).toBe(true);
  });
  it('한 글자, 음절, 모음은 거짓', () => {
    expect(isChoseongOnly('ㄷ')).toBe(false);
    expect(isChoseongOnly('대웅')).toBe(false);
    expect(isChoseongOnly('ㄷㅏ')).toBe(false);
  });
});

describe('jamoDistance', () => {
  it('받침 하나 빠진 오타는 거리 1', () => {
    expect(jamoDistance('랩헙', '랩허브')).toBe(1);
  });
  it('모음 하나 틀린 오타는 거리 1', () => {
    expect(jamoDistance('대웅재약', '대웅제약')).toBe(1);
  });
  it('counts plain edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
