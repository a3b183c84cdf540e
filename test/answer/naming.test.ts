/**
 * Naming questions ("한글로 뭐라고", "약칭", "영문으로", "정식 명칭"): the other name the articles
 * define beside the one asked about, cited from the defining sentence. Questions written for this suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { namingWanted } from '../../src/answer/naming.ts';
import type { Engine } from '../../src/answer/types.ts';
import { engineForTests } from '../discord/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await engineForTests();
});

describe('naming questions', () => {
  it('know which name is wanted', () => {
    expect(namingWanted('NIH 한글로 뭐라고 해?')).toBe('hangul');
    expect(namingWanted('유엘 솔루션즈 영문으로 뭐야?')).toBe('latin');
    expect(namingWanted('중소벤처기업부 약칭은?')).toBe('short');
    expect(namingWanted('중기부 정식 명칭 뭐야?')).toBe('long');
    expect(namingWanted('중기부 장관 누구야?')).toBeNull();
  });

  const cases: [string, string][] = [
    ['중기부 정식 명칭 뭐야?', '중소벤처기업부'],
    ['유엘 솔루션즈 영문으로 뭐야?', 'UL Solutions'],
    ['매사추세츠 종합병원 영어 약자 뭐야?', 'MGH'],
    ['NIH 한글로 뭐라고 나와?', '국립보건원'],
  ];
  for (const [question, name] of cases) {
    it(question, async () => {
      const answer = await engine.answer(question);
      expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: name });
      // Marked in its defining sentence, which is cited first.
      const first = answer.citations[0]?.text ?? '';
      expect(first.slice(answer.answerStart ?? 0, answer.answerEnd ?? 0)).toBe(name);
    });
  }

  it('a name the articles never use has no other name in them', async () => {
    const answer = await engine.answer('엔비디아 한글로 뭐라고 써?');
    expect(answer.found).toBe(false);
  });
});
