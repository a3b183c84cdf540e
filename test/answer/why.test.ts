/**
 * "왜" questions (src/answer/why.ts): the reason a sentence about the topic states — a connective
 * before the outcome ("…낮아", "…여서", "… 판단에 따라") or a sentence saying what the outcome comes
 * from ("… 때문이다", "… 결과로 분석된다"). A why question whose sentences state no reason keeps the
 * sentence as evidence. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { reasonClause } from '../../src/answer/why.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'tram', title: '한솔시 트램 개통 연기', outlet: '가상도시신문', author: null, date: '2026-05-11', url: null },
      [
        ['한솔시 도심 트램은 차세대 교통수단으로 꼽히지만, 신호 체계 검증이 끝나지 않아 개통이 내년으로 미뤄졌다.'],
        ['시는 정류장 12곳 가운데 3곳을 없애기로 했다.'],
        ['정류장 축소는 이용객이 적은 구간의 운영비 부담이 커진 결과로 분석된다.'],
        ['차량 기지 부지가 국가 소유여서 임대 계약을 해마다 갱신해야 하는 점도 부담이다.'],
        ['트램 노선은 모두 9.4㎞다.'],
      ],
    ),
  ]);
});

describe('why questions', () => {
  it('reads the cause a connective gives before the outcome', async () => {
    const answer = await engine.answer('트램 개통 왜 미뤄졌대?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('신호 체계 검증이 끝나지 않아');
  });
  it('reads a sentence that says what the outcome comes from', async () => {
    const answer = await engine.answer('정류장 축소 이유가 뭐야?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('운영비 부담이 커진 결과');
    expect(answer.answer).not.toContain('정류장 축소는');
  });
  it('reads a cause ending in -여서', async () => {
    const answer = await engine.answer('차량 기지 임대 계약이 왜 부담이라는 거야?');
    expect(answer.answer).toBe('차량 기지 부지가 국가 소유여서');
  });
  it('gives no reason where the sentences state none', async () => {
    const answer = await engine.answer('트램 노선 왜 9.4㎞야?');
    expect(answer.answerKind).not.toBe('span');
  });
});

describe('reasonClause', () => {
  it('takes the clause from the last boundary to the connective', () => {
    expect(reasonClause('기존 공장 가동률이 95%를 넘어서면서 증설이 시급하다는 판단에 따라 새 공장을 짓기로 했다.')).toBe('증설이 시급하다는 판단에 따라');
    expect(reasonClause('이상 기온으로 외투 판매가 부진했기 때문이다.')).toBe('이상 기온으로 외투 판매가 부진했기 때문');
  });
  it('does not read a verb of saying as a cause', () => {
    expect(reasonClause('그는 계획을 밝히면서 협력을 당부했다.')).toBeNull();
  });
  it('gives none for a sentence without a cause', () => {
    expect(reasonClause('트램 노선은 모두 9.4㎞다.')).toBeNull();
  });
});
