/**
 * A measure asked by its noun: the figure right after 고도 / 강수량, or after the place asked in the
 * list that follows 적설량; a question that asks when or where of it is not read so. Through
 * engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { measureAsked } from '../../../src/answer/english/measure.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'sat', title: '초소형 위성 4기 궤도 안착', outlet: '가상일보', author: null, date: '2026-11-02', url: null },
      [['가람스페이스의 초소형 위성들은 발사 41분 뒤 고도 550㎞ 궤도에서 분리됐고, 2시간 뒤 첫 교신에 성공했다.']],
    ),
    buildArticle(
      { id: 'snow', title: '호남 폭설 피해 속출', outlet: '가상일보', author: null, date: '2026-12-09', url: null },
      [
        ['호남 지역에 사흘째 폭설이 이어졌다.', '중대본에 따르면 7일부터 9일까지 누적 적설량은 전북 순창 38.2㎝, 전남 담양 31.5㎝, 광주 22.1㎝를 기록했다.'],
        ['같은 기간 담양군 일대에는 누적 강수량 84㎜가 내렸다.'],
      ],
    ),
  ]);
});

describe('a measure asked by its noun', () => {
  it('answers the figure after the noun, not another of the sentence', async () => {
    expect((await engine.answer('At what altitude were the Garam Space satellites deployed?')).answer).toBe('550㎞');
  });

  it("answers the asked place's figure in the list after the noun", async () => {
    expect((await engine.answer('How much snow accumulated in Sunchang?')).answer).toBe('38.2㎝');
    expect((await engine.answer('How much snow accumulated in Damyang?')).answer).toBe('31.5㎝');
  });

  it('reads only questions that ask the figure', () => {
    expect(measureAsked('How much rain fell in Damyang?')?.nouns).toContain('강수량');
    expect(measureAsked('When did the snow start?')).toBeNull();
    expect(measureAsked('Where did the heaviest snow fall?')).toBeNull();
  });
});
