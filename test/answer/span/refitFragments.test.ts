/**
 * Fragments the refit scorer may not answer with, through `answer()` (src/answer/span/refitGuard.ts):
 * a bare dependent noun ("등"), the second noun of a pair the question does not name ("번영" of
 * "평화와 번영"), a person's title for a place asked, a bare noun of degree ("수준"). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'port', title: '누리항 개항 100주년', outlet: '가상항만신문', author: null, date: '2026-08-01', url: null },
      [
        ['한도윤 가온시장은 "누리항은 100년 전 평화와 번영을 위해 세운 항구"라고 말했다.'],
        ['한편 이날 행사와 관련, 가온 바이오 허브 추진 주체(누리기술진흥원 등)는 보스턴 연구단지와 협약을 맺었다.'],
        ['윤가온 장관은 미국 누리랩스 보스턴 본부에서 한다온 누리랩스 총괄 사장과 협약을 맺은 뒤 기념 촬영을 했다.'],
        ['한도윤 시장은 “세계 최고 수준의 연구진이 모여 대학과 기업, 연구소, 병원 등이 같이 협력해 세계 최고의 항만 기술과 일자리를 만들고 있다”고 밝혔다.'],
      ],
    ),
  ]);
});

describe('the refit scorer answers no fragment', () => {
  it('not one noun of a pair the question does not name', async () => {
    const answer = await engine.answer('누리항은 100년 전 뭘 위해 세운 항구라고 했어?');
    expect(answer.answer).not.toBe('번영');
  });
  it('not a bare dependent noun', async () => {
    const answer = await engine.answer('보스턴 연구단지랑 협약 맺은 추진 주체, 무슨 진흥원이었지?');
    expect(answer.answer).not.toBe('등');
  });
  it('not a bare noun of degree ("수준" of "세계 최고 수준의 연구진")', async () => {
    const answer = await engine.answer('한도윤 시장 말로 연구진들이 협력해서 세계 최고의 뭘 만들고 있대?');
    expect(answer.answer).not.toBe('수준');
  });
  it('not a title for a place asked', async () => {
    const answer = await engine.answer('윤가온 장관이 누리랩스랑 협약 맺은 곳 어디야?');
    expect(answer.answer ?? '').not.toMatch(/사장$/u);
  });
});
