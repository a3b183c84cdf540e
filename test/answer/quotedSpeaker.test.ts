/**
 * Who said it (src/answer/quotedSpeaker.ts), asked by a short quoted term ("'상생' 될 거라고 한 사람")
 * or by the words said, paraphrased without quote marks ("축제 예산 줄였다고 한 과장 누구야"), through
 * answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'budget', title: '가온시, 내년 예산안 3조 원 편성', outlet: '가상일보', author: null, date: '2025-11-03', url: null },
      [
        ['가온시가 내년도 예산안을 3조 원 규모로 편성했다.'],
        ['이도윤 가온시 기획예산과장은 "세수가 넉넉하지 않아 축제 예산을 과감히 줄였다"고 설명했다.'],
        ['정하람 가온시장은 "시민과 기업 모두에게 ‘상생’이 되는 예산"이라고 강조했다.'],
        ['박민준 누리증권 연구원은 "내년 지방세 수입 증가율이 3%대 초반에 머물 것"이라고 내다봤다.'],
        ['시정을 자문한 루카 비안치 위원장은 "가온시 재정은 건전한 편"이라고 평가했다.'],
      ],
    ),
    buildArticle(
      { id: 'forum', title: '누리 상생 포럼 개막', outlet: '가상경제', author: null, date: '2025-11-04', url: null },
      [
        ['누리 상생 포럼이 4일 개막했다.'],
        ['김서연 누리상공회의소 회장은 "이번 포럼이 지역 기업의 ‘도약’ 계기가 될 것"이라고 말했다.'],
        ['최유진 누리대 교수는 "지역 대학과 기업의 ‘도약’이 함께 가야 한다"고 말했다.'],
      ],
    ),
  ]);
});

describe('a short quoted term', () => {
  it('the one person whose quotes hold it', async () => {
    const answer = await engine.answer("'상생' 될 거라고 한 사람 누구야?");
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('정하람');
  });
  it('two people said it: no one is named for it', async () => {
    const answer = await engine.answer("'도약' 계기 될 거라고 한 사람 누구야?");
    expect(answer.answer ?? '').not.toMatch(/김서연|최유진/u);
  });
});

describe('words said, paraphrased without quote marks', () => {
  it('the speaker of the quote holding them, whatever figure word the question holds', async () => {
    expect((await engine.answer('축제 예산 줄였다고 한 과장 누구야?')).answer).toContain('이도윤');
    expect((await engine.answer('지방세 수입 증가율 3%대 초반 머문다고 한 연구원 누구?')).answer).toContain('박민준');
  });
  it('a foreign speaker by the name as the sentence writes it, given name too', async () => {
    expect((await engine.answer('가온시 재정 건전한 편이라고 평가한 위원장 누구야?')).answer).toContain('루카 비안치');
  });
  it('what was said named as the object of a verb of saying, asked by the person it ends on', async () => {
    const answer = await engine.answer('지방세 수입 증가율 3%대 초반을 언급한 인물은?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    // The speaker, not the words said with the speaker after them.
    expect(answer.answer).toMatch(/^박민준/u);
  });
  it('no quote holds them: not answered with a speaker', async () => {
    const answer = await engine.answer('도서관 예산 늘렸다고 한 사람 누구야?');
    expect(answer.answer ?? '').not.toMatch(/이도윤|정하람|박민준/u);
  });
});
