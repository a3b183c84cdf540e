/**
 * Chat questions an answer must fit (src/answer/compose.ts): "뭐 계약했대" is not answered with the
 * question's own word ("계약"); "어느 대학", "어느 팀" ask a name, which a sentence naming none does
 * not give in a long sentence; "국장 반응 뭐였어" asks what the person said (a quote cue). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'deal', title: '한빛제약 미국 진출', outlet: '가상바이오신문', author: null, date: '2026-08-01', url: null },
      [
        ['한빛제약, 솔빛메디, 다온엔지니어링 등은 미국의 기업과 기술이전, 판매확대를 위한 계약을 체결했다.'],
        ['해솔시는 지난 30년간 연구개발 시설이 쌓이면서 세계 각지의 뛰어난 인재가 모이는 연구 도시로 빠르게 발전했다.'],
        ['축구 선수 강다온은 2021년 빛고을FC를 떠나 일본 J리그로 이적하며 구단 역대 최고 이적료 기록을 새로 썼다.'],
        ['정하늘 시민연대 정책국장은 "방향은 맞지만 속도가 너무 느리다"고 말했다.'],
      ],
    ),
  ]);
});

describe('answers that fit a chat question', () => {
  it('a span that only repeats the question\'s word is no answer', async () => {
    const answer = await engine.answer('한빛제약 미국 기업이랑 뭐 계약했대');
    expect(answer.answer).not.toBe('계약');
  });
  it('어느 대학 / 어느 팀 is not answered by a sentence that names none', async () => {
    expect((await engine.answer('해솔시 인재들 어느 대학 출신이래?')).found).toBe(false);
    expect((await engine.answer('강다온 J리그 어느 팀 갔었지?')).found).toBe(false);
  });
  it('a person\'s reaction is what they said', async () => {
    const answer = await engine.answer('정하늘 국장 반응 뭐였어');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('속도가 너무 느리다');
  });
});
