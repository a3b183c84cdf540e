/**
 * A question that names the outlet it read ("가상경제신문에서 본 …") is answered as the same question
 * without it: the outlet is which article the asker read, not a word its sentences hold
 * (src/answer/sentences.ts `namesOutlet`, over `Library.outlets`). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { Library } from '../../src/answer/library.ts';
import { arraySource } from '../../src/corpus/source.ts';
import { ExtractedFacts } from '../../src/facts/source.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { answerTypeHints } from '../../src/facts/index.ts';

const articles = [
  buildArticle({ id: 'hub', title: '바이오 연구단지 예산 확정', outlet: '가상경제신문', author: null, date: '2026-03-02', url: null }, [
    ['정부는 송도 바이오 연구단지 조성에 모두 1,850억 원을 투입한다고 2일 밝혔다.'],
    ['연구단지는 2028년 완공될 예정이다.'],
  ]),
  buildArticle({ id: 'port', title: '항만 물동량 늘어', outlet: '가상 일보', author: null, date: '2026-03-03', url: null }, [
    ['부산항의 올해 1분기 물동량은 작년보다 6.2% 늘었다.'],
  ]),
  buildArticle({ id: 'hub2', title: '연구단지 입주 기업 모집', outlet: '가상경제신문', author: null, date: '2026-03-04', url: null }, [
    ['연구단지 입주 기업 모집은 다음 달 시작된다.'],
  ]),
];

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine(articles);
});

describe('a question naming its outlet', () => {
  it('is answered as without the outlet, whether its name is written with spaces or not', async () => {
    const plain = await engine.answer('송도 바이오 연구단지 예산은 얼마?');
    expect(plain).toMatchObject({ found: true, answer: expect.stringContaining('1,850억 원') });
    for (const question of ['가상경제신문에서 본 송도 바이오 연구단지 예산은 얼마?', '가상일보에서 송도 바이오 연구단지 예산은 얼마?']) {
      const named = await engine.answer(question);
      expect({ found: named.found, answer: named.answer }, question).toEqual({ found: plain.found, answer: plain.answer });
    }
  });

  it('lists each outlet once, in corpus order', () => {
    const source = arraySource(articles);
    const index = SearchIndex.build(source, { answerTypes: answerTypeHints() });
    expect(new Library(source, new ExtractedFacts(source), { retriever: index, lexicon: index }).outlets).toEqual(['가상경제신문', '가상 일보']);
  });
});
