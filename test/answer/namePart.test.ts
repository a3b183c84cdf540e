/**
 * A name asked by a part the asker remembers (src/answer/namePart.ts): "한빛으로 시작하는 데 풀네임",
 * "KT 붙은 회사 이름", "Labs 붙은 데 어디어디". Invented article, through answer().
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'park', title: '가온 테크파크 2기 입주사 확정', outlet: '가상경제신문', author: null, date: '2026-05-02', url: null },
      [
        ['가온 테크파크에는 지난해 입주한 누리소재, 다온Labs, 세움바이오, 가람Labs 등에 이어 올해 Blue Harbor, 한빛메디칼, 오름로직스가 새로 입주한다.'],
        ['테크파크 운영은 가온산업진흥원이 맡는다.'],
      ],
    ),
  ]);
});

describe('a name asked by a part of it', () => {
  it.each([
    ['테크파크 올해 입주사 중에 한빛으로 시작하는 데 풀네임 뭐야?', '한빛메디칼'],
    ['테크파크 올해 들어가는 회사 중 Blue 붙은 회사 정확한 이름?', 'Blue Harbor'],
    ['테크파크 작년 입주사 중에 Labs 붙은 데 어디어디?', '다온Labs, 가람Labs'],
    ['테크파크 입주사 중 로직스로 끝나는 회사 이름', '오름로직스'],
  ])('%s → %s', async (question, expected) => {
    expect(await engine.answer(question)).toMatchObject({ found: true, answer: expected });
  });
  it('several names for a question of one: not this reader\'s answer', async () => {
    const answer = await engine.answer('테크파크 입주사 중에 Labs 붙은 회사 이름 뭐야?');
    expect(answer.answer === '다온Labs' || answer.answer === '가람Labs').toBe(false);
  });
  it('no name with that part: not answered with another name', async () => {
    const answer = await engine.answer('테크파크 입주사 중에 Quantum 붙은 회사 이름?');
    expect(answer.answer ?? '').not.toContain('Quantum');
  });
});
