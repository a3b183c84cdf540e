/**
 * English questions answered by what Korean news writes around a name or a verb: the thing a company
 * makes before its kind noun ("진단키트 생산기업 X"), the means before "을 통해", and the person whose
 * words a writer borrows ("… 의 말처럼"). Through engine.answer, over an invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '가온시 스타트업 박람회 개막', outlet: '가상일보', author: null, date: '2026-05-02', url: null },
      [
        ['이번 박람회에는 수질측정센서 생산기업 하늘물산, 드론 기반 농업관리 솔루션개발업체 들녘랩 등 20개 기업이 참가했다.'],
        ['가온시는 지역 수준의 인허가 간소화를 통해 창업 생태계를 키우겠다고 밝혔다.'],
        ['시장은 “천 리 길도 한 걸음부터”라는 조선의 학자 정다산의 말처럼 작은 시도가 모여 성과가 된다고 강조했다.'],
      ],
    ),
  ]);
});

describe('apposition and frame readers for English questions', () => {
  it('answers what a company produces with the thing before its kind noun', async () => {
    const answer = await engine.answer('What does Haneul Mulsan produce?');
    expect(answer.answer).toBe('수질측정센서');
  });

  it('answers what kind of solution a startup develops with the words before the compound', async () => {
    const answer = await engine.answer('What kind of solution does 들녘랩 develop?');
    expect(answer.answer).toBe('농업관리 솔루션');
  });

  it('answers "through what" with the means before 을 통해', async () => {
    const answer = await engine.answer('Gaon city said it will grow the 창업 생태계 through what?');
    expect(answer.answer).toBe('인허가 간소화');
  });

  it('answers whose words the mayor borrows with the name before 의 말처럼', async () => {
    const answer = await engine.answer('Whose words does the mayor quote about a journey of a thousand li?');
    expect(answer.answer).toBe('정다산');
  });
});
