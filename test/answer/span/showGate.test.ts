/**
 * The show gate (src/answer/span/showGate.ts): its features read how closely a question restates
 * its sentence, its fitted numbers load, and through answer() a span the gate is sure of is shown
 * while a loosely aligned one gives way to its sentence. Invented sentences, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { viewSentence, type SpanSentence } from '../../../src/answer/span/features.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { GATE_FEATURES, gateFeatures, observeGate, otherThanAsked, showGate, unitAgreement, type GateInputs } from '../../../src/answer/span/showGate.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

const SENTENCE = '한빛전자는 2019년 3월 경기도 판교에 인공지능 연구소를 세웠다.';

function inputsFor(question: string, span: string, scorer = 0.6): GateInputs {
  const sentence: SpanSentence = { articleId: 'a', sentenceIndex: 0, text: SENTENCE, rank: 0, articleRank: 0, relevance: 1, supported: true, ownSupport: 1 };
  const spanQuestion = readSpanQuestion(question);
  const candidate = sentenceCandidates(SENTENCE, []).find((c) => c.text === span);
  if (!candidate) throw new Error(`no candidate ${span}`);
  const view = viewSentence(sentence, spanQuestion, () => 1);
  return { question: spanQuestion, candidate, view, scorer, probability: scorer, rival: 0.2, rule: 'none', kindRivals: 0, rivalHere: false };
}

function named(features: Float64Array): Record<string, number> {
  return Object.fromEntries(GATE_FEATURES.map((name, i) => [name, features[i] ?? 0]));
}

describe('the show gate\'s features', () => {
  it('a question that restates its sentence: its words all there, the words around the question word around the span', () => {
    const f = named(gateFeatures(inputsFor('한빛전자는 2019년 3월 어디에 인공지능 연구소를 세웠나?', '경기도 판교')));
    expect(f['cover:share']).toBe(1);
    expect(f['align:beforeNext']).toBe(1);
    expect(f['align:afterNext']).toBe(1);
    expect(f['wh:where']).toBe(1);
    expect(f['question:words']).toBeGreaterThanOrEqual(5 / 8);
  });

  it('a chat question over the same sentence: few words, none standing next to the span', () => {
    const f = named(gateFeatures(inputsFor('한빛 연구소 어디야?', '경기도 판교')));
    expect(f['align:beforeNext']).toBe(0);
    expect(f['align:afterNext']).toBe(0);
    expect(f['question:words']).toBeLessThanOrEqual(2 / 8);
  });

  it('the span\'s unit against the one asked: 몇 명 is no count of companies, 면적 no sum of money', () => {
    expect(unitAgreement(readSpanQuestion('상담회에 바이어 몇 명 왔어?'), '중소기업 38개사')).toBe('clash');
    expect(unitAgreement(readSpanQuestion('상담회에 바이어 몇 명 왔어?'), '120명')).toBe('match');
    expect(unitAgreement(readSpanQuestion('공원 전체 면적은 얼마인가?'), '410억 원')).toBe('clash');
    expect(unitAgreement(readSpanQuestion('사업 예산 얼마야?'), '약 2,700억 원')).toBe('match');
    expect(unitAgreement(readSpanQuestion('언제 세웠어?'), '2019년')).toBeNull();
  });

  it('the fitted gate is surer of a span the question pins than of the same span a chat question names loosely', () => {
    const gate = showGate();
    const pinned = gate.confidence(gateFeatures(inputsFor('한빛전자는 2019년 3월 어디에 인공지능 연구소를 세웠나?', '경기도 판교')));
    const loose = gate.confidence(gateFeatures(inputsFor('한빛 연구소 어디야?', '경기도 판교')));
    expect(pinned).toBeGreaterThan(loose);
  });

  it('its numbers name features the code computes, and a threshold in 0..1', () => {
    const gate = showGate();
    for (const name of Object.keys(gate.file.weights)) expect(GATE_FEATURES).toContain(name);
    expect(gate.threshold).toBeGreaterThan(0);
    expect(gate.threshold).toBeLessThan(1);
  });
});

describe('through answer(): the gate decides between the span and its sentence', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine([
      buildArticle({ id: 'farm', title: '바다농산, 스마트팜 수출 확대', outlet: '가상경제', author: null, date: '2025-04-10', url: null }, [
        ['바다농산은 올해 중동 지역에 스마트팜 설비를 수출해 새 시장을 열었다.'],
        ['회사는 현지 협력사와 함께 사막 기후에 맞춘 재배 기술을 시험하고 있다.'],
        ['김서연 대표는 수출 품목을 채소에서 과일로 넓히겠다고 말했다.'],
      ]),
    ]);
  });

  /** The answer, and how many spans the gate judged on the way. */
  async function judged(question: string) {
    let decisions = 0;
    const stop = observeGate(() => decisions++);
    try {
      return { answer: await engine.answer(question), decisions };
    } finally {
      stop();
    }
  }

  it('a question restating its sentence gets the span, the gate sure of it', async () => {
    const { answer, decisions } = await judged('김서연 대표는 수출 품목을 무엇에서 과일로 넓히겠다고 말했나?');
    expect(decisions).toBe(1);
    expect(answer).toMatchObject({ found: true, answerKind: 'span', answer: '채소' });
    expect(answer.confidence).toBeGreaterThanOrEqual(showGate().threshold);
  });

  it('a chat question loosely related to the sentence gets the sentence, offered as evidence', async () => {
    const { answer, decisions } = await judged('김 대표 뭐 넓힌대?');
    expect(decisions).toBe(1);
    expect(answer).toMatchObject({ found: true, answerKind: 'sentence', answer: '김서연 대표는 수출 품목을 채소에서 과일로 넓히겠다고 말했다.' });
    expect(answer.confidence).toBeLessThan(showGate().threshold);
  });
});

