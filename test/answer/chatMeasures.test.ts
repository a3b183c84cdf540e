/**
 * Measures asked the way a channel types them, through answer(): 몇퍼 / 몇 프로 (a percentage), a
 * compound ending in the measure's noun (피해면적 얼마, 영업이익률 몇이야), 얼마만에 (a length of time,
 * "1시간 47분" read whole), units said as chat says them (몇 키로, 몇 미리), and a department before a
 * person's title (인구정책과 … 팀장).
 * Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'game', title: '누리게임즈, 3분기 매출 2천억 원 돌파', outlet: '가상경제', author: null, date: '2025-11-10', url: null },
      [
        ['누리게임즈의 3분기 매출은 2,010억원으로 집계됐다.'],
        ['영업이익률은 17.4%로 직전 분기보다 크게 올랐다.'],
        ['해외 매출 비중은 62%였다.'],
      ],
    ),
    buildArticle(
      { id: 'hail', title: '우박 피해 농가 지원', outlet: '가상일보', author: null, date: '2025-06-02', url: null },
      [
        ['우박으로 인한 농작물 피해면적은 가온군 8,300㎡, 누리군 4,100㎡로 집계됐다.'],
        ['피해를 본 농가는 2,100가구다.'],
        ['가온군 재난안전과 서지호 팀장은 "복구비를 이달 안에 지급하겠다"고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'launch', title: '소형 위성 첫 교신 성공', outlet: '가상과학', author: null, date: '2025-04-03', url: null },
      [
        ['위성은 발사 2시간 15분 뒤 남극 지상국과 첫 교신에 성공했다.'],
        ['위성 무게는 90㎏이다.'],
        ['지상국까지 잇는 광케이블 12.5㎞를 새로 깔았고, 안테나 5곳을 세웠다.'],
        ['위성 카메라의 해상도는 0.8m, 한 번에 찍는 폭은 12곳의 관측소 자료와 맞춘다.'],
        ['지난달 기지 주변 강수량은 42㎜로 평년의 절반이었다.'],
        ['설명회에서는 위성 스타트업 4곳이 각 15분간 사업 계획을 발표했다.'],
      ],
    ),
  ]);
});

describe('a percentage asked in chat', () => {
  it('몇퍼, 몇 프로', async () => {
    expect((await engine.answer('해외 매출 비중 몇퍼야?')).answer).toBe('62%');
    expect((await engine.answer('해외매출 몇 프로래')).answer).toBe('62%');
  });
  it('a rate asked with 몇', async () => {
    expect(await engine.answer('영업이익률 몇이야')).toMatchObject({ found: true, intent: 'percent', answer: '17.4%' });
  });
});

describe('a compound ending in the measure asked', () => {
  it('피해면적 얼마 asks an area, not money', async () => {
    const answer = await engine.answer('누리군 피해면적 얼마야');
    expect(answer.intent).toBe('area');
    expect(answer.answer).toContain('4,100㎡');
  });
});

describe('얼마만에: a length of time', () => {
  it('read whole, hours and minutes', async () => {
    const answer = await engine.answer('첫 교신 발사후 얼마만에 됐대');
    expect(answer.intent).toBe('duration');
    expect(answer.answer).toContain('2시간 15분');
  });
});

describe('a unit said as chat says it', () => {
  it('몇 키로, 몇 미리, 몇미터: the figure in ㎞, ㎜, m, not another count of the sentence', async () => {
    expect((await engine.answer('광케이블 몇 키로 깔았어?')).answer).toBe('12.5㎞');
    expect((await engine.answer('기지 주변 강수량 몇 미리?')).answer).toBe('42㎜');
    expect((await engine.answer('위성 카메라 해상도 몇미터?')).answer).toBe('0.8m');
  });
});

describe('per what a figure is counted', () => {
  it('한 곳당 몇 분씩: a length of time, 한 곳당 no topic word', async () => {
    const answer = await engine.answer('사업 계획 발표한 스타트업들 한 곳당 몇 분씩 했어?');
    expect(answer.intent).toBe('duration');
    expect(answer.answer).toContain('15분');
  });
});

describe('a department before a title', () => {
  it("is the person's organization", async () => {
    expect((await engine.answer('서지호 팀장 무슨 과 소속이야?')).answer).toContain('재난안전과');
  });
});
