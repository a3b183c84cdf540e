/**
 * Figures of formal news that 얼마 or a bare noun asks without being money, and the checks that keep
 * them from answering another question (src/answer/counters.ts measureOfHowMuch, figures.ts
 * loneInBest, figureQualifiers.ts, figureScope.ts, listBinding.ts). Through answer(), over invented
 * articles in the style of a port desk, a local election desk and a medical desk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'port', title: '인천항 컨테이너 물동량 역대 최대', outlet: '서해물류신문', author: null, date: '2027-12-08', url: null },
      [
        ['인천항만공사는 올해 1∼11월 인천항 컨테이너 물동량이 312만 TEU로 집계됐다고 7일 밝혔다.'],
        ['이 가운데 환적 물동량은 41만 TEU로 지난해 같은 기간보다 9.4% 늘었다.'],
        ['공사는 연간 물동량이 340만 TEU에 이를 것으로 내다봤다.'],
        ['2019년 당시 물동량은 2021년 이후 가장 적었다는 평가를 받았다.'],
        ['한편 평택항은 올해 처음으로 항로 3개를 새로 열었다.'],
        ['인천항 컨테이너선 평균 대기 시간은 6.2시간으로 지난해 9.5시간보다 줄었다.'],
      ],
    ),
    buildArticle(
      { id: 'vote', title: '나래군수 보궐선거 정다인 후보 당선', outlet: '중부일보(가상)', author: null, date: '2027-04-09', url: null },
      [
        ['나래군선거관리위원회에 따르면 정다인 후보는 유효투표 3만1,204표 가운데 1만6,050표(51.4%)를 얻어 당선됐다.'],
        ['함께 치러진 군의원 보궐선거에서는 무소속 한지오 후보가 4,380표(47.6%)를 얻어 당선됐다.'],
        ['이번 선거의 투표율은 49.8%로 지난 지방선거보다 낮았다.'],
      ],
    ),
    buildArticle(
      { id: 'parking', title: '구도심 공영주차장 2곳 착공', outlet: '하늘시민일보(가상)', author: null, date: '2027-03-15', url: null },
      [
        ['하늘시는 구도심 주차난을 덜기 위해 동문과 서문에 공영주차장 2곳을 짓는다.'],
        ['두 주차장을 합쳐 모두 480면 규모로, 동문 주차장은 지상 4층, 서문 주차장은 지하 2층으로 짓는다.'],
      ],
    ),
    buildArticle(
      { id: 'test', title: '소변으로 방광암 찾는 검사법 개발', outlet: '메디컬포커스(가상)', author: null, date: '2027-06-02', url: null },
      [
        ['연구팀이 개발한 소변 검사법의 방광암 진단 민감도는 87.5%, 특이도는 90.2%로 나타났다.'],
        ['검사에는 소변 10㎖면 충분하고, 결과는 약 3시간 만에 나온다.'],
      ],
    ),
  ]);
});

describe('얼마 of a quantity, a number of things or a rate is not money', () => {
  it.each([
    ['1∼11월 인천항 컨테이너 물동량은 얼마인가?', '312만 TEU'],
    ['인천항 환적 물동량 얼마야?', '41만 TEU'],
    ['유효투표수 얼마였어?', '3만1,204표'],
    ['소변 검사법 특이도는 얼마로 나타났나?', '90.2%'],
  ])('%s → %s', async (question, gold) => {
    const answer = await engine.answer(question);
    expect(answer.found).toBe(true);
    expect(answer.answerKind).toBe('span');
    expect(answer.answer).toContain(gold);
  });
});

describe('the one figure of its kind in the first sentence answers', () => {
  it('한지오 득표율? → 47.6%', async () => {
    const answer = await engine.answer('한지오 득표율?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toBe('47.6%');
  });

  it('but not a figure the question itself states', async () => {
    const answer = await engine.answer('정다인 득표율 51.4%라던데 표로는 몇 표야?');
    expect(answer.answer ?? '').not.toBe('51.4%');
  });
});

describe('a figure told of another thing is no answer', () => {
  it('a port the sentence does not name, beside one it does: not found', async () => {
    const answer = await engine.answer('평택항의 1∼11월 컨테이너 물동량은 얼마인가?');
    expect(answer.found).toBe(false);
  });

  it('a sum of both parts, asked about one part: not found', async () => {
    const answer = await engine.answer('서문 주차장은 몇 면이야?');
    expect(answer.answer ?? '').not.toContain('480면');
  });

  it('last year asked: the figure compared as last year\'s, not this year\'s beside it', async () => {
    const answer = await engine.answer('인천항 컨테이너선 작년 평균 대기 시간 얼마였어?');
    expect(answer.answer ?? '').not.toContain('6.2시간');
  });
});
