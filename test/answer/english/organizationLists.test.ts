/**
 * Which companies, read from bare lists of names: a list that is the clause's subject ("A, B, C 등은 …
 * 계약을 체결했다") and a partner list ("A, B, C와 협력해 …") are read with their whole sentence, and
 * of the cited sentences the one saying most of the question answers; a place the question sets the
 * scene with need not stand in that clause. Through engine.answer, over an invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'night', title: '가온시, 해외 바이어 초청 수출상담회 개최', outlet: '가상일보', author: null, date: '2026-06-12', url: null },
      [
        ['가온시는 11일 해외 바이어 초청 수출상담회를 열었다.'],
        ['이번 행사를 계기로 식품, 화장품 등 다양한 업종의 지역 기업과 해외 기업 간에 총 5건의 수출계약이 체결됐다.'],
        ['푸른들식품, 새솔코스메틱, 한빛정밀 등은 해외 기업과 수출, 유통을 위한 계약을 체결했다.'],
        ['또한, 같은 장소에서 아마로직스, 젠텍소프트와 협력해 AI, 식품 분야 지역 스타트업 12개 사가 해외 전문가와 만나는 자리도 마련됐다.'],
      ],
    ),
  ]);
});

describe('organizations from bare lists', () => {
  it('names the firms a subject list says signed contracts', async () => {
    const answer = await engine.answer('Name a local firm that signed an export or distribution contract with a foreign company.');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('푸른들식품');
  });

  it('names the partners a list says the city worked with, the sentence saying most of the question', async () => {
    const answer = await engine.answer('Which companies did the city work with so that 12 startups could meet foreign experts?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('아마로직스');
  });
});

describe('a university known by its acronym', () => {
  it('names it by the acronym the article glosses it with, not the hospital asked about', async () => {
    const uni = await createEngine([
      buildArticle(
        { id: 'mou', title: '가온병원, 해외 대학과 협력', outlet: '가상일보', author: null, date: '2026-06-12', url: null },
        [['포스텍(POSTECH)과 가온병원(GOH) 등 총 3건의 연구 협력 MOU도 체결됐다.']],
      ),
    ]);
    const answer = await uni.answer('Which university signed a research MOU with Gaon Hospital?');
    expect(answer.answer).toBe('POSTECH');
  });
});
