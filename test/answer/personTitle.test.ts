/**
 * A person's title (src/answer/personTitle.ts): "X 직함이 뭐야?", "X 직책은?" answered with the title and
 * organization as the article writes them, through answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'port', title: '가온항 스마트항만 착공', outlet: '가상일보', author: null, date: '2025-03-04', url: null },
      [
        ['가온항만공사는 3일 스마트항만 1단계 공사를 시작했다고 밝혔다.'],
        ['박서윤 가온항만공사 사장은 “2028년까지 하역 자동화를 마치겠다”고 말했다.'],
        ['이날 착공식에는 한도현 해양수산부 차관과 주민 200여 명이 참석했다.'],
      ],
    ),
  ]);
});

describe("a person's title", () => {
  it.each([
    ['박서윤 직함이 뭐야?', '가온항만공사 사장'],
    ['한도현 직책은?', '해양수산부 차관'],
    ['한 도현 무슨 자리야', '해양수산부 차관'],
  ])('%s → %s', async (question, title) => {
    const answer = await engine.answer(question);
    expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: title });
    const first = answer.citations[0]?.text ?? '';
    expect(first.slice(answer.answerStart ?? 0, answer.answerEnd ?? 0)).toBe(title);
  });

  it('a person the articles do not name is not answered by this reader', async () => {
    const answer = await engine.answer('김철수 직함이 뭐야?');
    expect(answer.found).toBe(false);
  });
});
