/**
 * The sentence structure the span scorer reads without a parser (src/answer/span/clause.ts) and the
 * features built on it: the question's words in the span's own clause and on the side the question
 * puts them, parentheses, the focus noun's class, and the sentence's neighbours (the sentence
 * before it and the headline holding question words it leaves out).
 */
import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { clauseOf, clauseStarts, FOCUS_CLASSES, focusClassOf, insideParentheses, whPositionIn } from '../../../src/answer/span/clause.ts';
import { candidateFeatures, FEATURE_NAMES, viewSentence, type SpanSentence } from '../../../src/answer/span/features.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';

function sentenceOf(text: string): SpanSentence {
  return { articleId: 'a', sentenceIndex: 1, text, rank: 0, articleRank: 0, relevance: 1, supported: true, ownSupport: 1 };
}

function feature(vector: Float64Array, name: string): number {
  const i = FEATURE_NAMES.indexOf(name);
  if (i < 0) throw new Error(`no feature ${name}`);
  return vector[i] ?? 0;
}

const flat = () => 1;

describe('clauses', () => {
  it('start after a comma and after a connective ending, not inside a noun phrase', () => {
    const text = '중기부는 보스턴에 거점을 마련했고, 대웅제약은 판교에 연구소를 세웠다.';
    const starts = [...clauseStarts(text)];
    expect(starts[0]).toBe(0);
    expect(starts).toContain(text.indexOf('대웅제약'));
    expect(starts).not.toContain(text.indexOf('보스턴'));
    const at = text.indexOf('판교');
    expect(clauseOf(clauseStarts(text), text.length, at, at + 2)).toEqual({ from: text.indexOf('대웅제약'), to: text.length });
  });

  it('tell a span inside parentheses from one before them', () => {
    const text = '유엘 솔루션즈(UL Solutions)가 참여했다.';
    const latin = text.indexOf('UL');
    expect(insideParentheses(text, latin, latin + 'UL Solutions'.length)).toBe(true);
    expect(insideParentheses(text, 0, '유엘 솔루션즈'.length)).toBe(false);
  });

  it('read where the question word stands and the class of the noun asked about', () => {
    expect(whPositionIn('랩허브는어디에짓나?')).toBe('랩허브는'.length);
    expect(whPositionIn('랩허브예산')).toBe(-1);
    expect(FOCUS_CLASSES[focusClassOf('나라')]).toBe('place');
    expect(FOCUS_CLASSES[focusClassOf('회사')]).toBe('org');
    expect(FOCUS_CLASSES[focusClassOf('이름')]).toBe('name');
    expect(FOCUS_CLASSES[focusClassOf(null)]).toBe('none');
    expect(FOCUS_CLASSES[focusClassOf('전략')]).toBe('other');
  });
});

describe('clause and order features', () => {
  it('weigh the question words in the span\'s own clause, on the side the question puts them', () => {
    const question = readSpanQuestion('대웅제약이 연구소를 세운 곳은 어디인가?');
    const text = '중기부는 보스턴에 거점을 마련했고, 대웅제약은 판교에 연구소를 세웠다.';
    const view = viewSentence(sentenceOf(text), question, flat);
    const candidates = sentenceCandidates(text, []);
    const pangyo = candidates.find((c) => c.text === '판교');
    const boston = candidates.find((c) => c.text === '보스턴');
    if (!pangyo || !boston) throw new Error('no candidate');
    const right = candidateFeatures(pangyo, view, question, flat);
    const other = candidateFeatures(boston, view, question, flat);
    expect(feature(right, 'clause:share')).toBeGreaterThan(feature(other, 'clause:share'));
    // 대웅제약 stands before the question word in the question and before 판교 in the sentence;
    // 연구소 and 세운 stand before it in the question and after 판교 in the sentence.
    expect(feature(right, 'order:agree')).toBeGreaterThan(0);
    expect(feature(right, 'order:disagree')).toBeGreaterThan(0);
    expect(feature(other, 'clause:none') + feature(other, 'clause:share')).toBeGreaterThan(0);
  });
});

describe('the sentence\'s neighbours', () => {
  it('count the question\'s words the previous sentence and the headline hold and the sentence does not', () => {
    const question = readSpanQuestion('중기인의 밤 계약으로 무엇을 기대한다고 했나?');
    const text = '이를 통해 자금 지원, 공동연구 등이 가능해질 것으로 기대하고 있다.';
    const alone = viewSentence(sentenceOf(text), question, flat);
    const framed = viewSentence(sentenceOf(text), question, flat, { previous: '중기인의 밤에서 6건의 계약이 체결됐다.', title: '중기인의 밤 열려' });
    expect(alone.previousGain).toBe(0);
    expect(framed.previousGain).toBeGreaterThan(0);
    expect(framed.anaphoric).toBe(true);
    expect(framed.titleGain).toBeGreaterThan(0);
    const candidate = sentenceCandidates(text, []).find((c) => c.text === '자금 지원');
    if (!candidate) throw new Error('no candidate');
    const vector = candidateFeatures(candidate, framed, question, flat);
    expect(feature(vector, 'context:previousGain')).toBe(framed.previousGain);
    expect(feature(vector, 'context:previousGainAnaphora')).toBe(framed.previousGain);
  });
});
