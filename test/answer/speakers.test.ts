import { describe, expect, it } from 'vitest';
import { nameMatch } from '../../src/answer/speakers.ts';

describe('nameMatch', () => {
  it('이름이 그대로 들어 있으면 1', () => {
    expect(nameMatch('조주현 차관 발언', '조주현')).toBe(1);
    expect(nameMatch('헨리포드', '헨리 포드')).toBe(1);
  });

  it('자모 하나 틀린 이름도 찾는다', () => {
    expect(nameMatch('조주연', '조주현')).toBeGreaterThanOrEqual(0.8);
  });

  it('초성으로 찾는다', () => {
    expect(nameMatch('ㅈㅈㅎ', '조주현')).toBeGreaterThanOrEqual(0.8);
  });

  it('다른 사람은 찾지 않는다', () => {
    expect(nameMatch('황병구', '조주현')).toBeLessThan(0.8);
    expect(nameMatch('이영', '이영자')).toBeLessThan(1);
  });
});