describe('the gate holds back a span of another thing than asked, read by the words alone', () => {
  it('a calendar year for a length of time, a company for a model name, a Korean name for an English one', () => {
    expect(otherThanAsked(readSpanQuestion('한별파워 계약 기간 몇 년이야'), '2030년')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('한별파워 계약 기간 몇 년이야'), '5년')).toBe(false);
    expect(otherThanAsked(readSpanQuestion('한별파워 계약 몇 년에 맺었어?'), '2026년')).toBe(false);
    expect(otherThanAsked(readSpanQuestion('누리 양극재 들어가는 로제 차 모델명 뭐야?'), '프랑스 완성차업체 로제모터스')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('누리 양극재 들어가는 로제 차 모델명 뭐야?'), 'R-Line 5')).toBe(false);
    expect(otherThanAsked(readSpanQuestion('도서관 운영하는 재단 영문 이름이 뭐야?'), '가온시립도서관재단')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('도서관 운영하는 재단 영문 이름이 뭐야?'), 'Gaon Library Foundation')).toBe(false);
  });

  it('a role for where, a body that is no court for the court asked, a word for a level', () => {
    expect(otherThanAsked(readSpanQuestion('이 조직의 콜센터는 어디에 있었나?'), '상담책')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('이 조직의 콜센터는 어디에 있었나?'), '해외')).toBe(false);
    expect(otherThanAsked(readSpanQuestion('이 사건을 심리해 선고한 재판부는 어디인가?'), '공정거래위원회')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('이 사건을 심리해 선고한 재판부는 어디인가?'), '가온지법 형사3부')).toBe(false);
    expect(otherThanAsked(readSpanQuestion('충전 상한은 어느 수준이야?'), '지하주차장')).toBe(true);
    expect(otherThanAsked(readSpanQuestion('충전 상한은 어느 수준이야?'), '90%')).toBe(false);
  });

  it('through answer(): a common noun ("부지") is no answer to where a plant stands', async () => {
    const engine = await createEngine([
      buildArticle({ id: 'plant', title: '누리머티리얼즈, 폴란드에 양극재 2공장', outlet: '가상산업일보', author: null, date: '2026-05-20', url: null }, [
        ['누리머티리얼즈는 12일 이사회를 열고 폴란드 브로츠와프 공장 부지에 2,900억 원을 들여 양극재 2공장을 짓기로 의결했다고 13일 공시했다.'],
      ]),
    ]);
    const answer = await engine.answer('폴란드 양극재 공장 어디에');
    expect(answer.answer ?? '').not.toBe('부지');
  });
});
