/**
 * "김다온 교수 연구팀이 … 개발했다": the person named right before the (연구)팀 leads it, so they answer
 * "연구팀장 누구야" whatever title the sentence gives them (compose.ts leadsTeamAsked). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'lab', title: '한빛대, 값싼 촉매 개발', outlet: '가상과학', author: null, date: '2026-05-05', url: null },
      [['한빛대 화학과 김다온 교수 연구팀이 귀금속 없이 수소를 만드는 촉매를 개발했다고 5일 밝혔다.'], ['연구는 국제 학술지에 실렸다.']],
    ),
  ]);
});

describe('a team lead asked', () => {
  it('is the person the article names before the team', async () => {
    const answer = await engine.answer('값싼 촉매 개발한 연구팀장 누구야?');
    expect(answer.found).toBe(true);
    expect(answer.answer ?? '').toContain('김다온');
  });
});
