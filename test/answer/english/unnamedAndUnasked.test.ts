/**
 * Things the articles do not say, asked in general news English: a hotel's name where the text says
 * only "한 호텔", an operating budget beside an investment, how a sum is split, how many people work
 * somewhere, a film's gross; a judge asked "which judge" is a person; a center is no company.
 * Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { unnamedShown } from '../../../src/answer/english/namedTerm.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hub', title: '가온 해양바이오 허브 착공', outlet: '가상일보', author: null, date: '2026-11-02', url: null },
      [
        ['해양수산부는 3만㎡ 부지에 약 1,200억 원을 투자해 해양바이오 허브를 목포에 2028년까지 완공할 계획이다.'],
        ['해양수산부 서민재 장관은 2일(현지 시각) 전남 목포의 한 호텔에서 ‘해양바이오 투자 설명회’를 개최하고 협력 방안을 논의했다.'],
        ['허브 입주기업 지원센터에는 연구 인력 14명이 상주한다.'],
      ],
    ),
    buildArticle(
      { id: 'film', title: '영화 ‘새벽별’ 주말 1위', outlet: '가상일보', author: null, date: '2026-12-07', url: null },
      [["영화 '새벽별'은 주말 사흘 동안 51만2,300명을 모아 1위에 올랐다.", "2위는 애니메이션 '달빛 정원'으로 주말 28만1,000명을 동원했다."]],
    ),
  ]);
});

describe('what the articles do not say', () => {
  it('does not give an unnamed hotel for its name, but gives it for where', async () => {
    expect(unnamedShown('What is the name of the Mokpo hotel where the briefing was held?', '목포의 한 호텔')).toBe(true);
    expect(unnamedShown('Where was the briefing held?', '목포의 한 호텔')).toBe(false);
    expect((await engine.answer('What is the name of the Mokpo hotel where Minister Seo held the investment briefing?')).found).toBe(false);
  });

  it('does not answer an operating budget, a split or a gross with another figure', async () => {
    expect((await engine.answer('What annual operating budget has been set for the marine bio hub?')).found).toBe(false);
    expect((await engine.answer('How will the 120 billion won for the marine bio hub be split between the state and private investors?')).found).toBe(false);
    expect((await engine.answer('What is the worldwide gross of "Saebyeokbyeol"?')).found).toBe(false);
  });
});

describe('people by their post', () => {
  it('reads "which judge / prosecutor / candidate" as who', () => {
    expect(englishIntent('Which judge presided over the trial?')).toBe('person');
    expect(englishIntent('Which prosecutor led the probe?')).toBe('person');
    expect(englishIntent('Which candidate won the by-election?')).toBe('person');
  });
});
