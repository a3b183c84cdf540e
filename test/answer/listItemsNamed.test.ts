/**
 * Which figure of a list sentence a question names (src/answer/listBinding.ts), through answer():
 * items that end like a particle (대만, 인도), numbered groups (30대, 2차), two figures told of one noun
 * (피해) told apart by their own words (공공시설 / 사유시설), an item named over the total the list sums,
 * and a figure glued to a word ending in 제 ("천문축제 41만2천 명"). Invented article, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractFigures } from '../../src/facts/extract.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'lantern', title: '누리 등불축제 28만4천 명 다녀가', outlet: '가상문화일보', author: null, date: '2026-11-02', url: null },
      [
        ['누리군은 지난달 열린 제5회 누리 등불축제에 모두 28만4천 명이 다녀갔다고 2일 밝혔다.'],
        ['해외 방문객은 9,600명이었다.', '국가별로는 일본 3,100명, 대만 2,700명, 인도 1,200명, 태국 900명 순이었다.'],
        ['연령대별 방문객 비중은 20대 24.5%, 30대 29.1%, 40대 22.8%, 50대 이상 14.2%였다.'],
        ['축제 기간 강풍으로 공공시설 피해가 3억4천만 원, 사유시설 피해가 8천만 원 발생했다.'],
        ['지역 숙박업소 세 곳의 예약 점유율은 합계 62%로, 업체별로는 솔빛호텔 27%, 하늘채 21%, 누리장 14%였다.'],
      ],
    ),
  ]);
});

describe('the list item a question names', () => {
  it('an item ending like a particle (대만, 인도) is still the label of its figure', async () => {
    expect(await engine.answer('해외 방문객 가운데 대만 국적은 몇 명인가?')).toMatchObject({ found: true, answer: '2,700명' });
    expect(await engine.answer('인도에서 온 방문객은 몇 명이야?')).toMatchObject({ found: true, answer: '1,200명' });
  });
  it('a numbered group (30대) labels its figure', async () => {
    expect(await engine.answer('30대 방문객 비중은 몇 %인가?')).toMatchObject({ found: true, answer: '29.1%' });
    expect(await engine.answer('40대 비중 몇퍼?')).toMatchObject({ found: true, answer: '22.8%' });
  });
  it('two figures of one noun (피해): the one whose own words the question names', async () => {
    expect(await engine.answer('축제 기간 사유시설 피해액은 얼마인가?')).toMatchObject({ found: true, answer: '8천만 원' });
    expect(await engine.answer('공공시설 피해 얼마야?')).toMatchObject({ found: true, answer: '3억4천만 원' });
  });
  it('an item named beats the total the list sums; the total when asked', async () => {
    expect(await engine.answer('하늘채의 예약 점유율은 몇 %인가?')).toMatchObject({ found: true, answer: '21%' });
    expect(await engine.answer('숙박업소 세 곳의 예약 점유율 합계는 몇 %인가?')).toMatchObject({ found: true, answer: '62%' });
  });
  it('a figure after a word ending in 제 is read whole (제 is an ordinal only as a prefix)', async () => {
    const read = (text: string) => extractFigures({ articleId: 'x', index: 0, paragraphIndex: 0, text }, { articleDate: null }).map((fact) => fact.text);
    expect(read('누리 등불축제 28만4천 명 다녀가')).toEqual(['28만4천 명']);
    expect(read('경제 3조 원 규모')).toEqual(['3조 원']);
    expect(read('제5회 축제')).toEqual([]);
    expect(await engine.answer('제5회 누리 등불축제에 다녀간 사람은 모두 몇 명인가?')).toMatchObject({ found: true, answer: '28만4천 명' });
  });
});
