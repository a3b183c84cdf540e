/**
 * English names, titles and dates read against a corpus's own words (issue 14, second pass): a title
 * phrase before a name, ordinal days, "X University" → X대, a company written "X사", a name mixing an
 * unknown word with glossary words, one-syllable topic words. The corpus here is invented.
 */
import { describe, expect, it } from 'vitest';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { romanizedSyllables } from '../../../src/korean/romanize.ts';
import { stubLexicon } from './lexicon.ts';

const lexicon = stubLexicon({
  words: ['박민수', '차관', '장관', '김도윤', '한양대', '부산', '업무협약', '기관', '누리텍사', '대표', '포럼', '발표', '클라우드마인드솔루션', '선정', '개최', '밤', '행사', '코트라', '르노코리아', '다쏘시스템'],
  people: ['박민수', '김도윤'],
  titles: { 차관: ['박민수'], 장관: ['김도윤'] },
});

const read = (question: string) => translateQuestion(question, lexicon);

describe('names and titles in English questions', () => {
  it('reads "Vice Minister" as 차관 before a romanized name, not the parts sounded out', async () => {
    const english = await read('What did Vice Minister Park Min-soo say about exports?');
    expect(english?.korean).toContain('박민수');
    expect(english?.korean).toContain('차관');
    expect(english?.korean).not.toContain('장관');
  });

  it('finds a French-spelled name by its French reading when the English one finds nothing', async () => {
    expect((await read('How many startups met Dassault Systemes experts?'))?.korean).toContain('다쏘시스템');
  });

  it('spells ㅔ as "ei" too (Yonsei, Sejong-style spellings)', () => {
    expect(romanizedSyllables('Koreisei', '고레세')).toBe(3);
    expect(romanizedSyllables('yonsei', '연세대')).toBe(2);
  });

  it('finds "Hanyang University" as the corpus word 한양대 (last word shortened to its first syllable)', async () => {
    const english = await read('How many institutions signed an MOU with Hanyang University?');
    expect(english?.korean).toContain('한양대');
  });

  it('reads an ordinal day as Korean writes it', async () => {
    const english = await read('What event was held in Busan on the 27th?');
    expect(english?.korean).toContain('27일');
    expect(english?.unknown).toEqual([]);
  });

  it('finds a company the corpus writes with 사 after its name', async () => {
    const english = await read('Who spoke at the forum for Nuritech?');
    expect(english?.korean).toContain('누리텍');
  });

  it('sounds out a name mixing an unknown word with glossary words against a long corpus word', async () => {
    const english = await read('Which program selected Cloudmind Solution?');
    expect(english?.names).toContain('클라우드마인드솔루션');
  });

  it('keeps a one-word glossary noun whose Korean is one syllable ("night" → 밤) as a word the corpus uses', async () => {
    const english = await read('Where was the Busan Night held?');
    expect(english?.korean).toContain('밤');
    expect(english?.unknown).toEqual([]);
  });

  it('reads an agency acronym and an official as news vocabulary', async () => {
    const english = await read('Which official from KOTRA attended the forum?');
    expect(english?.korean).toContain('코트라');
    expect(english?.unknown).toEqual([]);
  });
});
