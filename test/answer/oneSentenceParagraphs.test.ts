/**
 * Many outlets write one sentence a paragraph, and name the topic only in the headline and lead.
 * A figure deep in such a story still answers a question about the headline's topic, anchored by
 * the noun that names it ("총사업비", "예산"); a compound the article writes apart ("산불대책") still
 * finds it. An invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'farm', title: '한빛군, 청년 스마트팜 단지 조성…2027년 준공', outlet: '가상일보', author: null, date: '2025-03-09', url: null },
      [
        ['한빛군이 청년 농업인을 위한 스마트팜 단지를 만든다.'],
        ['군은 9일 군청에서 주민 설명회를 열고 사업 계획을 공개했다.'],
        ['총사업비는 120억 원으로 국비 60억 원과 군비 60억 원이 들어간다.'],
        ['단지에는 유리온실 18개 동과 공동 창고 1곳이 들어선다.'],
      ],
    ),
    buildArticle(
      { id: 'fire', title: '산림청, 봄철 산불 감시 강화', outlet: null, author: null, date: '2025-02-26', url: null },
      [
        ['산림청은 봄철 산불 감시용 드론 90대를 투입한다고 26일 밝혔다.'],
        ['이번 대책에는 지난해보다 5억 원 늘어난 37억 원의 예산이 편성됐다.'],
      ],
    ),
    buildArticle(
      { id: 'plant', title: '한빛소재, 공장 증설…2027년 하반기 가동', outlet: '가상경제', author: null, date: '2025-04-14', url: null },
      [
        ['한빛소재는 2026년 3월 착공해 2027년 하반기 가동을 목표로 한다.'],
        ['증설이 끝나면 공장의 연간 생산능력은 기존 2만t에서 5만t으로 늘어난다.'],
        ['착공은 오는 2026년 3월, 준공은 2027년 6월 예정이다.'],
      ],
    ),
    buildArticle(
      { id: 'robot', title: '한빛로봇, 배송로봇 공개…6월 출시', outlet: '가상테크', author: null, date: '2025-05-02', url: null },
      [
        ['한빛로봇이 실내 배송로봇을 공개했다.'],
        ['가격은 990만원이다.'],
        ['지난달 16일부터 받은 사전 주문에는 3주 만에 1만4800대가 몰렸다.'],
        ['사전 주문 금액은 모두 1470억 원에 이른다.'],
        ['김하준 한빛로봇 대표는 "연내 해외 진출을 마무리하겠다"고 말했다.'],
        ['새 공장의 태양광 설비 용량은 12MW 규모다.'],
        ['한빛로봇은 이번 공장에 모두 820억 원을 투자한다.'],
      ],
    ),
  ]);
});

describe('one-sentence paragraphs', () => {
  it('answers a figure whose sentence names only the figure noun, not the headline topic', async () => {
    const answer = await engine.answer('한빛군 스마트팜 단지 총사업비 얼마래?');
    expect(answer).toMatchObject({ found: true, answer: '120억 원', answerKind: 'span' });
  });

  it('reads "N개 동" for a question counted in 동', async () => {
    const answer = await engine.answer('유리온실 몇 동 짓는대?');
    expect(answer).toMatchObject({ found: true, answer: '18개 동' });
  });

  it('finds a compound the article writes apart, and the figure next to the noun asked', async () => {
    const answer = await engine.answer('이번 산불대책 예산 얼마야?');
    expect(answer).toMatchObject({ found: true, answer: '37억 원' });
  });

  it('answers a question counted in 대 (machines, vehicles) with the figure the article counts in 대', async () => {
    expect(await engine.answer('산림청 감시 드론 몇 대 투입한대?')).toMatchObject({ found: true, answer: '90대', answerKind: 'span' });
    expect(await engine.answer('배송로봇 사전 주문 몇 대 들어왔어')).toMatchObject({ found: true, answer: '1만4800대', answerKind: 'span' });
  });

  it('reads "전체 … 얼마" as asking money: 전체 asks a count only when nothing else asks', async () => {
    expect(await engine.answer('배송로봇 전체 사전 주문 규모 얼마야?')).toMatchObject({ found: true, answer: '1470억 원', intent: 'money' });
    expect(await engine.answer('배송로봇 사전 주문 전체 몇 대야?')).toMatchObject({ found: true, answer: '1만4800대', intent: 'count' });
  });

  it('reads chat forms of 뭐 (뭐더라, 머더라, 뭐였더라) as the question word, not as the topic', async () => {
    for (const question of ['한빛로봇 대표 이름 뭐더라', '한빛로봇 대표 이름 머더라', '한빛로봇 대표 이름 뭐였더라']) {
      const answer = await engine.answer(question);
      expect(answer.found, question).toBe(true);
      expect(answer.answer, question).toContain('김하준');
    }
  });

  it('reads a mistyped name as the corpus writes it when choosing the span (한빛로벗 → 한빛로봇)', async () => {
    const answer = await engine.answer('한빛로벗 대표 이름 뭐였지?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('김하준');
  });

  it('answers a measure asked with 몇 (MW) and a question word the article puts otherwise (투자액 → 투자)', async () => {
    expect(await engine.answer('한빛로봇 태양광 설비 용량 몇 MW야?')).toMatchObject({ found: true, answer: '12MW' });
    expect(await engine.answer('한빛로봇 공장 총 투자액 얼마야?')).toMatchObject({ found: true, answer: '820억 원' });
  });

  it('gives the part of the year with the year', async () => {
    expect(await engine.answer('한빛소재 공장 가동 목표 언제야?')).toMatchObject({ found: true, answer: '2027년 하반기' });
  });

  it('still says not found for a figure the story never gives', async () => {
    const answer = await engine.answer('스마트팜 단지 연간 운영비 얼마야?');
    expect(answer.found).toBe(false);
  });
});
