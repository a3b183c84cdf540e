/**
 * The warm-up answers a few questions and drops them: answers after it are those of a cold engine.
 * Invented articles, not the seeds.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, warmEngine } from '../../src/answer/index.ts';
import { buildArticle } from '../../src/corpus/article.ts';

const articles = () => [
  buildArticle(
    { id: 'harbor', title: '한빛항, 스마트 항만 착공', outlet: '가상일보', author: null, date: '2025-04-02', url: null },
    [
      ['한빛항만공사는 총사업비 3,200억 원을 들여 스마트 항만을 짓는다고 2일 밝혔다.'],
      ['착공식에는 김도윤 해양수산부 장관과 기업 관계자 120명이 참석했다.'],
      ['김 장관은 "한빛항을 동북아 물류 거점으로 키우겠다"고 말했다.'],
    ],
  ),
];

describe('warmEngine', () => {
  it('leaves every later answer as a cold engine gives it', async () => {
    const cold = await createEngine(articles());
    const warm = await createEngine(articles());
    await warmEngine(warm);
    for (const question of ['How much will the smart port cost?', '착공식에 몇 명 참석했어?', 'What did the minister say about the port?', 'Who is Kim Do-yun?']) {
      expect(await warm.answer(question)).toEqual(await cold.answer(question));
    }
  });
});
