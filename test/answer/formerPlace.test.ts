/**
 * A place said to be the past one ("그간 가온시에서 열리던 대회가 처음으로 누리섬에서 열린다") is not
 * the one asked (src/answer/place.ts), through answer().
 * Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'festival', title: '해양 축제 장소 옮긴다', outlet: '가상일보', author: null, date: '2025-03-02', url: null },
      [
        ['한도윤 축제조직위원장은 “그간 가온시에서 개최되던 바다 축제가 최초로 누리섬 본섬에서 개최되는 것이 큰 의미가 있다”고 강조하며, “참여 기업과 주민의 많은 관심을 부탁한다”고 말했다.'],
        ['축제는 7월에 사흘간 열린다.'],
      ],
    ),
  ]);
});

describe('a past place beside the new one', () => {
  it('the new one is where it is held', async () => {
    expect((await engine.answer('한 위원장이 바다 축제가 처음으로 어디서 열리는 게 의미 크다고 했어?')).answer).toBe('누리섬 본섬');
  });
});
