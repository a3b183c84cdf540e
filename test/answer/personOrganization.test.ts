/**
 * People asked by title: a person's organization ("… 연구원 어디 소속이야?", "ㅎㄱㄷ 대표 어느
 * 회사", "홍길도 어디 대표야?"), and a person's full name asked by their fused title and 초성
 * ("도시재생과장 ㅂㅅㅎ 풀네임"), through answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'market', title: '소재 업계, 하반기 수요 회복 기대', outlet: '가상경제', author: null, date: '2025-07-01', url: null },
      [
        ['소재 업계가 하반기 수요 회복을 기대하고 있다.'],
        ['박서준 미래에셋대우증권 연구원은 "재고 조정이 끝나 가고 있다"면서도 "원자재 가격이 오르면 마진이 줄 수 있다"고 분석했다.'],
        ['이날 간담회에는 하늘바이오 홍길동 대표와 바다전자 이수진 부사장이 참석했다.'],
      ],
    ),
    buildArticle(
      { id: 'city', title: '누리시, 원도심 재생 사업 착수', outlet: '가상일보', author: null, date: '2025-07-02', url: null },
      [
        ['누리시가 원도심 재생 사업에 착수한다.'],
        ['박상훈 도시재생과장은 "주민 의견을 먼저 듣겠다"고 말했다.'],
        ['최민호 누리시장은 "원도심이 다시 살아날 것"이라고 밝혔다.'],
      ],
    ),
  ]);
});

describe("a person's organization", () => {
  it('the person named (in full, by 초성, with a typo) or holding the asked title in the best sentence', async () => {
    expect(await engine.answer('원자재 가격 오르면 마진 줄 수 있다고 한 연구원 어디 소속이야?')).toMatchObject({ found: true, answerKind: 'span', answer: '미래에셋대우증권' });
    expect(await engine.answer('ㅎㄱㄷ 대표 어느 회사야?')).toMatchObject({ found: true, answer: '하늘바이오' });
    expect(await engine.answer('이수진 부사장 소속 회사 어디?')).toMatchObject({ found: true, answer: '바다전자' });
  });
  it('not when the question names the organization itself', async () => {
    const answer = await engine.answer('하늘바이오 대표 소속 어디야?');
    expect(answer.answer === '하늘바이오').toBe(false);
  });
});

describe('who said the words the question quotes', () => {
  it('the speaker of the quote holding them, paraphrased a little', async () => {
    const answer = await engine.answer("'주민 의견부터 먼저 듣겠다'고 한 사람 누구야?");
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('박상훈');
  });
  it('no quote holds them: not answered with a speaker', async () => {
    const answer = await engine.answer("'세금을 모두 돌려주겠다'고 한 사람 누구야?");
    expect(answer.answer ?? '').not.toContain('박상훈');
  });
});

describe("a person's title", () => {
  it('asked by the name with a one-jamo typo', async () => {
    const answer = await engine.answer('박상혼 과장 직함 정확히 뭐야?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('도시재생과장');
  });
});

describe("a person's full name by their fused title", () => {
  it('도시재생과장 with 초성 and 풀네임 is a person question, not another name of a name', async () => {
    const answer = await engine.answer('누리시 도시재생과장 ㅂㅅㅎ 맞아? 풀네임 뭐였지?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span', intent: 'person' });
    expect(answer.answer).toContain('박상훈');
  });
});
