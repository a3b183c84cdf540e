/**
 * Copies of a sentence (the same story in several articles) are scored from one feature vector,
 * only their place's features rewritten (./select.ts `rankSpans`, ./features.ts `sentenceFeatures`):
 * every candidate of every copy must score to the bit what its vector made afresh scores.
 */
import { describe, expect, it } from 'vitest';
import { scoringQuestion, shapedFeatures, shapeOf, SparseFeatures, type SpanSentence } from '../../../src/answer/span/features.ts';
import { ruleSpanModel, spanModel } from '../../../src/answer/span/model.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { rankSpans, type SpanContext } from '../../../src/answer/span/select.ts';

const STORY = '서울시는 지난 3일 강남구에 연구센터를 세우는 데 2,700억 원을 쓰기로 했다고 밝혔다.';
const OTHER = '이 센터는 2027년 문을 열 예정이다.';

/** Invented weights: rarer-looking pairs weigh more, a few pieces are unknown (0). */
function weightOf(piece: string): number {
  if (piece.includes('센')) return 0;
  let sum = 0;
  for (let i = 0; i < piece.length; i++) sum += (piece.charCodeAt(i) % 7) + 1;
  return sum / 3;
}

/** Copies in four articles, each in its own place: ranks, article ranks, relevance, support, neighbours and headlines differ. */
const sentences: SpanSentence[] = [
  { articleId: 'a', sentenceIndex: 2, text: STORY, rank: 0, articleRank: 0, relevance: 1, supported: true, ownSupport: 0.8 },
  { articleId: 'a', sentenceIndex: 3, text: OTHER, rank: 1, articleRank: 0, relevance: 0.9, supported: true, ownSupport: 0.2 },
  { articleId: 'b', sentenceIndex: 0, text: STORY, rank: 2, articleRank: 1, relevance: 0.7, supported: false, ownSupport: 0.5 },
  { articleId: 'c', sentenceIndex: 5, text: OTHER, rank: 3, articleRank: 2, relevance: 0.6, supported: true, ownSupport: 0 },
  { articleId: 'd', sentenceIndex: 1, text: STORY, rank: 4, articleRank: 5, relevance: 0.3, supported: true, ownSupport: 0.1 },
];

const context: SpanContext = {
  factsOf: () => [],
  weightOf,
  sentenceText: (articleId, index) => (articleId === 'b' ? undefined : `${articleId} 연구센터 예산 ${index}번째 문장이다.`),
  titleOf: (articleId) => (articleId === 'd' ? '강남 연구센터 예산 확정' : `${articleId}의 소식`),
};

function expectFreshScores(question: ReturnType<typeof readSpanQuestion>): void {
  const model = ruleSpanModel();
  const ranking = rankSpans(sentences, question, context, model, undefined, spanModel());
  expect(ranking).not.toBeNull();
  const { items, alternate } = ranking!;
  expect(items.length).toBeGreaterThan(0);
  expect(new Set(items.map((item) => item.view.sentence.articleId))).toEqual(new Set(['a', 'b', 'c', 'd']));
  const scoring = scoringQuestion(question, weightOf);
  items.forEach((item, i) => {
    const fresh = shapedFeatures(item.candidate, shapeOf(item.candidate, item.view.sentence.text), item.view, scoring, new SparseFeatures());
    expect(Object.is(alternate![i], fresh.dot(spanModel().vector))).toBe(true);
    expect(item.rulePicked).toBe((fresh.values[ruleIndex()] ?? 0) > 0);
  });
}

/** The feature index of the rule's pick, read through a vector that has only it set. */
function ruleIndex(): number {
  const question = readSpanQuestion('예산은 얼마?', 'money', { articleId: 'a', sentenceIndex: 2, text: '2,700억 원' });
  const candidate = { text: '2,700억 원', start: STORY.indexOf('2,700억 원'), end: STORY.indexOf('2,700억 원') + '2,700억 원'.length, eojeols: 2, tail: '을', quoted: false, facts: [] };
  const ranking = rankSpans([sentences[0]!], question, context, ruleSpanModel());
  const view = ranking!.items[0]!.view;
  const values = shapedFeatures(candidate as never, shapeOf(candidate as never, STORY), view, scoringQuestion(question, weightOf), new SparseFeatures()).values;
  const without = shapedFeatures(candidate as never, shapeOf(candidate as never, STORY), view, scoringQuestion(readSpanQuestion('예산은 얼마?', 'money'), weightOf), new SparseFeatures()).values;
  const index = values.findIndex((value, i) => value === 1 && without[i] === 0);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe('copies of a sentence in a ranking', () => {
  it('score every candidate as a fresh vector does, for an open question', () => {
    expectFreshScores(readSpanQuestion('서울시는 연구센터에 얼마를 쓰기로 했나?'));
  });

  it('score every candidate as a fresh vector does when a rule picked a span in one copy', () => {
    expectFreshScores(readSpanQuestion('서울시 연구센터 예산은?', 'money', { articleId: 'b', sentenceIndex: 0, text: '2,700억 원' }));
    expectFreshScores(readSpanQuestion('연구센터 예산', 'money', { articleId: 'a', sentenceIndex: 2, text: '강남구' }));
  });
});
