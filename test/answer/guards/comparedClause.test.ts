/**
 * A figure of the thing compared with ("…과 비교하면") does not answer a question about this one
 * (src/answer/guards/comparedClause.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { comparedClauseFigure } from '../../../src/answer/guards/comparedClause.ts';

const TOUR = '지난해 첫 전국 순회전이 9개 도시에서 관람객 12만 명을 모은 것과 비교하면 도시 수가 크게 늘었다.';

describe('the figure of what is compared with', () => {
  it('is refused for a question about this one', () => {
    const end = TOUR.indexOf('9개 도시') + '9개 도시'.length;
    expect(comparedClauseFigure('이번 순회전은 몇 개 도시에서 열려?', TOUR, end)).toBe(true);
  });
  it('still answers a question about the one compared with, or asking the comparison', () => {
    const end = TOUR.indexOf('12만 명') + '12만 명'.length;
    expect(comparedClauseFigure('첫 전국 순회전 관람객 몇 명이었어?', TOUR, end)).toBe(false);
    expect(comparedClauseFigure('이번 순회전은 지난해보다 몇 개 도시 늘었어?', TOUR, end)).toBe(false);
  });
  it('leaves a figure after the comparison alone', () => {
    const sentence = '지난해와 비교해 이번 순회전은 14개 도시에서 열린다.';
    const end = sentence.indexOf('14개 도시') + '14개 도시'.length;
    expect(comparedClauseFigure('이번 순회전은 몇 개 도시에서 열려?', sentence, end)).toBe(false);
  });
});
