/**
 * A figure belongs to its clause: "착공은 A, 준공은 B" asked about 준공 is B; "매출은 X, 영업이익은
 * Y" asked about 영업이익 is Y; "기존 X에서 Y로" asked about the figure is Y (X only when 기존 is
 * asked); "N대 가운데 … M대" asked about the part is M; the figure with the question's verb of
 * expecting is the expected one; a figure told for another period (지난해) does not answer a
 * question about 올해. Invented articles in other outlets' styles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'center', title: '누리시, 청년 창업센터 짓는다', outlet: '가상일보', author: null, date: '2025-06-02', url: null },
      [
        ['누리시가 역세권에 청년 창업센터를 짓는다.'],
        ['착공은 오는 2026년 3월, 준공은 2027년 9월 예정이다.'],
        ['센터 입주 공간은 기존 40실에서 120실로 늘어난다.'],
        ['입주 기업 80곳 가운데 바이오 기업은 25곳으로, 공용 실험실을 함께 쓴다.'],
      ],
    ),
    buildArticle(
      { id: 'maker', title: '한결소재, 지난해 실적 발표', outlet: '가상경제', author: null, date: '2025-02-10', url: null },
      [
        ['한결소재의 지난해 매출은 8,200억 원, 영업이익은 540억 원이었다.'],
        ['회사는 올해 신규 공장 가동으로 수주가 늘 것으로 보고 있다.'],
        ['이번 투자설명회에는 기관투자가 40곳이 참석해 회사의 중장기 계획 설명을 들었고, 같은 날 체결된 공급 계약은 1,200억 원 규모였다.'],
        ['회사는 설명회에 참석한 투자자들로부터 300억 원 이상의 투자를 유치할 것으로 기대하고 있다.'],
      ],
    ),
  ]);
});

describe('a figure bound to its clause', () => {
  it('the date of the event asked, not the other clause\'s', async () => {
    expect(await engine.answer('누리시 창업센터 준공 언제 예정이야?')).toMatchObject({ found: true, answer: expect.stringContaining('2027년 9월') });
    expect(await engine.answer('누리시 창업센터 착공 언제야?')).toMatchObject({ found: true, answer: expect.stringContaining('2026년 3월') });
  });
  it('the amount of the measure asked (영업이익, not 매출)', async () => {
    expect(await engine.answer('한결소재 작년 영업이익 얼마였지?')).toMatchObject({ found: true, answer: '540억 원' });
    expect(await engine.answer('한결소재 작년 매출 얼마야?')).toMatchObject({ found: true, answer: '8,200억 원' });
  });
  it('the amount told with the question\'s verb of expecting', async () => {
    const answer = await engine.answer('한결소재 설명회 참석 투자자들한테 얼마 유치할 걸로 본대?');
    expect(answer.answer ?? '').toContain('300억 원');
  });
});

describe('a change\'s two values', () => {
  it('the value it becomes, unless the old one is asked', async () => {
    expect((await engine.answer('창업센터 입주 공간 몇 실로 늘어나?')).answer).toBe('120실');
    expect((await engine.answer('창업센터 입주 공간 기존에는 몇 실이었어?')).answer ?? '').toContain('40실');
  });
});

describe('a part of a whole', () => {
  it('"그 중에 … 몇 곳" is the part, even glued to 몇', async () => {
    expect((await engine.answer('입주 기업 그 중에 바이오 기업은몇곳?')).answer).toBe('25곳');
  });
});

describe('a figure told for another period', () => {
  it('does not answer a question about this year', async () => {
    expect((await engine.answer('한결소재 올해 1분기 매출 얼마 나왔어?')).found).toBe(false);
  });
});
