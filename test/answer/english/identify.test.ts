/**
 * "Who is X?" / "What is X?" in English over invented Korean articles: who or what the articles say
 * X is — a person's title with its organization, an apposition, a defining sentence, an acronym's
 * Hangul name — and a sentence, never a guessed span, when they do not say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../src/corpus/index.ts';
import { createEngine, type Engine } from '../../../src/answer/index.ts';

let engine: Engine;

beforeAll(async () => {
  const articles = [
    {
      id: 'a',
      title: '부산 해양 스타트업 박람회 개막',
      date: '2024-05-02',
      text: [
        '부산시는 2일 해양 스타트업 박람회를 열었다고 밝혔다.',
        '행사에는 김도윤 부산해양진흥원장과 해양 드론 전문기업인 오션윙스 등 40개 기업이 참석했다.',
        '자율운항 소프트웨어 개발업체 씨마인드는 이번 박람회에서 투자 유치 상담을 진행했다.',
        '북항 스타트업 센터(NHSC)는 2019년 문을 연 공유오피스이자 창업 지원 플랫폼이다.',
        'NHSC는 올해 입주 기업을 20곳으로 늘린다.',
        '김도윤 원장은 “해양 스타트업이 세계로 나가도록 돕겠다”고 말했다.',
        '오후에는 해양대학교 병원(KMUH) 연구진이 해양 의료 기술을 소개했다.',
      ].join(' '),
    },
  ]
    .map((record) => articleFromRecord(record))
    .filter((article) => article !== null);
  engine = await createEngine(articles);
});

describe('English identity questions', () => {
  it('answers who a person is with their title and organization', async () => {
    const answer = await engine.answer('Who is Kim Do-yoon?');
    expect(answer.found).toBe(true);
    expect(answer.answerKind).toBe('span');
    expect(answer.answer).toContain('부산해양진흥원장');
    expect(answer.citations[0]?.text).toContain('김도윤 부산해양진흥원장');
  });

  it('answers what a company is from the words set beside its name', async () => {
    expect((await engine.answer('What is Ocean Wings?')).answer).toBe('해양 드론 전문기업인 오션윙스');
    expect((await engine.answer('What is Seamind?')).answer).toContain('자율운항 소프트웨어 개발업체');
  });

  it('answers what an acronym is from its defining sentence', async () => {
    const answer = await engine.answer('What is NHSC?');
    expect(answer.answer).toContain('공유오피스');
  });

  it("answers what an acronym is with the Hangul name the articles give it", async () => {
    expect((await engine.answer('What is KMUH?')).answer).toBe('해양대학교 병원(KMUH)');
  });

  it('offers a sentence, not a figure or a date, for "which organization …"', async () => {
    const answer = await engine.answer('Which organization opened the expo on the 2nd?');
    if (answer.found) expect(answer.answer ?? '').not.toMatch(/^\d+일/u);
  });

  it('does not take a question with more in it for an identity question', async () => {
    const answer = await engine.answer('How many companies attended the expo in Busan?');
    expect(answer.answer ?? '').not.toContain('전문기업인');
  });
});

describe('English position questions', () => {
  it("answers a person's position with the title as the article writes it, without the name", async () => {
    const answer = await engine.answer("What is Kim Do-yoon's position?");
    expect(answer.found).toBe(true);
    expect(answer.answerKind).toBe('span');
    expect(answer.answer).toBe('부산해양진흥원장');
    expect(answer.citations[0]?.text).toContain('김도윤 부산해양진흥원장');
  });

  it('asks about no position when no person is named', async () => {
    const answer = await engine.answer('What is the role of the startup center?');
    expect(answer.answer).not.toBe('부산해양진흥원장');
  });
});

describe('English organization questions', () => {
  it('answers which company with the name put after its kind', async () => {
    const answer = await engine.answer('Which autonomous navigation software developer held investment talks at the fair?');
    expect(answer.answerKind).toBe('span');
    expect(answer.answer).toBe('씨마인드');
  });
});
