/**
 * The closest sentence offered for an open English question says what the question names: a cited
 * sentence with the topic word (정년) goes before one that only shares lesser words (운전기사), and a
 * question none of whose cited sentences is about it is not answered with a loosely related one.
 * Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import type { Library } from '../../../src/answer/library.ts';
import type { Answer, Citation } from '../../../src/answer/types.ts';
import type { EnglishQuestion } from '../../../src/answer/english/translate.ts';
import { onTopicSentence } from '../../../src/answer/english/openSentence.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'bus', title: '가온시 버스 노사 임금협상 타결', outlet: '가상일보', author: null, date: '2026-12-01', url: null },
      [
        ['가온시 시내버스 노사가 1일 새벽 임금협상을 타결했습니다.'],
        ['합의안에 따라 운전기사 임금은 3.9% 오릅니다.', '노조는 7.5% 인상을, 사측은 2.0% 인상을 주장해 왔습니다.', '정년은 현행 61세에서 62세로 1년 늘어나고, 명절 상여금 30만 원이 새로 지급됩니다.'],
      ],
    ),
    buildArticle(
      { id: 'fest', title: '가온 빛축제 폐막', outlet: '가상일보', author: null, date: '2026-10-20', url: null },
      [
        ['가온 빛축제에는 열흘 동안 시민 5만 명이 다녀갔다.'],
        ['시는 내년 축제 예산을 늘릴 계획이다.'],
      ],
    ),
    buildArticle(
      { id: 'expo', title: '가온 식품박람회 개막', outlet: '가상일보', author: null, date: '2026-09-03', url: null },
      [['식품박람회 부대행사는 태풍으로 취소됐다.'], ['박람회 참가 기업은 120곳이다.'], ['수출 상담회는 다음 달로 미뤄졌다.']],
    ),
  ]);
});

describe('the closest sentence of an open English question', () => {
  it('shows the cited sentence that says the topic word', async () => {
    const answer = await engine.answer('What is the new retirement age for the drivers?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.text).toContain('정년');
    expect(answer.answer).toContain('62세');
  });

  it('still offers a sentence that says most of what the question names', async () => {
    const answer = await engine.answer('What did the food expo side events face?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.text).toContain('부대행사');
  });
});

// The articles as the check reads them: each cited sentence in its own paragraph, under a headline.
const paragraphs: Record<string, string[]> = {
  fest: ['가온 빛축제에는 열흘 동안 시민 5만 명이 다녀갔다.', '시는 내년 축제 예산을 늘릴 계획이다.'],
  expo: ['식품박람회 부대행사는 태풍으로 취소됐다.', '수출 상담회는 다음 달로 미뤄졌다.'],
};
const library = {
  aliasesOf: () => [],
  paragraphOf: (articleId: string, index: number) => ({ compact: (paragraphs[articleId]?.[index] ?? '').replace(/\s+/gu, '') }),
  article: (articleId: string) => ({ title: articleId === 'fest' ? '가온 빛축제 폐막' : '가온 식품박람회 개막', paragraphs: paragraphs[articleId] ?? [], sentences: (paragraphs[articleId] ?? []).map((text) => ({ text })) }),
  cite: (articleId: string, sentenceIndex: number) => citation(articleId, sentenceIndex),
} as unknown as Library;
const citation = (articleId: string, sentenceIndex: number): Citation => ({ articleId, title: '', outlet: null, date: null, text: paragraphs[articleId]?.[sentenceIndex] ?? '', sentenceIndex, score: 1 });
const shown = (citations: Citation[]): Answer => ({ query: '', found: true, answer: citations[0]?.text ?? null, answerKind: 'sentence', confidence: 0.3, answerStart: null, answerEnd: null, intent: 'open', facts: [], citations, problem: null });
const asked = (topicWords: string[]): EnglishQuestion => ({ english: '', korean: '', intent: 'open', names: [], places: [], writer: null, currency: null, opinion: false, numberAsked: false, unknown: [], topicWords, roles: [], identifies: null, stance: [], organization: null, expands: null, claim: false, byline: false, written: [], amountNouns: [] });

describe('onTopicSentence', () => {
  it('says not found when the closest sentence says under half of the words and no cited paragraph says them all', () => {
    expect(onTopicSentence(library, shown([citation('fest', 0), citation('expo', 0), citation('expo', 1)]), asked(['축제', '부대행사', '상담회']))).toBe('unanswered');
  });

  it('keeps a sentence that says half of them, and any answer that is no sentence', () => {
    const half = shown([citation('expo', 0), citation('fest', 0)]);
    expect(onTopicSentence(library, half, asked(['부대행사', '축제']))).toBe(half);
    const span = { ...shown([citation('fest', 0)]), answerKind: 'span' as const, answer: '5만 명' };
    expect(onTopicSentence(library, span, asked(['부대행사', '상담회']))).toBe(span);
  });

  it('puts the cited sentence that says every word first', () => {
    const moved = onTopicSentence(library, shown([citation('fest', 1), citation('expo', 1)]), asked(['수출', '상담회']));
    expect(moved).not.toBe('unanswered');
    if (moved !== 'unanswered') expect(moved.citations[0]?.text).toContain('상담회');
  });
});
