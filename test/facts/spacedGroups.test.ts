/**
 * A figure whose last group is spaced off after 만/억/조 ("14만 9,000원", "97만 4,880명") is one
 * number, not its tail: reading only "9,000원" answered a price question with a ninth of it.
 */
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/facts/count.ts';
import { extractFigures } from '../../src/facts/index.ts';
import { sentence } from './sentence.ts';

const figures = (text: string) => extractFigures(sentence(text), { articleDate: null }).map((f) => [f.type, f.text, f.value]);

describe('spaced last group of a figure', () => {
  it('reads "14만 9,000원" and "97만 4,880명" whole', () => {
    expect(figures('정가는 14만 9,000원으로 정해졌다.')).toEqual([['money', '14만 9,000원', 149000]]);
    expect(extractCounts(sentence('누적 관객은 97만 4,880명이다.')).map((f) => [f.text, f.value])).toEqual([['97만 4,880명', 974880]]);
  });

  it('keeps two figures two when a word or a year stands between them', () => {
    expect(figures('서울 3만 명, 부산 1만 명이 모였다.')).toEqual([
      ['count', '3만 명', 30000],
      ['count', '1만 명', 10000],
    ]);
    expect(figures('1만 2024년 기준').map(([type]) => type)).not.toContain('duration');
  });
});
