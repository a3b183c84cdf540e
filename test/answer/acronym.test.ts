/**
 * Chat acronyms (src/answer/acronym.ts): "한바진 원장" asks of the 한빛바이오진흥원 an article names;
 * a short form no corpus word opens ("한바연") still means the articles do not answer. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { expandAcronym } from '../../src/answer/acronym.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'inst', title: '바이오 진흥 포럼', outlet: '가상의학신문', author: null, date: '2026-06-01', url: null },
      [
        ['포럼에는 한빛바이오진흥원 서도윤 원장과 해솔대 임지후 교수가 참석했다.'],
        ['한빛바이오진흥원은 올해 예산 120억 원을 스타트업 육성에 쓴다.'],
      ],
    ),
  ]);
});

describe('chat acronyms', () => {
  it('reads a short form as the one corpus word it opens', async () => {
    const answer = await engine.answer('한바진 원장 누구였더라');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('서도윤');
  });
  it('a short form no corpus word opens leaves the question unanswered', async () => {
    expect((await engine.answer('한바연 원장 누구였더라')).found).toBe(false);
  });
});

describe('expandAcronym', () => {
  const words = ['보건산업진흥원', '보건산업진흥원은', '보스턴', '대웅제약', '과학기술정보통신부', '과학기술인'];
  it('finds the one word each syllable opens a part of', () => {
    expect(expandAcronym('보산진', words)).toBe('보건산업진흥원');
    expect(expandAcronym('과기부', words)).toBe('과학기술정보통신부');
  });
  it('gives none for two syllables, a word held whole, or several words', () => {
    expect(expandAcronym('보산', words)).toBeNull();
    expect(expandAcronym('적응증', words)).toBeNull();
    expect(expandAcronym('보산진', ['보산진흥원'])).toBeNull();
    expect(expandAcronym('과기인', ['과학기술인', '과학기술인력'])).toBe('과학기술인');
    expect(expandAcronym('보산원', ['보건산업진흥원', '보건산업연구원'])).toBeNull();
  });
});
