/**
 * Questions of the briefing kind (chatty, typos in question words, near-miss negatives) over the
 * seed articles, judged strictly: a right answer is a short span holding the gold; a negative must
 * say "not in the articles". Written for this suite, not taken from the eval sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/answer/types.ts';
import { engineForTests } from '../discord/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await engineForTests();
});

const squash = (text: string | null) => (text ?? '').replace(/[\s,]+/gu, '').toLowerCase();

/** The scorer's strict rightness: short (≤ max(40, 2×gold+10) characters) and holding the gold. */
function strictlyRight(answer: Answer, gold: string): boolean {
  const text = squash(answer.answer);
  return answer.found && answer.answerKind === 'span' && text.includes(squash(gold)) && text.length <= Math.max(40, 2 * squash(gold).length + 10);
}

describe('briefing questions: the short answer when sure', () => {
  const cases: [string, string][] = [
    ['글로벌 중소기업인의 밤 워싱턴에서 언재 열렸어?', '25일'],
    ['중소기업인의 밤 계기로 체결된 기술이전계약이랑 MOU 몇 건이었대?', '6건'],
    ['CES 최고혁신상 몇 개 받았대?', '5개'],
  ];
  for (const [question, gold] of cases) {
    it(question, async () => {
      const answer = await engine.answer(question);
      expect(strictlyRight(answer, gold), JSON.stringify({ answer: answer.answer, kind: answer.answerKind, confidence: answer.confidence })).toBe(true);
      // The span lies in the first citation, which is its sentence.
      const first = answer.citations[0]?.text ?? '';
      expect(first.slice(answer.answerStart ?? 0, answer.answerEnd ?? 0)).toBe(answer.answer);
    });
  }
});

describe('briefing questions: near misses are not answered', () => {
  for (const question of [
    '글로벌 중소기업인의 밤 입장료 얼마였대?',
    '대웅제약 기술수출 계약 로열티 몇 퍼센트래?',
    'K-바이오 랩허브 입주 스타트업 연봉 얼마야?',
    '엔비디아 실적 발표 언제였지?',
  ]) {
    it(question, async () => {
      const answer = await engine.answer(question);
      expect(answer.found, JSON.stringify(answer.answer)).toBe(false);
      expect(answer.answer).toBeNull();
    });
  }
});

describe('briefing questions: chatty endings do not change the topic', () => {
  it('했대?, 였지? give the answer the plain question gets', async () => {
    const plain = await engine.answer('투자유치 상담회에 참여한 VC는 몇 곳?');
    expect(plain.answer).toBe('38개');
    for (const chatty of ['투자유치 상담회에 참여한 VC 몇 곳이었대?', '투자유치 상담회 참여한 VC 몇 곳이었지?']) {
      const answer = await engine.answer(chatty);
      expect(answer.answer, chatty).toBe(plain.answer);
      expect(answer.citations[0]?.text, chatty).toBe(plain.citations[0]?.text);
    }
  });

  it('맞아? checks a figure the question states: the articles\' figure of the noun counted, said to be the same', async () => {
    const answer = await engine.answer('투자유치 상담회에 VC 38곳 참여한 거 맞아?');
    expect(answer.answer).toContain('38');
    expect(answer.confirms).toEqual({ claimed: '38곳', agrees: true });
  });
});

describe('briefing questions: the sentence when not sure', () => {
  it('a figure the model is not sure of comes as the closest sentence, never as a short answer', async () => {
    const answer = await engine.answer('ㄷㅇㅈㅇ 기술수출');
    expect(answer.answerKind).toBe('sentence');
    expect(answer.confidence).toBeLessThan(0.5);
    expect(answer.answer).toBe(answer.citations[0]?.text);
    expect(answer.answerStart).toBeNull();
  });
});
