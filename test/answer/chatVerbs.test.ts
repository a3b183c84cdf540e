/**
 * Light verbs said in chat (src/answer/chatWords.ts isChatVerb): "얼마 들어?", "몇 월에 한다고 했지?",
 * "몇 건 나왔대" ask how the asker asks, never what about. They are neither topic words nor searched:
 * "들어" must not bring up a sentence that says "만들어내고". Invented article, through answer().
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { closesHowMuch, isChatVerb, withoutChatVerbs } from '../../src/answer/chatWords.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hub', title: '한솔시 바이오 창업허브 착공', outlet: '가상경제신문', author: null, date: '2026-04-02', url: null },
      [
        ['한솔시는 해외 사례를 벤치마킹해 2만㎡ 부지 규모에 약 1,200억 원을 투자해 바이오 분야 스타트업이 성장하는 창업 허브를 짓는다.'],
        ['한솔 바이오 창업허브는 기존 보육센터와 달리 대학과 병원이 함께 서비스를 제공한다.'],
        ['시장은 “우리의 바이오 창업 허브가 지역 고유의 혁신 모델을 만들어내고, 해외 협력을 통해 함께 성장하기를 기대한다”고 말했다.'],
        ['창업허브 입주설명회는 오는 9월 한솔컨벤션에서 열린다.'],
        ['설명회에서는 입주 협약 7건이 체결될 예정이다.'],
      ],
    ),
  ]);
});

describe('isChatVerb', () => {
  it.each(['들어', '들어?', '든대', '든다는', '드는데', '들었대', '한다고', '했지', '했대', '한대', '했었지', '했엇어', '됐어', '된대', '됨', '이야', '였지', '이었대', '있어', '맞지', '맞아?', '나왔대', '썼어', '거야'])(
    '%s is a light verb said in chat',
    (word) => expect(isChatVerb(word)).toBe(true),
  );
  it.each(['들어간', '나온', '쓰는', '한국', '하나', '해외', '이야기', '거래', '거부권', '있는', '한', '맞춤', '함께', '임상'])('%s is not', (word) =>
    expect(isChatVerb(word)).toBe(false),
  );
  it('is left out of the words searched', () => {
    expect(withoutChatVerbs('창업허브 짓는 데 얼마 들어?')).toBe('창업허브 짓는 데 얼마');
    expect(withoutChatVerbs('들어?')).toBe('들어?');
  });
});

describe('closesHowMuch', () => {
  it.each([
    ['설명회 손님 몇 명 왔대?', '왔대'],
    ['묘목 몇 그루 심었대', '심었대'],
    ['주차장 짓는 데 얼마 썼어?', '썼어'],
    ['지원금 얼마나 늘었어?', '늘었어'],
  ])('%s closes on a chat verb after 얼마/몇', (question, closing) => {
    expect(closesHowMuch(question, closing)).toBe(true);
  });
  it.each([
    ['설명회 어디서 해?', '해'],
    ['묘목 몇 그루 심은 곳은', '곳은'],
    ['지원금 얼마 받은 기업들이야', '기업들이야'],
  ])('%s does not', (question, closing) => {
    expect(closesHowMuch(question, closing)).toBe(false);
  });
  it('is cut from the words searched with the light verbs', () => {
    expect(withoutChatVerbs('설명회 손님 몇 명 왔대?', '왔대')).toBe('설명회 손님 몇 명');
    expect(withoutChatVerbs('설명회 한다고 했지 몇 명 왔대?', '왔대')).toBe('설명회 몇 명');
  });
});

describe('answer() to questions asked with a light verb', () => {
  it.each([
    // (Searched with "들어", the quote's "만들어내고" came first and the budget went unanswered.)
    ['창업허브 예산 얼마 들어?', '1,200억'],
    ['창업허브 얼마 들어?', '1,200억'],
    ['창업허브 예산 얼마 든대?', '1,200억'],
    ['창업허브 입주설명회 몇 월에 한다고 했지?', '9월'],
    ['입주설명회에서 협약 몇 건 나온대?', '7건'],
  ])('%s → %s', async (question, expected) => {
    const answer = await engine.answer(question);
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain(expected);
  });
  it('a detail the articles never give is still not found', async () => {
    expect((await engine.answer('창업허브 입주 임대료 한 달에 얼마 든대?')).found).toBe(false);
  });
});

describe('a figure said with a hedge is the asker\'s estimate', () => {
  it.each(['창업허브 예산 1천억 넘게 든다던데 정확히 얼마야?', '창업허브 짓는 데 1천억대라던데 정확히 얼마래?'])('%s', async (question) => {
    const answer = await engine.answer(question);
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('1,200억');
  });
  it('a topic the articles never speak of is still not found', async () => {
    expect((await engine.answer('창업허브 주차장 예산 1천억 넘게 든다던데 정확히 얼마야?')).found).toBe(false);
  });
});
