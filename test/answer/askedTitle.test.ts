/**
 * A person asked by title is answered by one who holds it: "한빛제약 CEO 누구" is not answered with
 * the hospital director named beside an unnamed CEO. The head of a company is its 대표, 사장 or CEO.
 * An invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'forum', title: '한빛 바이오 포럼 열려', outlet: '가상일보', author: null, date: '2025-06-02', url: null },
      [
        ['포럼에는 김민수 한빛병원 원장과 한빛제약, 누리바이오의 CEO 등 12명이 참석했다.'],
        ['박지훈 누리바이오 사장은 "공동 연구를 늘리겠다"고 말했다.'],
        ['최서연 누리바이오 최고기술책임자(CTO)는 "신약 후보를 두 배로 늘리겠다"고 밝혔다.'],
      ],
    ),
  ]);
});

describe('a person asked by title', () => {
  it('is not answered with someone holding another title', async () => {
    const answer = await engine.answer('한빛제약 CEO 포럼 참석한 사람 누구야');
    if (answer.found && answer.answerKind === 'span') expect(answer.answer).not.toContain('김민수');
  });

  it('is answered by the head of the company under another name of the post (대표 → 사장)', async () => {
    const answer = await engine.answer('누리바이오 대표 누구야?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('박지훈');
    const cto = await engine.answer('누리바이오 CTO 누구야?');
    expect(cto.found).toBe(true);
    expect(cto.answer).toContain('최서연');
  });
});
