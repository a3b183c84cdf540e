/**
 * Outlets named in English, administrative areas after a place name, editions of named events, counted
 * nouns after their modifiers, people asked by seat, and measures asked by their noun.
 */
import { describe, expect, it } from 'vitest';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { outletNamed } from '../../../src/answer/english/outlet.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

const outlets = ['헤럴드경제', '연합뉴스', '새빛방송뉴스', '서울경제TV', '동아일보'];

const lexicon = {
  ...stubLexicon({
    words: ['포럼', '기자', '무안군', '양파', '생산', '강원특별자치도', '강원', '집중호우', '관정', '지하수', '영월', '별마루', '천문축제', '방문', '투표율', '민감도', '검사'],
  }),
  outlets,
};

describe('outletNamed', () => {
  it.each([
    [['Herald', 'Business'], '헤럴드경제'],
    [['Herald', 'Economy'], '헤럴드경제'],
    [['Yonhap', 'News'], '연합뉴스'],
    [['Saebit', 'Broadcasting', 'News'], '새빛방송뉴스'],
    [['Seoul', 'Economic', 'Daily'], '서울경제TV'],
    [['Dong-A', 'Ilbo'], '동아일보'],
  ])('%j → %s', (words, outlet) => {
    expect(outletNamed(words, outlets)).toBe(outlet);
  });

  it('names no outlet by a place or company word alone, nor one the corpus lacks', () => {
    expect(outletNamed(['Seoul'], outlets)).toBeNull();
    expect(outletNamed(['Chosun', 'Ilbo'], outlets)).toBeNull();
    expect(outletNamed(['Moderna'], outlets)).toBeNull();
    expect(outletNamed(['News'], outlets)).toBeNull();
  });
});

describe('English questions over new beats', () => {
  it('reads an outlet as the byline, never a word the body must say', async () => {
    const read = await translateQuestion('Which Herald Business reporter wrote the forum story?', lexicon);
    expect(read?.korean).toContain('기사 쓴 기자 누구');
    expect(read?.byline).toBe(true);
    expect(read?.unknown).toEqual([]);
    expect(read?.writer).toBe('헤럴드경제');
    // An outlet the articles never ran in stays a name they do not know.
    expect((await translateQuestion('Which Yomiuri Shimbun reporter wrote the forum story?', lexicon))?.unknown).not.toEqual([]);
  });

  it('writes an area word onto the place when the corpus does, else leaves it out', async () => {
    expect((await translateQuestion('How many tonnes of onions did Muan county produce?', lexicon))?.korean).toContain('무안군');
    const gangwon = (await translateQuestion('How much will Gangwon province spend after the torrential rain?', lexicon))?.korean ?? '';
    expect(gangwon).toContain('강원');
    expect(gangwon).not.toMatch(/강원 도|강원도/u);
  });

  it('reads "the 7th … Festival" as an edition, not a day', async () => {
    const read = await translateQuestion('How many people visited the 7th Yeongwol Byeolmaru Astronomy Festival?', lexicon);
    expect(read?.korean).not.toContain('7일');
  });

  it('counts the noun after its modifiers ("how many new wells")', async () => {
    expect((await translateQuestion('How many new groundwater wells will be dug?', lexicon))?.korean).toMatch(/관정 몇/u);
  });

  it('asks who for a person by seat or office, however many words name whose', () => {
    expect(englishIntent('Which city council member warned about the deficit?')).toBe('person');
    expect(englishIntent('Which Education Ministry official said the change aims to ease it?')).toBe('person');
    expect(englishIntent('What share of women applied?')).not.toBe('person');
    expect(englishIntent('In which district of Incheon is the hub?')).toBe('place');
    expect(englishIntent('How much rain fell on the town?')).not.toBe('money');
  });

  it('asks a percentage for a measure noun ("What was the voter turnout")', async () => {
    const turnout = await translateQuestion('What was the voter turnout in the by-election?', lexicon);
    expect(turnout?.intent).toBe('percent');
    expect(turnout?.korean).toContain('투표율 몇 퍼센트');
    expect((await translateQuestion('What sensitivity did the test show?', lexicon))?.intent).toBe('percent');
  });
});
