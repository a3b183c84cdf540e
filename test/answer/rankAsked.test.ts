/**
 * 순위 asked (src/answer/rank.ts): "몇 위", "순위는" is answered by the N위 the sentence gives, not
 * by the share or the count beside it. Through answer(), over an invented sports and box-office page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'volley', title: '한빛 스파이커스 5연승 질주', outlet: '스포츠누리(가상)', author: null, date: '2027-01-20', url: null },
      [
        ['한빛 스파이커스 윤하람은 19일 경기에서 서브 에이스 6개를 기록했다.'],
        ['윤하람의 공격 성공률은 54.3%로 리그 2위다.'],
        ['새로 개봉한 다큐멘터리 \'푸른 섬\'은 주말 9만2,410명을 모아 박스오피스 4위에 올랐다.'],
      ],
    ),
  ]);
});

describe('a rank asked', () => {
  it.each([
    ['윤하람 공격 성공률 리그 몇 위야?', '2위'],
    ['다큐멘터리 푸른 섬의 주말 박스오피스 순위는?', '4위'],
  ])('%s → %s', async (question, gold) => {
    const answer = await engine.answer(question);
    expect(answer.found).toBe(true);
    expect(answer.answer).toBe(gold);
  });

  it('a question that names the rank asks something else', async () => {
    const answer = await engine.answer('박스오피스 4위에 오른 다큐멘터리는 무엇인가?');
    expect(answer.answer ?? '').not.toBe('4위');
  });
});
