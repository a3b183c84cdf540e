/**
 * A person answer is cited with its own sentence first and, next, another sentence that names the
 * same person with the title asked (src/answer/compose.ts), before sentences of other articles that
 * merely share words. Through answer(), over invented articles (not the seeds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'dinner', title: '재미 상공인 만찬 열려', outlet: '가상일보', author: null, date: '2025-05-01', url: null },
      [
        ['만찬에는 오는 10월 개최 예정인 동포 경제대회의 주최 단체인 재미상공총연의 한도윤 회장이 참석해 대회를 홍보했다.'],
        ['행사에는 기업인 200여 명이 참석했다.'],
        ['한도윤 재미상공총연 회장은 “동포 기업과 본국 기업의 협력이 더 넓어질 것”이라고 강조했다.'],
      ],
    ),
    buildArticle(
      { id: 'other', title: '동포 기업 지원 확대', outlet: '가상경제', author: null, date: '2025-05-02', url: null },
      [['재미 동포 기업의 회장단 회의가 다음 달 열린다.'], ['지원 예산은 30억 원이다.']],
    ),
  ]);
});

describe('a person answer corroborated', () => {
  it('by the other sentence naming the person with the title asked', async () => {
    const answer = await engine.answer('재미 상공 총연 회장 누구였지');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('한도윤');
    const texts = answer.citations.map((citation) => citation.text);
    expect(texts.slice(0, 2).some((text) => text.includes('한도윤 회장'))).toBe(true);
  });
});
