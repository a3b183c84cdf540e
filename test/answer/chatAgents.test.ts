/**
 * Who did it, asked in chat: "… '…'이라고 한 데 어디야?" (하다 after a quoted name is calling it,
 * src/answer/agent.ts) and "… 추진 주체로 나온 기관 이름 뭐야" (the organization the article writes in
 * brackets after a noun of the question, src/answer/apposition.ts), through answer(). Invented
 * articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'valley', title: '판교, 아시아 혁신 거점으로', outlet: '가상일보', author: null, date: '2025-09-13', url: null },
      [
        ['시장조사 업체 ‘노스필드 리서치’는 판교의 창업 밀도가 아시아에서 가장 높다는 의미로 ‘아시아에서 가장 붐비는 창업 거리’로 칭한 바 있다.'],
        ['한편 이날 행사와 관련, 가온 창업 허브(판교, 2026년까지 구축 계획) 운영 주체(한빛창업진흥원 등)는 누리랩(판교의 창업 지원 공간)과 업무협약을 체결했다.'],
        ['허브에는 모두 40개 기업이 입주한다.'],
        ['가온시와 한빛요트협회가 공동 주최한 요트 대회에는 9개국 선수 300여 명이 참가했다.'],
      ],
    ),
  ]);
});

describe('who called it so', () => {
  it("'…'이라고 한 데: the subject of the article's verb of calling", async () => {
    expect((await engine.answer('판교 보고 아시아에서 가장 붐비는 창업 거리라고 한 데 어디야?')).answer).toBe('노스필드 리서치');
  });
});

describe('a verb noun asked with 어디 right after it', () => {
  it('공동주최 어디어디야: the doers of 주최', async () => {
    expect((await engine.answer('요트 대회 공동주최 어디어디야?')).answer).toBe('가온시와 한빛요트협회');
  });
});

describe('the organization in brackets after a noun of the question', () => {
  it('asked as the name of the organization that noun names', async () => {
    expect(await engine.answer('가온 창업 허브 운영 주체로 나온 기관 이름 뭐야')).toMatchObject({ found: true, answer: '한빛창업진흥원' });
  });
  it('not the bracket describing another noun of the question', async () => {
    expect((await engine.answer('가온 창업 허브 운영 주체로 누리랩이랑 협약 맺은 기관 어디라고 나와?')).answer).toBe('한빛창업진흥원');
  });
  it('not a bracket holding a place and a date', async () => {
    const answer = await engine.answer('가온 창업 허브 들어선 곳 이름 뭐야');
    expect(answer.answer ?? '').not.toContain('2026년');
  });
});
