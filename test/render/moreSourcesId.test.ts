import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX } from '../../src/render/limits.ts';
import { moreSourcesId, parseMoreSourcesId, recoverQuestion } from '../../src/render/moreSourcesId.ts';

describe('moreSourcesId', () => {
  it('짧은 질문은 custom_id에 그대로 담긴다', () => {
    const state = parseMoreSourcesId(moreSourcesId('K-바이오  랩허브 예산', 2));
    expect(state).toEqual(expect.objectContaining({ page: 2, question: 'K-바이오 랩허브 예산', complete: true }));
  });

  it('is at most 100 characters for any question (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 0, max: 9999 }), (q, page) => {
        const id = moreSourcesId(q, page);
        expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(parseMoreSourcesId(id)?.page).toBe(page);
      }),
    );
  });

  it('긴 질문은 잘리고, 메시지의 질문 줄에서 원래 질문을 되찾는다', () => {
    const question = '중소벤처기업부가 미국 순방에서 추진한 스타트업 판로개척 사업 가운데 보스턴 클러스터를 벤치마킹한 바이오 랩허브의 예산과 완공 시기, 그리고 참여 기업 수는 각각 얼마이고 언제 발표되었나요';
    const state = parseMoreSourcesId(moreSourcesId(question, 1));
    expect(state?.complete).toBe(false);
    if (!state) return;
    expect(recoverQuestion(state, [`질문: ${question}`])).toBe(question);
    expect(recoverQuestion(state, ['다른 질문'])).toBe(state.question);
  });
});

describe('parseMoreSourcesId', () => {
  it('rejects other custom ids', () => {
    expect(parseMoreSourcesId('quote:next')).toBeNull();
    expect(parseMoreSourcesId('ask:more:x:y:z')).toBeNull();
  });
});
