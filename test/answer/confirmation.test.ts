/**
 * Questions that state a figure and ask whether it holds ("… 삼천오백억 든다는 거 맞아?"), through
 * answer(): the articles' figure answers, and `confirms` says whether it is the one stated.
 * Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import { readConfirmation } from '../../src/answer/confirmation.ts';
import { prepareQuestion } from '../../src/answer/prepare.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { renderAnswer } from '../../src/render/index.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'plant', title: '가온시에 이차전지 소재 공장 착공', outlet: '가상경제', author: null, date: '2026-03-10', url: null },
      [
        ['누리소재는 가온시 산업단지 5만㎡ 부지에 약 3,500억 원을 들여 양극재 공장을 짓는다.'],
        ['공장 준공은 2028년 6월로 예정돼 있다.'],
        ['착공식에는 협력사 17곳이 참석했다.'],
      ],
    ),
  ]);
});

describe('readConfirmation', () => {
  it('reads the stated figure and asks the question of its kind without it', () => {
    const read = readConfirmation(prepareQuestion('공장 짓는 데 삼천오백억 든다는 거 맞아?'));
    expect(read?.claimed.type).toBe('money');
    expect(read?.asked).toBe('공장 짓는 데 얼마 든다는');
  });

  it('is null for a question that states no figure or does not ask whether it holds', () => {
    expect(readConfirmation(prepareQuestion('공장 가온시에 짓는 거 맞지?'))).toBeNull();
    expect(readConfirmation(prepareQuestion('공장 짓는 데 얼마 들어?'))).toBeNull();
    expect(readConfirmation(prepareQuestion('3500억 맞아?'))).toBeNull();
  });
});

describe('answer() to a confirmation', () => {
  it('answers with the articles\' figure and says it is the same', async () => {
    const answer = await engine.answer('양극재 공장 짓는 데 삼천오백억 든다는 거 맞아?');
    expect(answer.answer).toContain('3,500억');
    expect(answer.query).toBe('양극재 공장 짓는 데 삼천오백억 든다는 거 맞아?');
    expect(answer.confirms).toEqual({ claimed: '3500억', agrees: true });
  });

  it('answers with the articles\' figure and says it differs when the question misremembers', async () => {
    const answer = await engine.answer('양극재 공장 짓는 데 4천억 든다는 거 맞지?');
    expect(answer.answer).toContain('3,500억');
    expect(answer.confirms).toEqual({ claimed: '4천억', agrees: false });
    const description = renderAnswer(answer, { locale: 'ko' }).embeds?.[0]?.description ?? '';
    expect(description).toContain('4천억');
    expect(description).toContain('아니라');
  });

  it('reads a count spelled in native numerals', async () => {
    const answer = await engine.answer('착공식 협력사 열일곱 곳 참석한 거 맞아?');
    expect(answer.answer).toContain('17곳');
    expect(answer.confirms?.agrees).toBe(true);
  });
});
