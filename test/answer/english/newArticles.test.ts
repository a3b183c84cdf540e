/**
 * English questions over articles of other outlets (eval/other-outlets*): counters the articles
 * write, agency names without "Korea", a head of an office, model numbers, role acronyms, long names
 * of acronyms, and a figure of a list that is no member's. Translation through a stub lexicon; the
 * answers through `loadEngine` over the seeds and the other outlets' pages, the path the CLI takes.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureOwner } from '../../../src/answer/english/clause.ts';
import { expansionAsked } from '../../../src/answer/english/expansion.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { lemmas } from '../../../src/answer/english/lemma.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { loadEngine, type Engine } from '../../../src/answer/index.ts';
import { stubLexicon } from './lexicon.ts';

const lexicon = stubLexicon({
  words: ['산림청', '산림청장', '드론', '감시', '봄철', '투입', '헬기', '가구', '청년', '하루', '하루2', '사전예약', '대표', '세온머티리얼즈', '인구', '가온군', '매출', '유럽', '비중', '그린수소'],
  nearby: ['산림청은드론120대를투입한다', '청년30가구를선발해', '사전예약에는2주만에1만2000대가몰렸다', '한승우세온머티리얼즈대표는', '유럽매출비중은38%였다'],
  titles: { 대표: ['한승우'] },
});
const korean = async (question: string) => (await translateQuestion(question, lexicon))?.korean ?? null;

describe('translation of news vocabulary on new articles', () => {
  it('counts with the counter the articles write the thing with', async () => {
    expect(await korean('How many surveillance drones will the Korea Forest Service deploy?')).toMatch(/드론 몇 대/u);
    expect(await korean('How many households will be selected?')).toMatch(/몇 가구/u);
    expect(await korean('How many pre-orders did HARU 2 receive?')).toBe('하루2 사전예약 몇 대');
  });

  it('keeps 개 for things counted in 개 whatever figure stands near ("companies")', async () => {
    expect(await korean('How many companies joined?')).toMatch(/몇 개/u);
  });

  it('reads "Korea Forest Service" as 산림청 and "who heads" it as 산림청장', async () => {
    const forest = stubLexicon({ words: ['산림청', '산림청장', '윤태경'], nearby: ['산림청장윤태경은'] });
    expect((await translateQuestion('Who heads the Korea Forest Service?', forest))?.korean).toBe('산림청장 누구');
  });

  it('asks the length of a road as its 길이', async () => {
    expect(await korean('How long is the access road the county will build?')).toMatch(/길이\?$/u);
  });

  it('asks the CEO as the articles title one (대표), not as the Latin acronym', async () => {
    expect(await korean('Who is the CEO of Seon Materials?')).toBe('세온머티리얼즈 대표 누구');
  });

  it('asks a population as a count of people and a share as a percentage', async () => {
    expect(await korean("What is Gaon County's population?")).toMatch(/인구 몇 명$/u);
    expect(await korean("What share of Seon Materials' sales came from Europe?")).toMatch(/비중 몇 퍼센트$/u);
  });

  it('keeps a revenue the question asks about as a word the answer must stand by', async () => {
    const translated = await translateQuestion("What is Hangyeol Hydrogen Energy's annual revenue?", lexicon);
    expect(translated?.topicWords).toContain('매출');
    expect(translated?.korean).not.toMatch(/규모/u);
  });

  it('reads "used" as use, never the US', () => {
    expect(lemmas('used')[0]).toBe('use');
  });
});

describe('intents of question forms', () => {
  it('asks a rise of a price as a percentage, the size of a subsidy as money', () => {
    expect(englishIntent("How much did Seon Materials' stock price rise that morning?")).toBe('percent');
    expect(englishIntent('How large is the cash subsidy from the Hungarian government?')).toBe('money');
    expect(englishIntent('How large is the site?')).toBe('area');
  });

  it('asks a place for "which Hungarian city", and no money for a weight', () => {
    expect(englishIntent('In which Hungarian city is the cathode plant located?')).toBe('place');
    expect(englishIntent('How much does HARU 2 weigh?')).not.toBe('money');
    // A road is long in kilometres, a visit in days.
    expect(englishIntent('How long is the new bridge over the river?')).toBe('open');
    expect(englishIntent('How long was the state visit?')).toBe('duration');
  });

  it('reads what an acronym stands for', () => {
    expect(expansionAsked('What does CBAM stand for?')).toBe('CBAM');
    expect(expansionAsked("What's the full name of 미주한상총연?")).toBe('미주한상총연');
    expect(expansionAsked('What did CIC announce?')).toBeNull();
    expect(expansionAsked('What is the full Korean name of 한경협?')).toBe('한경협');
  });
});

describe('figureOwner', () => {
  const sentence = '투자유치 상담회에서는 글로벌 VC인 애덤스 스트리트(Adams Street), 스텝스톤(StepStone)을 비롯한 38개 VC를 대상으로 상담을 진행했으며 845억 원 규모의 투자유치 논의가 진행 중이다.';

  it('does not give one listed member the figure of another clause', () => {
    expect(figureOwner(sentence, '845억 원', '애덤스 스트리트')).toBe(false);
  });

  it('leaves a name that frames the sentence, or stands in the figure\'s clause', () => {
    expect(figureOwner('윤 대통령의 보스턴 방문을 계기로 협약을 체결했으며, 총 9건의 MOU가 체결됐다.', '9건', '윤')).toBe(true);
    expect(figureOwner(sentence, '38개', '애덤스 스트리트')).toBe(true);
  });
});

describe('answers over the seeds and other outlets\' pages', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../..');
  let engine: Engine;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'english-new-articles-'));
    cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
    for (const folder of ['eval/other-outlets', 'eval/other-outlets2']) {
      for (const file of readdirSync(path.join(ROOT, folder))) cpSync(path.join(ROOT, folder, file), path.join(dir, file));
    }
    ({ engine } = await loadEngine(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the long name an acronym stands for, as the article pairs them', async () => {
    expect((await engine.answer('What does CIC stand for?')).answer).toBe('캠브리지 이노베이션 센터');
    expect((await engine.answer('What does CBAM stand for?')).answer).toBe('탄소국경조정제도');
    expect((await engine.answer("What's the full name of 미주한상총연?")).answer).toBe('미주한인상공회의소총연합회');
  });

  it('answers with the counter and the names of new articles', async () => {
    expect((await engine.answer('How many surveillance drones will the Korea Forest Service deploy this spring?')).answer).toBe('120대');
    expect((await engine.answer('Who is the CEO of Nuri Robotics?')).answer).toContain('최윤아');
    expect((await engine.answer('How much does the HARU 2 care robot cost?')).answer).toMatch(/^189만원/u);
  });

  it('finds a foreign name the articles write in parts by the sound of each part', async () => {
    expect((await engine.answer("What is Weifang Zhou's title at UL Solutions?")).answer).toContain('총괄 사장');
  });

  it('answers which company of a nationality when the nationality opens its noun phrase', async () => {
    expect((await engine.answer('Which Japanese company signed a supply contract with Nuri Robotics?')).answer).toBe('사쿠라케어');
    // "유럽의 탄소국경조정제도(CBAM)" is no European automaker.
    expect((await engine.answer('Which European automaker signed the supply contract with Seon Materials?')).found).toBe(false);
  });

  it('answers a yes/no question with the sentence that names what it names, else not at all', async () => {
    const held = await engine.answer('Did Nuri Robotics sign a supply contract with Sakura Care?');
    expect(held.citations[0]?.text).toContain('사쿠라케어와 공급 계약');
    expect((await engine.answer('Is it true that Moderna will build a plant in Songdo?')).found).toBe(false);
  });

  it('leaves unanswered what the articles do not give', async () => {
    expect((await engine.answer('How much did Adams Street commit to invest in the Korean startups?')).found).toBe(false);
    expect((await engine.answer("What is Hangyeol Hydrogen Energy's annual revenue?")).found).toBe(false);
    expect((await engine.answer('How many helicopters did the Korea Forest Service buy last year?')).found).toBe(false);
  });
});
