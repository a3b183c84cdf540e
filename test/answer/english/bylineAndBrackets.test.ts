/**
 * English questions through answer() over invented articles: an outlet named in English asks the
 * byline; "share of the vote" asks the rate (득표율).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'test', title: '한빛대병원, 간암 조기 진단 혈액검사법 개발', outlet: '가람경제', author: '정하늘 기자', date: '2026-03-04', url: null },
      [
        ['한빛대병원 연구팀이 혈액 속 단백질 조각을 분석해 초기 간암을 찾아내는 검사법을 개발했다.'],
        ['연구팀에 따르면 새 검사법의 간암 진단 민감도는 81.2%로, 기존 PX-7 검사(42.5%)보다 38.7%포인트 높았다.'],
      ],
    ),
    buildArticle(
      { id: 'vote', title: '누리군수 재선거, 한도윤 당선', outlet: '다온일보', author: null, date: '2026-04-08', url: null },
      [
        ['누리군 선거관리위원회에 따르면 한도윤 당선인은 득표율 51.3%로 2위 후보를 6.2%포인트 차로 앞섰다.'],
      ],
    ),
  ]);
});

describe('English questions over invented articles', () => {
  it('reads an outlet named in English as the byline', async () => {
    const answer = await engine.answer('Which Garam Economic Daily reporter wrote the liver cancer test story?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('정하늘');
  });

  it('reads "share of the vote" as 득표율, a rate', async () => {
    const answer = await engine.answer('What share of the vote did Han Do-yoon win?');
    expect(answer).toMatchObject({ found: true, answer: '51.3%' });
  });
});
