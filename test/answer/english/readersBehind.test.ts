/**
 * English questions whose Korean reading the readers answer once the English side lets them: a person
 * written with a title after the name (and an age between), a role said of the race and not the person,
 * counts in counters the fact reader does not know (석), a figure's tail never taken for it, a story's
 * theme word, a name's kind word ("Medical Center"), the money noun asked in the figure's own sentence,
 * and a hyphenated noun no one reads. Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { holdsRoles, namedWithTitle } from '../../../src/answer/english/roles.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { stubLexicon } from './lexicon.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'vote', title: '가온군수 재선거 한지우 당선', outlet: '가상일보', author: null, date: '2026-04-08', url: null },
      [
        ['7일 치러진 가온군수 재선거에서 희망당 한지우(50) 후보가 당선됐다.'],
        ['가온군선거관리위원회에 따르면 한 당선인은 1만1,020표(48.2%)를 얻어 9,870표(42.7%)에 그친 미래동맹당 오세진(58) 후보를 따돌렸다. 무소속 강도윤(45) 후보는 1,900표(9.1%)를 얻었다.'],
        ['이에 따라 가온군의회 9석은 미래동맹당 5석, 희망당 4석으로 재편됐다.'],
      ],
    ),
    buildArticle(
      { id: 'fest', title: '별내 별빛축제 폐막', outlet: '가상일보', author: null, date: '2026-08-20', url: null },
      [['올해 별내 별빛축제에는 모두 38만4천 명이 찾았다.'], ['축제장 주차면은 1,200면이 마련됐다.']],
    ),
    buildArticle(
      { id: 'dry', title: '서해안 마른 날씨 석 달째', outlet: '가상방송', author: null, date: '2026-06-10', url: null },
      [
        ['서해안에 석 달째 가뭄이 이어지고 있습니다.'],
        ['가뭄이 길어지며 저수지 물이 줄었습니다.'],
        ['정부는 가뭄 대책으로 관정 개발을 지원합니다.'],
        ['농작물 피해 면적은 충남 1,300㏊, 전북 900㏊로 집계됐습니다.'],
      ],
    ),
    buildArticle(
      { id: 'study', title: '혈액검사로 위암 찾는다', outlet: '가상일보', author: null, date: '2026-03-04', url: null },
      [['연구에는 가온대병원 500명, 별빛의료원 300명 등 모두 800명이 참여했다.']],
    ),
    buildArticle(
      { id: 'mill', title: '제분사 담합 벌금 선고', outlet: '가상일보', author: null, date: '2026-02-10', url: null },
      [
        ['법원은 가온제분에 벌금 20억 원을 선고했다.'],
        ['앞서 공정거래위원회가 부과한 과징금은 가온제분 300억 원이었다.'],
      ],
    ),
  ]);
});

describe('English questions the Korean readers answer', () => {
  it('asks the role of the person asked only, not of what a preposition names', async () => {
    const lexicon = stubLexicon({ words: ['대표', '회장', '회사', '사퇴'] });
    const read = await translateQuestion('Who was the CEO at the company whose chairman resigned?', lexicon);
    expect(read?.roles).toHaveLength(1);
    expect(read?.roles[0]).toContain('대표');
  });

  it('takes a name written with its title after it (an age between) for a person', () => {
    expect(namedWithTitle('강도윤', '무소속 강도윤(45) 후보는 1,900표(9.1%)를 얻었다.')).toBe(true);
    expect(holdsRoles('강도윤', '무소속 강도윤(45) 후보는 1,900표(9.1%)를 얻었다.', [['후보']])).toBe(true);
    expect(holdsRoles('강도윤', '무소속 강도윤(45) 후보는 1,900표(9.1%)를 얻었다.', [['군수']])).toBe(false);
    expect(namedWithTitle('가온군', '가온군 재선거가 끝났다.')).toBe(false);
  });

  it('counts seats (석) the way the article writes them', async () => {
    const answer = await engine.answer('How many seats does the Future Alliance Party hold on the county council?');
    expect(answer.answer).toContain('5석');
  });

  it('never answers the tail of a larger figure', async () => {
    const answer = await engine.answer('How many people visited the Byeolnae Starlight Festival?');
    expect(answer.answer ?? '').not.toMatch(/^4천/u);
  });

  it('takes a word the story keeps saying as its theme', async () => {
    const answer = await engine.answer('How much farmland in North Jeolla has been damaged by the drought?');
    expect(answer.answer).toContain('900㏊');
  });

  it('reads a kind word ending a name as part of it ("Medical Center")', async () => {
    const answer = await engine.answer('How many participants came from Byeolbit Medical Center?');
    expect(answer.answer).toContain('300명');
  });

  it('answers a fine with a figure whose own sentence says fine, not a surcharge', async () => {
    const answer = await engine.answer('How large a fine was 가온제분 ordered to pay?');
    expect(answer.answer ?? '').not.toContain('300억');
  });

  it('leaves a question about a hyphenated noun nobody reads unanswered', async () => {
    const answer = await engine.answer('How many votes did the runner-up in the council by-election receive?');
    expect(answer.found).toBe(false);
  });
});

describe('question words and adverbs', () => {
  const lexicon = stubLexicon({ words: ['투자', '상담회', '논의', '브라운', '부지', '면적', '랩허브', '인천'] });

  it('asks "which part of" a place as a place', () => {
    expect(englishIntent('In which part of Incheon is the lab hub being built?')).toBe('place');
  });

  it('reads "site area" as the area asked, not a field (분야)', async () => {
    const read = await translateQuestion('What is the site area of the lab hub in Incheon?', lexicon);
    expect(read?.intent).toBe('area');
    expect(read?.korean).toContain('부지 면적');
    expect(read?.korean).not.toContain('분야');
  });

  it('sounds out neither "following" nor a capitalized "Roughly"', async () => {
    const read = await translateQuestion('Roughly how much investment was under discussion following the consultation?', lexicon);
    expect(read?.korean).not.toContain('브라운');
    expect(read?.unknown).toEqual([]);
  });
});

describe('ages, acronyms and prices', () => {
  const lexicon = stubLexicon({ words: ['대상포진', '백신', '접종', '질병관리청', '청장', '김선아', '공모가', '프레시로드'] });

  it('writes an age as Korean does, a name the figure\'s sentence must say', async () => {
    const over = await translateQuestion('How many people aged 75 and over got the shingles vaccine?', lexicon);
    expect(over?.korean).toContain('75세 이상');
    expect(over?.names).toContain('75세 이상');
    expect((await translateQuestion('How many people aged 65 to 74 are eligible?', lexicon))?.korean).toContain('65~74세');
  });

  it('never sounds out an acronym as a person', async () => {
    const read = await translateQuestion('Who is the commissioner of the KDCA?', lexicon);
    expect(read?.korean).not.toContain('김선아');
  });

  it('asks an IPO price as its own amount (공모가 얼마), said in the figure\'s sentence', async () => {
    const read = await translateQuestion("What is FreshRoad's final IPO price?", lexicon);
    expect(read?.korean).toMatch(/공모가 얼마$/u);
    expect(read?.amountNouns).toContain('공모가');
  });
});
