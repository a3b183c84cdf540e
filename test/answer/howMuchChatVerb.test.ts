/**
 * A short chat verb closing a how-much question ("얼마 들어?", "몇 명 와?") only asks how much: it is
 * no topic word and is not searched for, so a sentence that holds it inside another word
 * ("만들어내고" holds 들어) does not outrank the one that gives the figure. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { analyzeQuestion } from '../../src/answer/question.ts';
import { prepareQuestion } from '../../src/answer/prepare.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'dock', title: '해누리 수소항만 조성', outlet: '가상일보', author: null, date: '2026-03-02', url: null },
      [
        ['해양청은 해누리 수소항만 조성에 약 3,400억 원을 들인다고 밝혔다.'],
        ['항만청장은 "해누리 수소항만이 새로운 물류 모델을 만들어내고 지역 일자리를 넓힐 것"이라고 말했다.'],
        ['착공식에는 주민 120명이 참석했다.'],
      ],
    ),
  ]);
});

describe('a chat verb closing a how-much question', () => {
  it('is left out of the topic and of search', () => {
    const analysis = analyzeQuestion(prepareQuestion('해누리 예산 얼마 들어?'));
    expect(analysis.ok && analysis.value.topic).toBe('해누리');
    expect(analysis.ok && analysis.value.searchText).toBe('해누리 예산 얼마');
  });
  it('keeps a verb that is not right after 얼마/몇 ("언제 열려" is the event, not a chat verb)', () => {
    const analysis = analyzeQuestion(prepareQuestion('수소항만 착공식 언제 열려?'));
    expect(analysis.ok && analysis.value.searchText).toBeUndefined();
  });
  it('answers the figure, as the question without the verb does', async () => {
    for (const question of ['해누리 수소항만 얼마 들어?', '해누리 수소항만 예산 얼마나 들어?']) {
      const answer = await engine.answer(question);
      expect(answer.found, question).toBe(true);
      expect(answer.answer, question).toContain('3,400억 원');
    }
  });
});
