/**
 * Span selection's speed-ups change no answer: a sentence's candidates and their question-free
 * features are remembered by content (bounded), and a candidate's score is summed over the features
 * it has. Answers are the same from a cold and a warm cache, follow a corpus that changed, and the
 * sparse score is the model's score to the bit.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../../src/answer/index.ts';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { candidateFeatures, FEATURE_COUNT, scoringQuestion, shapedFeatures, shapeOf, SparseFeatures, viewSentence, type SpanSentence } from '../../../src/answer/span/features.ts';
import { spanModel } from '../../../src/answer/span/model.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { candidateCacheStats, forgetCandidates, rankSpans } from '../../../src/answer/span/select.ts';

const seeds = fileURLToPath(new URL('../../../seeds', import.meta.url));
const QUESTIONS = ['K-바이오 랩허브 예산', '랩허브는 어디에 짓나?', '중기부 차관 누구', 'K-바이오 랩허브 완공 언제', '이영 장관이 뭐라고 했어?', '보스턴 클러스터 벤치마킹 부지 규모'];

const work = mkdtempSync(path.join(tmpdir(), 'candidate-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The seed articles in a folder of their own, the lab hub's budget changed to 3,100억 when asked. */
function seedFolder(name: string, budget?: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(seeds)) {
    const text = readFileSync(path.join(seeds, file), 'utf8');
    writeFileSync(path.join(dir, file), budget ? text.replaceAll('2,700억 원', budget) : text);
  }
  return dir;
}

async function engineOver(dir: string): Promise<Engine> {
  return (await loadEngine(dir, { snapshotDir: path.join(work, `${path.basename(dir)}-snapshot`) })).engine;
}

async function answers(engine: Engine, questions: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const question of questions) {
    const { took: _took, ...answer } = (await engine.answer(question)) as { took?: number };
    out.push(JSON.stringify(answer));
  }
  return out;
}

describe('the candidate cache', () => {
  it('gives every answer the same from a cold cache, a warm one, and in another order', async () => {
    const engine = await engineOver(seedFolder('plain'));
    forgetCandidates();
    const cold = await answers(engine, QUESTIONS);
    expect(candidateCacheStats.size()).toBeGreaterThan(0);
    const warm = await answers(engine, QUESTIONS);
    expect(warm).toEqual(cold);
    expect((await answers(engine, [...QUESTIONS].reverse())).reverse()).toEqual(cold);
  });

  it('follows a corpus that changed: an edited sentence is a new sentence, never the remembered one', async () => {
    const before = await engineOver(seedFolder('before'));
    expect(JSON.stringify(await before.answer('K-바이오 랩허브 예산'))).toContain('2,700억');
    // The same articles but for one figure: every other sentence is answered from what is remembered.
    const after = await engineOver(seedFolder('after', '3,100억 원'));
    const changed = await answers(after, QUESTIONS);
    expect(changed[0]).toContain('3,100억');
    expect(changed[0]).not.toContain('2,700억');
    forgetCandidates();
    expect(await answers(after, QUESTIONS)).toEqual(changed);
  });

  it('stays within its bound however many sentences it meets', () => {
    forgetCandidates();
    const question = readSpanQuestion('회의는 언제 열렸어?');
    const context = { factsOf: () => [], weightOf: () => 1 };
    for (let i = 0; i < candidateCacheStats.limit + 50; i++) {
      const sentence: SpanSentence = { articleId: 'a', sentenceIndex: i, text: `회의는 ${i}일 서울에서 열렸다.`, rank: 0, articleRank: 0, relevance: 1, supported: true, ownSupport: 1 };
      rankSpans([sentence], question, context, spanModel());
      expect(candidateCacheStats.size()).toBeLessThanOrEqual(candidateCacheStats.limit);
    }
  });
});

describe('the sparse score', () => {
  it("is the model's score of the whole vector, to the bit, for every candidate", () => {
    const model = spanModel();
    const sentence = '중기부는 보스턴 클러스터를 벤치마킹해 4만㎡ 부지 규모에 약 2,700억 원을 투자해 ‘K-바이오 랩허브’를 인천 송도에 2025년까지 완공할 계획이다.';
    const span: SpanSentence = { articleId: 'a', sentenceIndex: 0, text: sentence, rank: 1, articleRank: 1, relevance: 0.8, supported: true, ownSupport: 0.5 };
    for (const text of ['K-바이오 랩허브 예산 얼마야?', '랩허브는 어디에 완공돼?', '부지 규모는 몇 ㎡인가']) {
      const question = readSpanQuestion(text);
      const weightOf = (piece: string) => 1 + piece.length / 3;
      const view = viewSentence(span, question, weightOf);
      const scoring = scoringQuestion(question, weightOf);
      const sparse = new SparseFeatures();
      const candidates = sentenceCandidates(sentence, []);
      expect(candidates.length).toBeGreaterThan(20);
      for (const candidate of candidates) {
        shapedFeatures(candidate, shapeOf(candidate, sentence), view, scoring, sparse);
        const dense = candidateFeatures(candidate, view, question, weightOf, new Float64Array(FEATURE_COUNT));
        expect(Array.from(sparse.values)).toEqual(Array.from(dense));
        expect(Object.is(sparse.dot(model.vector), model.score(dense))).toBe(true);
      }
    }
  });
});
