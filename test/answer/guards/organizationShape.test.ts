/**
 * An organization asked by its class noun (기관, 회사, 단체 …) is not answered by a figure, a bare
 * class noun or a person with a title (src/answer/guards/organizationShape.ts). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { notOrganizationName } from '../../../src/answer/guards/organizationShape.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'fest', title: '해솔 별빛축제 폐막', outlet: '가상일보', author: null, date: '2026-09-01', url: null },
      [
        ['제3회 해솔 별빛축제가 닷새 일정을 마치고 지난 7일 폐막했다.'],
        ['재단은 올해 축제 관람객이 41만 명으로 집계됐다고 밝혔다.'],
        ['시는 피해 주택 58채를 경매로 사들여 공공임대주택으로 제공한다.'],
        ['요금 인상안은 해솔시 물가대책위원회가 심의해 확정했다.'],
      ],
    ),
  ]);
});

const noPerson = (word: string) => word === '김하늘' || word === '윤가람';

describe('an organization asked by name', () => {
  it('is not a bare class noun or a single syllable', async () => {
    for (const question of ['축제 관람객 집계를 발표한 기관은 어디인가?', '피해 주택을 경매로 사들여 공공임대주택으로 제공하는 기관은 어디인가?']) {
      const answer = await engine.answer(question);
      expect(answer.found && answer.answerKind === 'span' ? (answer.answer ?? '') : '').not.toMatch(/^(?:재단|시)$/u);
    }
  });
  it('a real name still answers', async () => {
    const answer = await engine.answer('요금 인상안을 심의한 기관은 어디야?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('물가대책위원회');
  });
  it('figures, bare class nouns and titled people are refused; names pass', () => {
    expect(notOrganizationName('주택을 사들이는 기관은 어디인가?', '58명', noPerson)).toBe(true);
    expect(notOrganizationName('관람객 집계를 발표한 기관은 어디인가?', '재단', noPerson)).toBe(true);
    expect(notOrganizationName('지적한 소비자단체는 어디인가?', '윤가람 사무국장', noPerson)).toBe(true);
    expect(notOrganizationName('협약 맺은 회사 어디였지', '김하늘 산업부 장관(오른쪽)', noPerson)).toBe(true);
    expect(notOrganizationName('지적한 소비자단체는 어디인가?', '한빛소비자연대 윤가람 사무국장', noPerson)).toBe(false);
    expect(notOrganizationName('어느 증권사 소속이야?', '한결투자증권', noPerson)).toBe(false);
    expect(notOrganizationName('기관은 어디인가?', '미국 에너지부(DOE)', noPerson)).toBe(false);
    // Not an organization question: a person is a fine answer.
    expect(notOrganizationName('지적한 사람은 누구인가?', '윤가람 사무국장', noPerson)).toBe(false);
  });
});
