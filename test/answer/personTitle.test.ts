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
    buildArticle(
      { id: 'council', title: '가온시의회 개원', outlet: '가상일보', author: null, date: '2025-07-01', url: null },
      [
        ['가온시의회가 1일 개원했다.'],
        ['윤가람 가온시의회 의장은 항만 조직위원직을 겸하고 있다.'],
        ['2019년 가온 국제요트대회 조직위원장을 지낸 윤가람 의장은 대회 운영을 맡았다.'],
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

  it('the title the question places ("요트대회에서 맡았던 직책") is read from the sentence that says it', async () => {
    const answer = await engine.answer('윤가람 의장이 요트대회 때 맡았던 직책은?');
    expect(answer.answer).not.toBe('가온시의회 의장');
  });

  it('"조직위원직" holds 직위 but asks no title', async () => {
    const answer = await engine.answer('윤가람 의장의 조직위원직 겸직 사실이 알려진 곳은?');
    expect(answer.answer ?? '').not.toBe('가온시의회 의장');
  });

  it('a person the articles do not name is not answered by this reader', async () => {
    const answer = await engine.answer('김철수 직함이 뭐야?');
    expect(answer.found).toBe(false);
  });
});
