/**
 * Who came from an organization (src/answer/sentFrom.ts): "X에선 누가 왔어", "ㄱㄴㄷ에선 누가 참석했어",
 * "X랑 협약할 때 저쪽 대표 누구야" — the person or post the article writes with X, through answer().
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
      { id: 'summit', title: '판교 로봇 클러스터 간담회 개최', outlet: '가상일보', author: null, date: '2025-05-02', url: null },
      [
        ['지난 1일 판교에서 열린 ‘로봇 클러스터 간담회’에서는 클러스터 육성 방안이 논의됐다.'],
        ['이 자리에는 대형 병원과 연구소 관계자들과 함께 하늘로보틱스의 CTO, 누리전자 부사장, 투자사인 북극성파트너스의 파트너 등 9명의 전문가가 모여 협력 방안을 논의했다.'],
      ],
    ),
    buildArticle(
      { id: 'mou', title: '경기도, 독일 메디록스와 협약', outlet: '가상경제', author: null, date: '2025-05-03', url: null },
      [['김도윤 경기도지사(오른쪽)는 2일 수원에서 한스 뮐러 메디록스 아시아 총괄 사장(왼쪽)과 바이오 창업 지원 협약을 체결했다.'], ['협약식에는 양측 대표단 20여 명이 참석했다.']],
    ),
  ]);
});

describe('a title typed with a typo', () => {
  it('"부시쟝" asks for the 부시장 the article names', async () => {
    const typo = await createEngine([
      buildArticle(
        { id: 'city', title: '가온시, 수소 기업과 협약', outlet: '가상일보', author: null, date: '2025-05-04', url: null },
        [['협약식에는 한도윤 가온시 부시장과 누리수소 대표 등 30여 명이 참석했다.']],
      ),
    ]);
    expect(await typo.answer('가온시 부시쟝 이름 뭐야')).toMatchObject({ found: true, answer: '한도윤 가온시 부시장' });
  });
});

describe('who came from an organization', () => {
  it('the post the article writes with the organization, by name, typo or 초성', async () => {
    expect(await engine.answer('간담회에 누리전자에선 누가 왔어?')).toMatchObject({ found: true, answerKind: 'span', answer: '누리전자 부사장' });
    expect((await engine.answer('간담회 하늘로보틱스에선 누가 왔음?')).answer).toBe('하늘로보틱스의 CTO');
    expect((await engine.answer('ㅂㄱㅅㅍㅌㄴㅅ에선 누가 간담회 왔어')).answer).toBe('북극성파트너스의 파트너');
  });
  it('the other side of an agreement: the person read with that organization', async () => {
    expect((await engine.answer('메디록스랑 협약할 때 저쪽 대표로 나온 사람 누구야?')).answer).toBe('한스 뮐러 메디록스 아시아 총괄 사장');
  });
  it('an event is not an organization someone came from', async () => {
    const answer = await engine.answer('간담회에선 누가 왔어?');
    expect(answer.answer ?? '').not.toMatch(/^간담회/u);
  });
  it('an organization the article writes with no post is not answered with a post', async () => {
    const answer = await engine.answer('간담회에 연구소에선 누가 왔어?');
    expect(answer.answer ?? '').not.toMatch(/부사장|CTO|파트너/u);
  });
});
