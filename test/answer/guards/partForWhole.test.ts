/**
 * A part is not the whole (src/answer/guards/partForWhole.ts): a question that asks the whole is not
 * answered by a part its sentence sums up, and a part the question never names is not the whole
 * "… 등 N" writes beside it. Invented article and sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { partForWhole } from '../../../src/answer/guards/partForWhole.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'lab', title: '다온대 반도체 계약학과 신설', outlet: '가상일보', author: null, date: '2026-09-01', url: null },
      [
        ['다온대는 한빛전자와 손잡고 내년 3월 반도체 계약학과를 연다.'],
        ['사업비는 5년간 총 350억원으로, 한빛전자가 200억원, 교육부가 100억원, 다온대가 50억원을 각각 분담한다.'],
        ['관제센터에는 간호사 4명과 구급대원 7명, 상황관리사 6명 등 17명이 3교대로 근무한다.'],
      ],
    ),
  ]);
});

const at = (sentence: string, part: string): [number, number] => {
  const start = sentence.lastIndexOf(part); // the last: '50억원' also ends '350억원'
  return [start, start + part.length];
};

describe('a part is not the whole', () => {
  it('the whole asked is not answered by a part', async () => {
    const answer = await engine.answer('다온대 계약학과 전체 예산 얼마 잡혔대?');
    expect(answer.found && answer.answerKind === 'span' ? answer.answer : '').not.toMatch(/^(?:50|100|200)억/u);
  });
  it('a part the question names is still its answer', async () => {
    const answer = await engine.answer('교육부는 계약학과 사업비 얼마 분담해?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('100억');
  });
  it('reads whole marks: 총, 모두, 등, 중, 가운데', () => {
    const budget = '사업비는 5년간 총 350억원으로, 한빛전자가 200억원, 교육부가 100억원, 다온대가 50억원을 각각 분담한다.';
    expect(partForWhole('전체 예산 얼마?', budget, ...at(budget, '50억원'))).toBe(true);
    expect(partForWhole('전체 예산 얼마?', budget, ...at(budget, '350억원'))).toBe(false);
    const prizes = '최고혁신상 23개 중 5개를 국내 기업이 받았다.';
    expect(partForWhole('최고혁신상 전부 몇 개?', prizes, ...at(prizes, '5개'))).toBe(true);
    expect(partForWhole('국내 기업이 받은 최고혁신상 몇 개?', prizes, ...at(prizes, '5개'))).toBe(false);
    // "23개 중" is the whole of the part right after it, not of another noun's figure further on.
    const two = '최고혁신상 23개 중 5개를 국내 기업이 받았고, 유니콘 기업 22개 사 중 3곳이 미국에서 창업했다.';
    expect(partForWhole('유니콘 기업 전체 몇 개?', two, ...at(two, '22개 사'))).toBe(false);
    const staff = '관제센터에는 간호사 4명과 구급대원 7명, 상황관리사 6명 등 17명이 3교대로 근무한다.';
    expect(partForWhole('관제센터엔 몇 명이 근무해?', staff, ...at(staff, '6명'))).toBe(true);
    expect(partForWhole('상황관리사 몇 명이야?', staff, ...at(staff, '6명'))).toBe(false);
  });
});
