/**
 * Span selection weighs every letter pair of the sentences it reads by two UTF-16 units
 * (`Library.pairWeight`, src/answer/library.ts), a pair of Hangul syllables by a number: each must
 * weigh what the pair's string weighs (`pieceWeight`), whatever was asked before.
 */
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/answer/library.ts';
import { articleFromRecord } from '../../src/corpus/index.ts';
import { arraySource } from '../../src/corpus/source.ts';
import { answerTypeHints } from '../../src/facts/index.ts';
import { ExtractedFacts } from '../../src/facts/source.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { sentenceForm } from '../../src/answer/span/features.ts';

const ARTICLES = [
  { id: 'a', title: '서울시 연구센터 건립', text: '서울시는 지난 3일 강남구에 AI 연구센터를 세우는 데 2,700억 원을 쓰기로 했다고 밝혔다. 센터는 2027년 문을 연다.' },
  { id: 'b', title: '수출 실적', text: '산업통상자원부는 반도체 수출이 전년보다 12.5% 늘었다고 밝혔다. LG에너지솔루션은 미국 공장을 짓는다.' },
];

function library(): Library {
  const source = arraySource(ARTICLES.map((record) => articleFromRecord(record)).filter((article) => article !== null));
  const index = SearchIndex.build(source, { answerTypes: answerTypeHints() });
  return new Library(source, new ExtractedFacts(source), { retriever: index, lexicon: index });
}

describe('Library.pairWeight', () => {
  it('weighs a pair of units as its string: syllables the corpus holds, syllables it lacks, digits, Latin letters, mixed', () => {
    const pairs = ['연구', '센터', '억원', '힣가', '가힣', '27', 'ai', 'g에', '2억', '에너', '뷁뷁'];
    const byNumber = library();
    const byString = library();
    // Asked twice: the second answer is the remembered one.
    for (const round of [1, 2]) {
      for (const pair of pairs) {
        expect(byNumber.pairWeight(pair.charCodeAt(0), pair.charCodeAt(1)), `${pair} ${round}`).toBe(byString.pieceWeight(pair));
      }
    }
  });

  it('gives a sentence the same form as the weights of its pairs as strings', () => {
    const lib = library();
    const text = ARTICLES[0]!.text;
    const byNumber = sentenceForm(text, (piece) => lib.pieceWeight(piece), (first, second) => lib.pairWeight(first, second));
    expect(byNumber).toEqual(sentenceForm(text, (piece) => library().pieceWeight(piece)));
  });
});
