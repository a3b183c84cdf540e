/**
 * News beats' vocabulary through the path English questions take: a question of each beat comes out
 * as the Korean question a Korean reporter's words answer (파업, 청장, 대표주관사 …), with the spelling
 * the article uses, and people counted in 명.
 */
import { describe, expect, it } from 'vitest';
import { counterFor } from '../../../src/answer/english/intent.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

// An invented corpus of several beats: a bus strike, a port, a court, a vaccine campaign, an IPO, a budget vote.
const lexicon = stubLexicon({
  words: [
    '시내버스', '버스', '파업', '노동조합', '위원장', '임금', '정년', '전세버스', '부산항만공사', '사장', '컨테이너', '물동량', '환적화물',
    '징역', '임대업자', '보증금', '피해자', '재판장', '법무법인', '대상포진', '접종', '접종률', '질병관리청', '청장', '공모가', '수요예측',
    '경쟁률', '대표주관사', '예산안', '찬성', '의원', '예비비', '국방', '국가채무', '미분양', '주택', '아파트값', '전월 대비', '투어', '공연',
    '대통령실',
  ],
  people: ['강준혁', '권현주'],
  titles: { 사장: ['강준혁'], 청장: ['권현주'] },
});
const korean = async (question: string) => (await translateQuestion(question, lexicon))?.korean ?? '';

describe('news beats in English questions', () => {
  it.each([
    ['How many buses took part in the strike?', ['파업', '버스', '몇']],
    ['By how much will the bus drivers’ wages rise?', ['임금']],
    ['What is the new retirement age?', ['정년']],
    ['How many chartered buses were deployed?', ['전세버스']],
    ['What share of the throughput is transshipment cargo?', ['물동량', '환적화물']],
    ['What prison term did the landlord receive?', ['징역', '임대업자']],
    ['How much in deposits did the victims lose?', ['보증금', '피해자']],
    ['From what date can people get the free shingles shot?', ['대상포진', '접종']],
    ['What was the shingles vaccination rate?', ['대상포진', '접종률']],
    // An IPO price is an amount of its own (공모가 얼마), no 규모.
    ['What is the final IPO price?', ['공모가 얼마']],
    ['What was the competition ratio in the book-building?', ['경쟁률', '수요예측']],
    ['Which securities firm is the lead manager?', ['대표주관사']],
    ['How many lawmakers voted in favour of the budget?', ['찬성', '몇 명']],
    ['How much was the reserve fund set at?', ['예비비', '얼마']],
    ['How much is allocated to defence next year?', ['국방', '얼마']],
    ['What will national debt be as a share of GDP?', ['국가채무']],
    ['How many unsold homes were there?', ['미분양']],
    ['How much did apartment prices rise month on month?', ['아파트값', '전월 대비']],
  ])('%s', async (question, expected) => {
    const translated = await korean(question);
    for (const word of expected) expect(translated).toContain(word);
  });

  it('reads a commissioner as 청장 and an agency acronym as the agency', async () => {
    expect(await korean('Who is the commissioner of the KDCA?')).toMatch(/질병관리청.*청장|청장.*질병관리청/u);
  });

  it('reads "the president of" an authority as its 사장, not the country’s president', async () => {
    const translated = await korean('Who is the president of the port authority?');
    expect(translated).toContain('사장');
    expect(translated).not.toContain('대통령');
  });

  it('says a concert tour as the corpus does (투어), not a state visit (순방)', async () => {
    expect(await korean('How many people will attend the tour?')).toContain('투어');
  });

  it('leaves a topic word of a beat the corpus never covers unknown', async () => {
    const translated = await translateQuestion('How many measles cases were reported?', lexicon);
    expect(translated?.unknown).toContain('measles');
  });
});

describe('people nouns of news beats are counted in 명', () => {
  it.each(['lawmakers', 'tenants', 'victims', 'patients', 'passengers', 'voters', 'fans', 'spectators', 'evacuees'])('%s', (word) => {
    expect(counterFor(word)).toBe('명');
  });

  it('keeps things counted in their own counters', () => {
    expect(counterFor('buses')).toBe('개');
    expect(counterFor('contracts')).toBe('건');
    // "how many passenger ships": a singular people noun is a modifier, never what is counted.
    expect(counterFor('passenger')).toBe('개');
  });
});
