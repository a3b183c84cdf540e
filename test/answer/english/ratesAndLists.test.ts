/**
 * Rates and amounts asked by their noun ("What was X's total debt", "the vaccination rate") and a
 * figure a sentence gives each of several names in turn ("A 전 의장은 38.7%, B 전 특보는 35.2%").
 * Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { ownFigure } from '../../../src/answer/english/clause.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'poll', title: '가온시장 선거 여론조사 접전', outlet: '가상일보', author: null, date: '2026-11-02', url: null },
      [
        ['가상리서치가 실시한 여론조사에서 문도윤 전 시의회 의장은 41.2%, 배수아 전 부시장은 33.5%의 지지를 얻었다.'],
        ['가온시의 올해 독감 백신 접종률은 62.4%로 지난해보다 3.1%포인트 올랐다.'],
      ],
    ),
    buildArticle(
      { id: 'power', title: '한빛전력 부채 눈덩이', outlet: '가상일보', author: null, date: '2026-11-03', url: null },
      [['한빛전력의 총부채는 올해 9월 말 기준 88조2천억 원이며, 누적 영업적자는 12조 원에 이른다.']],
    ),
  ]);
});

describe('a figure asked by its noun', () => {
  it('reads debt as an amount and a vaccination rate as a percentage', async () => {
    const debt = await engine.answer("What was Hanbit Power's total debt at the end of September?");
    expect(debt.intent).toBe('money');
    expect(debt.answer).toContain('88조2천억 원');
    const rate = await engine.answer("What is Gaon's flu vaccination rate this year?");
    expect(rate.answer).toContain('62.4%');
  });
});

describe('a figure of each name in a list', () => {
  it("answers the name's own figure, not the one the reader took", async () => {
    expect((await engine.answer('What support rating did Moon Do-yoon get in the poll?')).answer).toContain('41.2%');
    expect((await engine.answer('What support rating did Bae Su-a get in the poll?')).answer).toContain('33.5%');
  });

  it('leaves a compared or earlier figure alone', () => {
    const sentence = '문도윤 의장의 지지율은 지난해 30.1%, 올해 41.2%로 올랐다.';
    expect(ownFigure(sentence, '41.2%', ['문도윤'])).toBeNull();
    expect(ownFigure('문도윤 전 의장은 41.2%, 배수아 전 부시장은 33.5%의 지지를 얻었다.', '33.5%', ['문도윤'])?.text).toBe('41.2%');
  });
});

describe('what a count question counts', () => {
  it('counts the US companies, not the deals the text counts near 미국', async () => {
    const { translateQuestion } = await import('../../../src/answer/english/translate.ts');
    const { stubLexicon } = await import('./lexicon.ts');
    const lexicon = stubLexicon({ words: ['미국', '기업', '계약', '체결'], nearby: ['미국기업간에총6건의계약이체결됐다.'] });
    const translated = await translateQuestion('How many US companies signed deals?', lexicon);
    expect(translated?.korean).toMatch(/기업 몇 개/u);
  });
});
