/**
 * Everyday English words of news questions read as the Korean the articles write: a court is also
 * 지법 or 재판부, a flight 항공기 … 편, subsidies 지원금, growth 증가, a crime ring 조직, the first half of
 * a year 상반기. Such a word once stayed unknown (the corpus writes none of its glossary spellings), and
 * an unknown word makes the question unanswerable. Words that only frame the question ("single out",
 * "count") are kept only where the articles say them, never left as unknown names.
 */
import { describe, expect, it } from 'vitest';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

// An invented corpus of a few beats: a fraud case, a court, an airport in snow, a city's bus money, a stock offering.
const lexicon = stubLexicon({
  words: [
    '보이스피싱', '조직', '피해자', '가로챈', '콜센터', '대구지법', '재판부', '추징', '항공기', '결항', '제설', '시내버스', '재정지원금',
    '수출', '증가', '증가율', '반도체', '상반기', '수요', '공급', '해오름증권', '대표주관사', '자사주', '사들이기로', '밀가루', '과징금',
    '공정거래위원회', '인센티브', '자유전공', '시민연대', '정책국장', '부가가치세', '전기요금', '컨설팅', '지역', '유니콘', '차관', '메카',
    '바이오', '출신', '대학', '연구', '가구', '항공기 143편',
  ],
});
const read = (question: string) => translateQuestion(question, lexicon);

describe('everyday words of news questions', () => {
  it.each([
    ['How much money did the ring swindle from victims?', ['조직', '피해자']],
    ['How much did the court order to be confiscated?', ['추징']],
    ['How many flights were cancelled?', ['항공기', '몇 편']],
    ['How much has the city paid in bus subsidies?', ['지원금']],
    ['Which securities firm is the lead manager?', ['증권', '대표주관사']],
    ['Which country saw the fastest growth in chip exports?', ['증가', '반도체', '수출']],
    ['What was the growth rate of chip exports?', ['증가율']],
    ['Will demand outstrip supply through the first half of next year?', ['상반기']],
    ['How large is the share buyback?', ['자사주']],
    ['What penalty surcharge did the Fair Trade Commission impose?', ['과징금 얼마']],
    ['What is the maximum incentive per university?', ['인센티브 얼마']],
    ['Which schools fill a quarter of places with undeclared majors?', ['자유전공']],
    ['Which civic group does the policy director belong to?', ['시민연대']],
    ['How much more will a household pay including taxes?', ['부가가치세']],
    ['Who called the city the mecca of biotech?', ['메카']],
    ['Graduates of which universities lead the research?', ['출신']],
  ])('%s', async (question, expected) => {
    const translated = await read(question);
    expect(translated?.unknown).toEqual([]);
    for (const word of expected) expect(translated?.korean).toContain(word);
  });

  it('keeps words that only frame the question out of the unknown names', async () => {
    for (const question of ['Which area did the consulting group single out?', 'Which two firms are singled out by name?', "The vice minister's count of unicorns — what's the figure?"]) {
      expect((await read(question))?.unknown).toEqual([]);
    }
  });

  it('asks a penalty surcharge and an incentive as amounts (the cue noun sets what a "what" question asks)', async () => {
    expect(englishIntent('What penalty surcharge did the commission impose?')).toBe('open');
    expect((await read('What penalty surcharge did the commission impose?'))?.intent).toBe('money');
    expect((await read('What is the maximum incentive per university?'))?.intent).toBe('money');
  });

  it('reads a question word said last ("… due for completion when?") as one said first', () => {
    expect(englishIntent('The new lab hub is due for completion when?')).toBe('date');
    expect(englishIntent('The delegation signed the pact where?')).toBe('place');
    expect(englishIntent('How many people came, and when?')).toBe('count');
  });

  it('still leaves a topic word the corpus never covers unknown', async () => {
    expect((await read('How many measles cases were reported?'))?.unknown).toContain('measles');
  });
});
