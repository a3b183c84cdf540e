/**
 * A figure a sentence compares with or changes from is not the one asked (src/answer/change.ts,
 * figureScope.ts comparedBaseline), through answer(): "확정된 예비비" is the value a cut leaves
 * ("정부안 2조 원에서 5천억 원이 삭감된 1조5천억 원으로"), not the one it starts from, unless the question
 * asks the 정부안; "이번 선거 투표율" is not "지난 선거 당시 61.0%보다". Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'budget', title: '가온시 내년 예산 12조 원 확정', outlet: '가상일보', author: null, date: '2026-12-03', url: null },
      [
        ['가온시의회는 내년 예산 12조 원을 확정했다.'],
        ['예비비는 정부안 2조 원에서 5천억 원이 삭감된 1조5천억 원으로 결정됐다.'],
      ],
    ),
    buildArticle(
      { id: 'vote', title: '한솔군수 보궐선거, 투표율 48.3%', outlet: '가상일보', author: null, date: '2026-04-03', url: null },
      [
        ['한솔군수 보궐선거의 선거인 수는 3만1,200명이었고 투표율은 48.3%를 기록했다.'],
        ['지난 지방선거 당시 한솔군 투표율 61.0%보다 12.7%포인트 낮다.'],
      ],
    ),
  ]);
});

describe('a compared or former figure', () => {
  it('the value a cut leaves, not the one it starts from', async () => {
    expect(await engine.answer('확정된 예비비 규모는 얼마인가?')).toMatchObject({ found: true, answer: '1조5천억 원' });
    expect(await engine.answer('예비비 정부안은 얼마였어?')).toMatchObject({ found: true, answer: '2조 원' });
  });
  it('the figure compared with does not answer for this time', async () => {
    const now = await engine.answer('이번 한솔군 보궐선거 투표율은 얼마인가?');
    expect(now.found && now.answerKind === 'span' ? now.answer : null).not.toBe('61.0%');
  });
});
