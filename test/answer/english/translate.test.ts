import { describe, expect, it } from 'vitest';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { isEnglishQuestion, translateQuestion } from '../../../src/answer/english/translate.ts';
import { englishDate, englishMoney } from '../../../src/answer/english/values.ts';
import { stubLexicon } from './lexicon.ts';

// The corpus's own words: a lab hub in 송도, a drug company, people with titles, aliases it defines.
const lexicon = stubLexicon({
  words: [
    '랩허브', '바이오', '송도', '인천', '예산', '투자', '완공', '대웅제약', '기술수출', '계약', '규모', '한국보건산업진흥원',
    '원장', '차순도', '장관', '이영', '윤석열', '대통령', '스타트업', '모더나', '보스턴', '실리콘밸리', '화이자', '엔비디아',
    '유엘', '솔루션즈', 'ul solutions', 'cic', '센터', 'mou', '업무협약', '체결', '상담회', 'vc', '현대', '경기', '대구', '부지', '발언',
  ],
  aliases: { ulsolutions: ['유엘 솔루션즈'], cic: ['센터'] },
  people: ['차순도', '이영', '윤석열'],
  titles: { 장관: ['이영'], 원장: ['차순도'], 대통령: ['윤석열'] },
});

const korean = async (question: string) => (await translateQuestion(question, lexicon))?.korean ?? null;

describe('isEnglishQuestion', () => {
  it.each([
    ['Where will the K-Bio Lab Hub be built?', true],
    ['K-바이오 랩허브 budget', true],
    ['Moderna', true],
    ['K-바이오 랩허브 예산', false],
    ['대웅제약 MOU 체결', false],
    ['유엘 솔루션즈 UL Solutions', false],
    ['2008년 푸시캣 돌스의 When I Grow Up이 차트에서 차지한 등수는?', false],
    ["'best innovative square mile'이라고 부른 곳은 어디?", false],
  ])('%s → %s', (question, english) => {
    expect(isEnglishQuestion(question, lexicon)).toBe(english);
  });

  it('leaves Korean questions to the Korean analysis', async () => {
    expect(await translateQuestion('K-바이오 랩허브 예산', lexicon)).toBeNull();
  });
});

