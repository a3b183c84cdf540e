/**
 * An organization asked without its ending ("하늘제노 대표" for 하늘제노사, "가람 기술이전" for
 * 가람제약) or one jamo off ("하늘제누"), read as the corpus writes it (src/answer/span/spelledAsCorpus.ts),
 * through answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '바이오 창업 설명회 열려', outlet: '가상일보', author: null, date: '2025-09-13', url: null },
      [
        ['설명회 1부에선 HIC 내 R&D 창업 오피스에 입주하는 국내 기업들에 대한 입주기념식과 하늘제노사 김도현 대표의 사례 발표에 이어 참석기업 중 가람USA, 누리USA, 동해ST, 가람제약, 누리헬스케어, 서해진단 등이 회사 소개 및 투자 유치 발표를 진행했다.'],
        ['2부에서는 가람제약이 미국 바이오 기업과 맺은 1,200억원 규모의 기술이전 계약이 소개됐다.'],
        ['누리바이오 최성민 대표와 누리전자 박하준 대표도 참석했다.'],
      ],
    ),
  ]);
});

describe('an organization asked without its ending', () => {
  it('the person of the one organization the corpus writes so', async () => {
    expect(await engine.answer('하늘제노 대표 이름 뭐였지')).toMatchObject({ found: true, answerKind: 'span' });
    expect((await engine.answer('하늘제노 대표 이름 뭐였지')).answer).toContain('김도현');
  });
  it('a deal asked by the company without its ending, in 몇 억 (money, not a count)', async () => {
    expect((await engine.answer('가람 기술이전 몇 억짜리래?')).answer).toContain('1,200억원');
  });
  it('one jamo off', async () => {
    expect((await engine.answer('하늘제누 대표 이름 뭐였지')).answer).toContain('김도현');
  });
});
