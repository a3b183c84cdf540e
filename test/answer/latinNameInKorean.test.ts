/**
 * A Latin name in a Korean question that the corpus writes only in Hangul ("LabCentral 대표 누구야"
 * of "랩센트럴 대표"): the name is looked up as English questions look it up (src/answer/english/
 * names.ts: aliases, romanization, sound) and the question is answered from the Hangul. A Latin name
 * that sounds like nothing in the corpus still leaves the question unanswered. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'forum', title: '가온시 창업 포럼 개막', outlet: '가상경제', author: null, date: '2026-05-12', url: null },
      [
        ['가온시는 12일 시청 대강당에서 창업 포럼을 열었다고 밝혔다.'],
        ['포럼에는 미국 창업 보육 기관 노바허브의 마리아 로페스 대표와 국내 투자사 관계자 200여 명이 참석했다.'],
        ['노바허브는 가온시에 아시아 첫 지사를 내년 3월 연다.'],
      ],
    ),
  ]);
});

describe('a Latin name the corpus writes in Hangul', () => {
  it('is read as its Hangul', async () => {
    expect(await engine.answer('NovaHub 대표 누구야?')).toMatchObject({ found: true });
    expect((await engine.answer('NovaHub 대표 누구야?')).answer).toContain('마리아 로페스');
    expect(await engine.answer('NovaHub 아시아 지사 언제 열어?')).toMatchObject({ found: true, answer: '내년 3월' });
  });
  it('a Latin name that sounds like nothing in the corpus is not answered', async () => {
    expect((await engine.answer('Quintessa 대표 누구야?')).found).toBe(false);
  });
});
