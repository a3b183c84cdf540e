/**
 * Through answer(): a date bound to the list that names what the question names ("지난해 입주한 A, B
 * 등에 이어 C, D 등 20개 기업이 올해 입주한다" asked about D → 올해), and a name asked anywhere in a
 * question is a slot a sentence without one does not fill. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hub', title: '판교 창업허브 입주 기업 확대', outlet: '가상일보', author: null, date: '2025-03-02', url: null },
      [
        ['판교 창업허브에는 지난해 입주한 누리텍, 하늘로보틱스, 바다셀 등에 이어 가온바이오, 미르소프트, 다온메디 등 12개 기업이 올해 입주한다.'],
        ['하늘로보틱스는 미국 기업에 신약 후보물질을 기술이전하는 계약을 맺었다.'],
      ],
    ),
  ]);
});

describe('a date bound to its list', () => {
  it('the date of the list that names the company', async () => {
    expect(await engine.answer('미르소프트 창업허브 입주 언제')).toMatchObject({ found: true, answer: '올해' });
    expect((await engine.answer('바다셀 창업허브 입주 언제 했어?')).answer).toBe('지난해');
  });
});

describe('a name asked in a question of two', () => {
  it('is not answered with a sentence that names none', async () => {
    const answer = await engine.answer('하늘로보틱스가 넘긴 신약 후보물질 이름 뭐였지? 무슨 질환 치료제래?');
    expect(answer.found).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
