/**
 * "Who was the presiding judge?", "Who is the leader of X?": when the Korean readers name no one, the
 * holder of the role asked in a ranked sentence — in brackets after a court, before the name as a bare
 * title, after a slash and an organization — and no one when two people hold it or the holder is a
 * person the question itself names. Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'court', title: '전세사기 임대인 징역 12년', outlet: '가상일보', author: null, date: '2026-12-18', url: null },
      [
        ['가온지법 형사5부(박서준 부장판사)는 18일 사기 혐의로 기소된 임대인 한모씨에게 징역 12년을 선고했다.'],
        ['재판부는 "피해자 대부분이 사회초년생"이라고 밝혔다.'],
      ],
    ),
    buildArticle(
      { id: 'band', title: '밴드 노바레인, 첫 월드투어', outlet: '가상일보', author: null, date: '2026-12-10', url: null },
      [
        ['노바레인은 2020년 데뷔한 5인조 밴드로, 리더 윤하람을 비롯해 다섯 명으로 구성돼 있다.'],
        ['리더 윤하람은 "첫 월드투어를 팬들과 함께 완성하겠다"고 말했다.'],
      ],
    ),
  ]);
});

describe('the holder of a role asked in English', () => {
  it('reads a judge in brackets after the court', async () => {
    const answer = await engine.answer('Who was the presiding judge?');
    // The Korean person reader reads the bracketed judge with the title (facts/person.ts); an English
    // question keeps the title beside the name.
    expect(answer.answer).toBe('박서준 부장판사');
  });

  it('reads a name after a bare title word', async () => {
    const answer = await engine.answer('Who is the leader of 노바레인?');
    expect(answer.answer).toBe('윤하람');
  });
});
