/**
 * A speaker named beside words their articles never speak of (src/answer/quote.ts): "정하람 시장이
 * 항만 노조에 대해 한 말" is not answered with whatever else 정하람 said. Through answer(); invented
 * articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'budget', title: '가온시, 내년 예산안 3조 원 편성', outlet: '가상일보', author: null, date: '2025-11-03', url: null },
      [
        ['가온시가 내년도 예산안을 3조 원 규모로 편성했다.'],
        ['예산안은 시의회 본회의에서 다음 달 확정된다.'],
        ['정하람 가온시장은 "시민과 기업 모두에게 도움이 되는 예산"이라고 강조했다.'],
      ],
    ),
    buildArticle(
      { id: 'festival', title: '가온 빛축제 개막', outlet: '가상경제', author: null, date: '2025-11-04', url: null },
      [
        ['가온 빛축제가 4일 개막했다.'],
        ['축제는 열흘 동안 도심 하천변에서 열린다.'],
        ['정하람 가온시장은 개막식에서 "빛축제를 세계적인 겨울 축제로 키우겠다"고 말했다.'],
      ],
    ),
  ]);
});

describe("a speaker's quotes, asked about a topic", () => {
  it('the quote from the article that speaks of the topic', async () => {
    const answer = await engine.answer('정하람 시장이 축제 개막식에서 한 말');
    expect(answer.answer).toContain('세계적인 겨울 축제');
  });
  it('no article of theirs speaks of it: none of their other quotes answers', async () => {
    const answer = await engine.answer('정하람 시장이 항만 노조 파업에 대해 한 발언');
    expect(answer.answer ?? '').not.toMatch(/겨울 축제|도움이 되는 예산/u);
  });
  it('the speaker alone: their quotes', async () => {
    const answer = await engine.answer('정하람 시장 발언');
    expect(answer.answer).toMatch(/겨울 축제|도움이 되는 예산/u);
  });
});
