/**
 * Pairs written with interpuncts (가운뎃점): articles write "한·미 정상회담", "노ㆍ사 협상"; chat types
 * "한미", "노사". The topic word the corpus never writes whole is read in the spelling the question's
 * hits give it (src/answer/sentences.ts interpunctOf), and a span that only repeats the question in
 * that spelling is no answer (src/answer/compose.ts repeatsQuestion). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { withoutInterpuncts } from '../../src/korean/normalize.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'summit', title: '한·미 정상회담 열려', outlet: '가상일보', author: null, date: '2026-03-13', url: null },
      [
        ['윤하늘 대통령은 지난 12일 워싱턴에서 한·미 정상회담을 열고 공급망 협력 방안을 논의했다.'],
        ['한편 가온자동차 노ㆍ사 양측은 임금 협상을 다음 달 3일 재개하기로 합의했다.'],
      ],
    ),
  ]);
});

describe('a pair typed without its interpunct', () => {
  it('"한미" reads the articles\' "한·미"', async () => {
    const answer = await engine.answer('한미 정상회담 언제 열렸어?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('12일');
  });
  it('"노사" reads "노ㆍ사" (the other interpunct)', async () => {
    const answer = await engine.answer('가온자동차 노사 임금 협상 언제 재개해?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('3일');
  });
  it('a pair no article writes stays unknown: not found', async () => {
    expect((await engine.answer('한일 정상회담 언제 열렸어?')).found).toBe(false);
  });
  it('a span that is the question\'s own pair in the other spelling is no answer', async () => {
    const question = '한미 정상회담을 연 대통령은 누구야?';
    const answer = await engine.answer(question);
    const shown = withoutInterpuncts((answer.answer ?? '').replace(/\s+/gu, ''));
    expect(answer.answerKind === 'span' && question.replace(/\s+/gu, '').includes(shown)).toBe(false);
  });
});