describe('translateQuestion', () => {
  it('keeps Hangul and translates the English of a mixed question', async () => {
    expect(await korean('K-바이오 랩허브 budget')).toBe('K-바이오 랩허브 예산 규모 얼마');
    expect(await korean('대웅제약 deal size')).toContain('대웅제약');
  });

  it('turns a question word into the Korean cue and keeps a one-letter prefix on its word', async () => {
    const translated = await translateQuestion('Where will the K-Bio Lab Hub be built?', lexicon);
    expect(translated?.intent).toBe('place');
    expect(translated?.korean).toMatch(/^K-바이오 랩허브 .*어디에$/u);
  });

  it('writes a compound name the corpus writes as one word', async () => {
    expect(await korean('Who heads the Korea Health Industry Development Institute?')).toBe('한국보건산업진흥원 원장 누구');
  });

  it('finds people by romanization, a surname with a title as the articles write it', async () => {
    expect(await korean("Lee Young's op-ed")).toContain('이영');
    expect(await korean('What did President Yoon say?')).toMatch(/^윤 대통령/u);
  });

  it('keeps a surname several people of the articles share, never taking it for an unknown name', async () => {
    const shared = stubLexicon({ words: ['윤석열', '윤영희', '대통령', '보스턴', '방문'], people: ['윤석열', '윤영희'], titles: { 대통령: ['윤석열'] } });
    const translated = await translateQuestion("What happened during Yoon's Boston visit?", shared);
    expect(translated?.korean).toContain('윤');
    expect(translated?.unknown).toEqual([]);
    // Two surnames the spelling may stand for are no reading of it.
    const two = stubLexicon({ words: ['이영', '리우', '장관'], people: ['이영', '리우'] });
    expect((await translateQuestion('What did Lee say?', two))?.names ?? []).not.toContain('이');
  });

  it('finds aliases the articles define and loanwords by sound', async () => {
    expect(await korean('What did UL Solutions sign?')).toContain('유엘 솔루션즈');
    expect(await korean('What about Moderna?')).toContain('모더나');
    expect(await korean('Where is Silicon Valley?')).toContain('실리콘밸리');
    expect(await korean('How much did Pfizer invest?')).toContain('화이자');
  });

  it('reads a programme\'s part as Korean numbers it (part 2 → 2부)', async () => {
    const parts = stubLexicon({ words: ['포럼', '발표', '체결식'] });
    expect((await translateQuestion('How many ceremonies were held in part 2 of the forum?', parts))?.korean).toContain('2부');
    expect((await translateQuestion('Who spoke in the first part of the forum?', parts))?.korean).toContain('1부');
    expect((await translateQuestion('Which part of the city?', parts))?.korean).not.toMatch(/부/u);
  });

  it('reads a name glossed by its acronym once, as the articles write it', async () => {
    const known = stubLexicon({ words: ['mgh', '카이스트', '업무협약'] });
    const glossed = await translateQuestion('Which university signed an MOU with Mass General (MGH)?', known);
    expect(glossed?.korean).toContain('MGH');
    expect(glossed?.unknown).toEqual([]);
    // An acronym the articles never write leaves the name, which they may.
    const named = stubLexicon({ words: ['모더나', '업무협약'] });
    expect((await translateQuestion('Which university signed an MOU with Moderna (MRNA)?', named))?.unknown).toEqual([]);
  });

  it('reads an acronym the articles write with dots ("DC" → D.C.)', async () => {
    const dotted = stubLexicon({ words: ['워싱턴', 'd.c.', '만찬'] });
    const translated = await translateQuestion('Who hosted the dinner in DC?', dotted);
    expect(translated?.korean).toContain('D.C.');
    expect(translated?.unknown).toEqual([]);
  });

  it('searches an acronym the articles use as written, not its partial alias', async () => {
    expect(await korean('When did CIC start?')).toBe('CIC 언제');
  });

  it('says what "the minister" said with the one minister the articles name', async () => {
    expect(await korean('what did the minister say about startups')).toBe('스타트업 이영 장관 뭐라고 말했나');
  });

  it('says a count question\'s verb after the count, as Korean asks it', async () => {
    expect(await korean('How many MOUs did Daewoong sign in Boston?')).toBe('대웅 보스턴 MOU 몇 건 체결했나');
  });

  it('asks the years since something as 몇 년 만', async () => {
    expect(await korean('How many years had it been since the last state visit?')).toMatch(/몇 년 만$/u);
  });

  it('puts the counted noun before 몇 and its counter after', async () => {
    expect(await korean('How many VCs joined the consultation?')).toBe('상담회 VC 몇 개');
    expect(await korean('How many MOUs were signed?')).toMatch(/몇 건 체결했나$/u);
  });

  it('keeps names the corpus does not use as unknown, so nothing else answers for them', async () => {
    const translated = await translateQuestion('What partnership did Samyang Foods sign with WWF?', lexicon);
    expect(translated?.unknown).toEqual(expect.arrayContaining(['Samyang', 'WWF']));
    // "approval rating" is a glossary phrase (지지율) the corpus never uses: unknown as a whole.
    expect((await translateQuestion("What is the president's approval rating?", lexicon))?.unknown).toContain('approval rating');
    expect((await translateQuestion('How many semiconductor companies joined?', lexicon))?.unknown).toContain('semiconductor');
  });

  it('asks an amount as Korean news states it, keeping the money noun the text uses', async () => {
    expect(await korean('How much investment is going into the K-Bio Lab Hub?')).toBe('투자 K-바이오 랩허브 규모 얼마');
    expect(await korean('How much will the K-Bio Lab Hub cost?')).toBe('K-바이오 랩허브 투자 규모 얼마');
  });

  it('asks an amount for money nouns that name one ("economic effect", "revenue")', async () => {
    expect((await translateQuestion('What economic effect did the contracts achieve?', lexicon))?.intent).toBe('money');
    expect((await translateQuestion('What was the revenue of 대웅제약?', lexicon))?.intent).toBe('money');
  });

  it('asks a place with 어디에, whatever noun the English asks it with', async () => {
    expect(await korean('In which city is the K-Bio Lab Hub?')).toMatch(/어디에$/u);
    expect(await korean('Where is the K-Bio Lab Hub?')).toMatch(/어디에$/u);
  });

  it("names the role of the person asked, not of one the question names", async () => {
    expect((await translateQuestion('Who is the CEO of Moderna that met Minister Lee?', lexicon))?.roles).toEqual([
      ['대표', '최고경영자', 'ceo', '사장'],
    ]);
    expect((await translateQuestion('When did Minister Lee visit Boston?', lexicon))?.roles).toEqual([]);
  });

  it('reads "Johnson & Johnson" as one name', async () => {
    expect((await translateQuestion('What did Johnson & Johnson sign?', lexicon))?.unknown).toEqual(['Johnson&Johnson']);
    // Glossary words around an ampersand are two words ("Digital & Bio-Health").
    expect(await korean('When was the Digital & Bio-Health forum?')).not.toContain('&');
  });

  it('reads English dates as Korean writes them', async () => {
    expect(await korean('As of May 3, how much was invested?')).toMatch(/^5월 3일 /u);
    expect(await korean('What was signed on the 3rd of May?')).toContain('5월 3일');
    expect(await korean('What was signed on 27 April?')).toContain('4월 27일');
    expect(await korean('What was signed in March 2023?')).toContain('3월 2023년');
    // "may" the verb is not a month.
    expect(await korean('How much may the lab hub cost?')).not.toMatch(/월/u);
    expect(await korean('May the lab hub open in Songdo?')).not.toMatch(/월/u);
  });

  it("keeps dates out of the names a figure's own sentence must hold", async () => {
    const translated = await translateQuestion('How many MOUs were signed in Boston on the 27th?', lexicon);
    expect(translated?.korean).toContain('27일');
    expect(translated?.names).not.toContain('27일');
  });

  it('ends the counted phrase at an irregular past tense ("met")', async () => {
    expect(await korean('How many startups met experts in Boston?')).toMatch(/스타트업 몇 개$/u);
  });

  it('reads "won" as the verb, not the currency', async () => {
    expect(await korean('Which startup won in Boston?')).not.toMatch(/원/u);
  });

  it('takes a Hangul gloss in parentheses for the words right before it only', async () => {
    expect(await korean('Who heads the Korean health institute (한국보건산업진흥원)?')).toBe('한국보건산업진흥원 원장 누구');
  });

  it('finds a glossary phrase whose modifiers are in the plural', async () => {
    expect(await korean('What did the SMEs ministry sign?')).toContain('중소벤처기업부');
  });

  it('does not sound out common English words', async () => {
    expect(await korean('According to the op-ed, what did the US side show toward the government?')).not.toMatch(/토대/u);
  });
});

