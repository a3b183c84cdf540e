/**
 * Posts asked without a question word ("NRI head?", "Name the hospital chief …"), the title the
 * articles give beside the organization ("chief" is a hospital's 원장, a company's 대표), a person's
 * title asked "in what capacity", and an amount the figure reader leaves unread asked again open.
 * Through engine.answer, over invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { figureOfIntent, openReading } from '../../../src/answer/english/openRetry.ts';
import { titleBeside } from '../../../src/answer/english/translate.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'clinic', title: '가온 해양바이오 포럼 열려', outlet: '가상일보', author: null, date: '2026-11-02', url: null },
      [
        ['해양바이오 포럼에는 노을대학병원(NUH) 한지섭 원장이 참석했다.'],
        ['물결테크(Mulgyeol Tech) 도하린 대표도 포럼에서 발표했다.'],
        ['포럼엔 해양수산부 서민재 해양정책실장이 참석해 축사를 했다.'],
      ],
    ),
    buildArticle(
      { id: 'fund', title: '내년 예산안 국회 통과', outlet: '가상일보', author: null, date: '2026-12-03', url: null },
      [['예비비는 정부안 5조1천억 원에서 9천억 원이 삭감된 4조2천억 원으로 결정됐다.']],
    ),
  ]);
});

describe('a post asked without a question word', () => {
  it('reads fragments and imperatives that ask who holds a post', () => {
    expect(englishIntent('NUH head?')).toBe('person');
    expect(englishIntent("Mulgyeol Tech's chief — name, please?")).toBe('person');
    expect(englishIntent('Name the NUH chief who attended the forum.')).toBe('person');
    expect(englishIntent("The startup's chief executive is named as whom?")).toBe('person');
    // Not a post: an amount asked without a question word stays the cue's.
    expect(englishIntent('Lab budget?')).toBeNull();
    expect(englishIntent('Name the companies that attended.')).toBe('open');
  });

  it("answers a hospital's chief with its 원장 and a company's chief with its 대표", async () => {
    const hospital = await engine.answer('Name the NUH chief who attended the forum.');
    expect(hospital.translation).toContain('원장');
    expect(hospital.answer).toContain('한지섭');
    const company = await engine.answer("Mulgyeol Tech's chief — name, please?");
    expect(company.answer).toContain('도하린');
  });

  it('reads the title the text writes nearest after the name', () => {
    const lexicon = { titles: new Map([['원장', ['한지섭']], ['대표', ['도하린']]]) };
    const near = ['해양바이오포럼에는노을대학병원(nuh)한지섭원장,물결테크도하린대표가참석했다.'];
    expect(titleBeside(['NUH'], ['총괄', '대표', '장'], near, lexicon)).toBe('원장');
    expect(titleBeside(['물결테크'], ['총괄', '대표', '장'], near, lexicon)).toBe('대표');
    expect(titleBeside(['해양수산부'], ['총괄', '대표', '장'], near, lexicon)).toBeNull();
  });
});

describe("a person's title asked", () => {
  it('answers "in what capacity" and "X\'s job title?" with the title the articles give', async () => {
    expect((await engine.answer('Seo Min-jae spoke at the forum in what capacity?')).answer).toContain('해양정책실장');
    expect((await engine.answer("Seo Min-jae's job title?")).answer).toContain('해양정책실장');
  });
});

describe('an amount asked again open', () => {
  it('keeps only an amount with its unit', () => {
    expect(figureOfIntent('4조2천억 원', 'money')).toBe(true);
    expect(figureOfIntent('약 22억 원 (about KRW 2.2 billion)', 'money')).toBe(true);
    expect(figureOfIntent('1500만달러 이상', 'money')).toBe(true);
    expect(figureOfIntent('정부안', 'money')).toBe(false);
    expect(figureOfIntent('9천억 원이 삭감된 4조2천억 원', 'money')).toBe(false);
    expect(figureOfIntent('30%', 'percent')).toBe(false);
  });

  it('drops the money cue words and the intent', () => {
    const base = { english: 'How much was the reserve fund set at?', korean: '예비비 규모 얼마', intent: 'money' as const, unknown: [], claim: false, expands: null, identifies: null };
    const open = openReading(base as unknown as Parameters<typeof openReading>[0]);
    expect(open?.korean).toBe('예비비?');
    expect(open?.intent).toBeNull();
    expect(openReading({ ...base, intent: 'person' } as unknown as Parameters<typeof openReading>[0])).toBeNull();
  });

  it('answers an amount the figure reader leaves among several', async () => {
    const answer = await engine.answer('How much was the reserve fund set at?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('4조2천억 원');
  });
});
