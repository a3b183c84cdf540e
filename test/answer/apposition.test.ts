/**
 * Appositions (src/answer/apposition.ts): "X 뭐 하는 회사야?" answered with what the article puts
 * right before the name, "… 1위 업체 어디야?" with the name after the description; a question the
 * article's appositions do not answer goes the usual way. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import { appositionsIn } from '../../src/answer/apposition.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '부산 해양산업 박람회 개막…스타트업 40곳 참가', outlet: '가상일보', author: null, date: '2025-05-12', url: null },
      [
        ['부산시는 12일 벡스코에서 해양산업 박람회를 열었다고 밝혔다.'],
        [
          '이번 박람회에는 선박 배터리 관리 시스템 개발업체 바다셀, 수중 드론 1위 기업 딥마린로보틱스, 국내 최초 해군 협력 스타트업으로 선정된 해양 위성통신 전문기업 오션링크 등 40곳이 참가했다.',
        ],
        ['글로벌 VC인 블루웨이브캐피털(Bluewave Capital)도 현장에서 투자 상담을 진행했다.'],
        ['시는 박람회 기간 방문객이 3만 명에 이를 것으로 내다봤다.'],
        ['오션허브는 2019년 문을 연 해양 스타트업 공유오피스다.'],
        ['해양 창업 캠퍼스 운영 주체(바다재단 등)는 부산항만공사와 업무협약을 맺었다.'],
        ['김하늘 바다재단 이사장(왼쪽)이 협약서에 서명하고 있다.'],
        ['김 이사장은 “다음 달 발표할 ‘해양 창업 선순환 육성방안’에 현장 의견을 담겠다”고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'forum', title: '해양 디지털 포럼 열려', outlet: '가상경제', author: null, date: '2025-05-13', url: null },
      [['해양수산부는 13일 오후 2시(현지시간) 싱가포르에서 해양 디지털 포럼을 열었다고 밝혔다.'], ['포럼에는 30여 개 기업이 참석했다.']],
    ),
  ]);
});

describe('appositions in a sentence', () => {
  it('reads description and name pairs, not noun phrases or a kind after a name', () => {
    const pairs = appositionsIn('선박 배터리 관리 시스템 개발업체 바다셀, 수중 드론 1위 기업 딥마린로보틱스 등 40곳이 참가했다.');
    expect(pairs.map((pair) => [pair.description, pair.name])).toEqual([
      ['선박 배터리 관리 시스템 개발업체', '바다셀'],
      ['수중 드론 1위 기업', '딥마린로보틱스'],
    ]);
    expect(appositionsIn('신산업 분야 스타트업 기술 혁신 지원에 관한 협약을 맺었다.')).toEqual([]);
    expect(appositionsIn('기존의 기업 집적지와 달리 운영된다.')).toEqual([]);
  });
});

describe('what a name is, through answer()', () => {
  it('the description before the name, asked by name, by 초성, with a typo or in Latin', async () => {
    for (const question of ['딥마린로보틱스 뭐 하는 회사야?', 'ㅂㄷㅅ 뭐 만드는 회사임?', '딥마린로보틱수는 어떤 회사야?']) {
      const answer = await engine.answer(question);
      expect(answer.found, question).toBe(true);
      expect(answer.answerKind, question).toBe('span');
    }
    expect((await engine.answer('딥마린로보틱스 뭐 하는 회사야?')).answer).toBe('수중 드론 1위 기업');
    expect((await engine.answer('ㅂㄷㅅ 뭐 만드는 회사임?')).answer).toBe('선박 배터리 관리 시스템 개발업체');
    expect((await engine.answer('Bluewave Capital은 어떤 회사야?')).answer).toBe('글로벌 VC');
  });
  it('else what a sentence defining the name says it is', async () => {
    expect(await engine.answer('오션허브 어떤 곳이야?')).toMatchObject({ found: true, answerKind: 'span', answer: '2019년 문을 연 해양 스타트업 공유오피스' });
  });
});

describe('which name a description is, through answer()', () => {
  it('the name after the description that holds the question\'s words', async () => {
    expect(await engine.answer('수중 드론 1위 기업 어디였지?')).toMatchObject({ found: true, answerKind: 'span', answer: '딥마린로보틱스' });
    expect(await engine.answer('해군 협력 스타트업으로 뽑힌 업체 어디래?')).toMatchObject({ found: true, answer: '오션링크' });
  });
  it('not when no description holds the question\'s words', async () => {
    const answer = await engine.answer('수중 드론 2위 기업 어디였지?');
    expect(answer.answer === '딥마린로보틱스').toBe(false);
  });
});

describe('whose noun: "어디 N" asks the word before N, not a place', () => {
  it('the owner before the asked noun ("해군 협력 스타트업" → 해군)', async () => {
    const answer = await engine.answer('오션링크는 국내 최초로 어디 협력 스타트업 됐다고?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: '해군', intent: 'open' });
  });
  it('어디 with a particle or a verb still asks where', async () => {
    expect((await engine.answer('해양산업 박람회 어디서 열렸어?')).intent).toBe('place');
  });
});

describe('what a noun is, in brackets right after it', () => {
  it('"… 운영 주체 어디야" → 운영 주체(바다재단 등)', async () => {
    expect(await engine.answer('해양 창업 캠퍼스 운영 주체 어디야?')).toMatchObject({ found: true, answerKind: 'span', answer: '바다재단' });
  });
  it('not a photo caption\'s position', async () => {
    expect((await engine.answer('바다재단 이사장 누구야?')).answer ?? '').not.toBe('왼쪽');
  });
});

describe('a quoted name of the kind asked ("… 방안 이름 뭐야")', () => {
  it('the quoted name holding the noun, not the quote around it', async () => {
    expect(await engine.answer('다음 달 발표한다는 방안 이름 뭐야?')).toMatchObject({ found: true, answerKind: 'span', answer: '해양 창업 선순환 육성방안' });
  });
});

describe('"몇 시에" asks the hour of a day', () => {
  it('answered by the date with its hour, not a bare count', async () => {
    const answer = await engine.answer('해양 디지털 포럼 현지시간 몇 시에 열었어?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('오후 2시');
    expect(answer.intent).toBe('date');
  });
});