describe('englishIntent', () => {
  it.each([
    ['How much will the lab hub cost?', 'money'],
    ['How many startups took part?', 'count'],
    ['When will it be completed?', 'date'],
    ['What year did CIC start?', 'date'],
    ['Where was the forum held?', 'place'],
    ['Which city hosts the forum?', 'place'],
    ['Who heads the institute?', 'person'],
    ['Which official attended the forum?', 'person'],
    ['Who is the vice minister quoted in the article?', 'person'],
    ['What did the minister say about startups?', 'quote'],
    ['How big is the site?', 'area'],
    ['How long did the visit last?', 'duration'],
    ['What percentage of startups won?', 'percent'],
    ['Which company signed the deal?', 'open'],
    ['Which American industrialist is quoted in the op-ed?', 'person'],
    ['Which entrepreneur founded the company?', 'person'],
    ['What did the institute head call the office?', 'quote'],
    ['K-Bio Lab Hub budget', null],
    ['Name one of the investors at the investment meeting.', 'open'],
    ['List the companies at the budget briefing', 'open'],
  ])('%s → %s', (question, intent) => {
    expect(englishIntent(question)).toBe(intent);
  });
});

describe('English readings of values', () => {
  it('says money in English units', async () => {
    expect(englishMoney(270_000_000_000, 'KRW', ['about'])).toBe('about KRW 270 billion');
    expect(englishMoney(5_900_000_000, 'USD', [])).toBe('USD 5.9 billion');
    expect(englishMoney(84_500_000_000, 'KRW', ['max'])).toBe('up to KRW 84.5 billion');
    expect(englishMoney(500, 'KRW', [])).toBe('KRW 500');
  });

  it('says dates as ISO or month and day', async () => {
    expect(englishDate('2023-04-28', null)).toBe('2023-04-28');
    expect(englishDate('--04-28', null)).toBe('April 28');
    expect(englishDate('2025', 'by')).toBe('by 2025');
    expect(englishDate('지난해', null)).toBeNull();
  });
});
