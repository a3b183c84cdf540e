/**
 * A name the question itself says is not who or where it asks for (src/answer/compose.ts
 * repeatsQuestion). Through answer(); invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'port', title: '가온시, 항만 협약 체결', outlet: '가상일보', author: null, date: '2025-03-04', url: null },
      [
        ['정하람 가온시장은 4일 시청에서 항만 물류 협약을 체결했다.'],
        ['협약식에는 한도현 해양수산부 차관이 참석했다.'],
        ['경찰은 협약식 주변 교통을 통제했다.'],
      ],
    ),
  ]);
});

describe('a name the question says', () => {
  it.each(['정하람 시장이 시청에서 항만 물류 협약을 맺은 상대 인물은?', '경찰이 교통을 통제한 곳은?', '정하람 시장이 항만 물류 협약을 체결한 인물은 누구인가?'])('%s', async (question) => {
    const answer = await engine.answer(question);
    const shown = (answer.answer ?? '').replace(/\s+/gu, '');
    expect(answer.answerKind === 'span' && question.replace(/\s+/gu, '').includes(shown)).toBe(false);
  });
});
