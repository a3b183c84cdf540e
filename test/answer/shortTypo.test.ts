/**
 * One-jamo typos in two-syllable topic words (src/answer/shortTypo.ts): "수쥬" is 수주 when the
 * question's hits write 수주; a word two jamo from any corpus word ("실제" by 실적) stays unknown, and
 * the question unanswered. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { fixShortTypo } from '../../src/answer/shortTypo.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ship', title: '한빛중공업 수주', outlet: '가상산업신문', author: null, date: '2026-07-01', url: null },
      [
        ['한빛중공업이 북유럽 선사로부터 컨테이너선 6척을 약 1조2천억 원에 수주했다.'],
        ['회사의 상반기 실적은 다음 달 발표된다.'],
      ],
    ),
  ]);
});

describe('two-syllable typos', () => {
  it('reads a one-jamo typo as the word the hits write', async () => {
    const answer = await engine.answer('한빛중공업 컨테이너선 수쥬 얼마래?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('1조2천억');
  });
  it('a word two jamo from every corpus word leaves the question unanswered', async () => {
    expect((await engine.answer('한빛중공업 컨테이너선 실제 인도 금액 얼마래?')).found).toBe(false);
  });
});

describe('fixShortTypo', () => {
  it('takes the one word one jamo away with the same first syllable, when the hits write it', () => {
    expect(fixShortTypo('수쥬', ['수주', '수출'], () => true)).toBe('수주');
    expect(fixShortTypo('수쥬', ['수주', '수출'], () => false)).toBeNull();
    // A two-syllable word before the opening of a longer one ("수조원" → 수조).
    expect(fixShortTypo('수쥬', ['수주', '수조원'], () => true)).toBe('수주');
    expect(fixShortTypo('수쥬', ['수주했다'], () => true)).toBe('수주');
  });
  it('gives none when several words or none are one jamo away', () => {
    expect(fixShortTypo('수쥬', ['수주', '수자'], () => true)).toBeNull();
    expect(fixShortTypo('실제', ['실적'], () => true)).toBeNull();
    expect(fixShortTypo('수주다', ['수주'], () => true)).toBeNull();
  });
});
