/**
 * A figure in a list is told of the noun right before it: "해조류가 480억 원으로 전체의 40%를 차지했고,
 * 전복(210억 원)과 광어(150억 원)이", "도비 60억 원과 시비 40억 원". The question that names one item is
 * answered by that item's figure, never its neighbour's, the first or the total; an item the list
 * gives no figure of the asked kind for is not answered. Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { labelBefore } from '../../src/answer/listBinding.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'harbor', title: '바다시 수산물 수출 1천200억 원…역대 최대', outlet: '가상해양신문', author: null, date: '2026-02-03', url: null },
      [
        ['바다시는 지난해 수산물 수출액이 1천200억 원으로 역대 최대를 기록했다고 3일 밝혔다.', '수출 대상국은 18개국으로 늘었다.'],
        ['품목별로는 해조류가 480억 원으로 전체의 40%를 차지했고, 전복(210억 원)과 광어(150억 원)이 뒤를 이었다.', '수입액은 300억 원으로 줄었다.'],
        ['시는 올해 어선 현대화 사업에 총 100억 원을 투입한다.', '재원은 도비 60억 원과 시비 40억 원으로 마련된다.'],
        ['수출 실적이 좋은 어가 30곳에는 포장재 구입비를 지원한다.'],
      ],
    ),
  ]);
});

describe('the figure told of the list item asked', () => {
  it('the item named, not the first or the total', async () => {
    expect(await engine.answer('바다시 전복 수출 얼마야?')).toMatchObject({ found: true, answer: '210억 원' });
    expect(await engine.answer('바다시 광어 수출액은 얼마인가?')).toMatchObject({ found: true, answer: '150억 원' });
  });
  it('the part named (시비), not the total', async () => {
    expect(await engine.answer('어선 현대화 사업 재원 가운데 시비는 얼마인가?')).toMatchObject({ found: true, answer: '40억 원' });
  });
  it('an item the list gives no figure of that kind for is not answered with its neighbour\'s', async () => {
    expect((await engine.answer('바다시 수산물 수출에서 전복 비중은 몇 %야?')).found).toBe(false);
    expect(await engine.answer('바다시 수산물 수출에서 해조류 비중은 몇 %야?')).toMatchObject({ found: true, answer: '40%' });
  });
  it('a list of one measure does not answer another the article tells elsewhere (수입액, not 수출)', async () => {
    expect((await engine.answer('바다시 수산물 수입액 가운데 전복은 얼마야?')).found).toBe(false);
  });
});

describe('labelBefore', () => {
  it('reads the noun right before a figure, or before its brackets', () => {
    const text = '재원은 도비 60억 원과 시비 40억 원으로 마련된다.';
    expect(labelBefore(text, text.indexOf('40억'))).toEqual(['시비']);
    const listed = '전복(210억 원)과 광어(150억 원)이';
    expect(labelBefore(listed, listed.indexOf('150억'))).toEqual(['광어']);
  });
  it('takes no verb or place word for a label', () => {
    const text = '하루 최대 120만 개 생산할 수 있는 8개 라인';
    expect(labelBefore(text, text.indexOf('8개'))).toEqual([]);
  });
});
