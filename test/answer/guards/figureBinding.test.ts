/**
 * The other figure of the sentence (src/answer/guards/figureBinding.ts): a figure whose own words
 * (its label before it, its verb after it) hold fewer of the question's words than another figure of
 * the same unit in that sentence is not read out. Invented sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import { otherFigureBound } from '../../../src/answer/guards/figureBinding.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

const at = (sentence: string, shown: string): [number, number] => {
  const start = sentence.indexOf(shown);
  return [start, start + shown.length];
};

describe('which figure of a sentence the question words belong to', () => {
  it('the total after a list with 등, by the verb it shares with the question', () => {
    const sentence = '관제센터에는 의사 2명과 간호사 6명, 통신요원 4명 등 12명이 2교대로 근무한다.';
    expect(otherFigureBound('관제센터엔 몇 명이 2교대로 근무해?', sentence, ...at(sentence, '4명'))).toBe(true);
    expect(otherFigureBound('관제센터엔 몇 명이 2교대로 근무해?', sentence, ...at(sentence, '12명'))).toBe(false);
  });
  it('the year labelling a figure in a list', () => {
    const sentence = '시는 올해 안에 5대를 먼저 띄우고, 2028년 9대, 2029년 4대를 차례로 띄운다.';
    expect(otherFigureBound('2028년엔 드론 몇 대 띄워?', sentence, ...at(sentence, '5대'))).toBe(true);
    expect(otherFigureBound('2028년엔 드론 몇 대 띄워?', sentence, ...at(sentence, '9대'))).toBe(false);
  });
  it('a total asked is not the part after 가운데, and a part asked is left alone', () => {
    const sentence = '이번 파업에는 가람시 마을버스 640대 가운데 598대가 참여했다.';
    expect(otherFigureBound('가람시 마을버스는 모두 몇 대야?', sentence, ...at(sentence, '598대'))).toBe(true);
    expect(otherFigureBound('파업에 참여한 마을버스는 몇 대야?', sentence, ...at(sentence, '598대'))).toBe(false);
  });
  it('a list of items each with its own label: the one asked stands', () => {
    const sentence = '분야별로는 복지 예산이 3,100억 원으로 가장 많고, 교통 1,420억 원, 환경 980억 원 순이다.';
    expect(otherFigureBound('교통 분야 예산은 얼마야?', sentence, ...at(sentence, '1,420억 원'))).toBe(false);
    expect(otherFigureBound('환경 예산 얼마?', sentence, ...at(sentence, '1,420억 원'))).toBe(true);
  });
  it("a figure's own conversion in brackets is not another figure", () => {
    const sentence = '이번 순방에서 30억 달러(약 4조 원)의 투자를 유치했다.';
    expect(otherFigureBound('순방 투자 유치 얼마야?', sentence, ...at(sentence, '30억 달러(약 4조 원)'))).toBe(false);
  });
});

describe('through answer()', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine([
      buildArticle({ id: 'rain', title: '남부 폭우 피해 커져', outlet: '가상일보', author: null, date: '2025-07-20', url: null }, [
        ['기상청 관측 결과 이 기간 가온군 북면에는 누적 강수량 480㎜가 쏟아졌고, 나래군 남면 390㎜, 다솔군 동면 350㎜가 뒤를 이었다.'],
      ]),
    ]);
  });
  it('a place the question names labels another figure: not the first one', async () => {
    const answer = await engine.answer('나래 남면 누적강수량 몇mm였지');
    expect(answer.answer ?? '').not.toContain('480');
  });
});
