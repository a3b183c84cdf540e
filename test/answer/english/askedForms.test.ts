/**
 * More ways English asks what Korean news writes around a name: "X makes which product?", "X — maker
 * of what?"; "Which scholar does the mayor quote?", "… borrows a line. Whose line is it?" (searched as
 * "… 말처럼", how Korean writes a borrowed saying); "What area did X call …?" asks which area, not its
 * size; "Tally for me the …" asks a count; "the Korean name of the institute (KHIDI)" asks KHIDI's
 * long name; property damage is an amount, a household that lost power one cut off (정전, 전기 공급).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';
import { expansionAsked } from '../../../src/answer/english/expansion.ts';
import { translateQuestion } from '../../../src/answer/english/translate.ts';
import { stubLexicon } from './lexicon.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '가온시 스타트업 박람회 개막', outlet: '가상일보', author: null, date: '2026-05-02', url: null },
      [
        ['이번 박람회에는 수질측정센서 생산기업 하늘물산, 드론 기반 농업관리 솔루션개발업체 들녘랩 등 20개 기업이 참가했다.'],
        ['시장은 개막식에서 참가 기업들을 격려하고 박람회장을 둘러봤다.', '시장은 가온시가 스타트업 도시로 거듭나고 있다고 말했다.'],
        ['시장은 기고에서 “천 리 길도 한 걸음부터”라는 조선의 학자 정다산의 말처럼 작은 시도가 모여 성과가 된다고 썼다.'],
      ],
    ),
  ]);
});

describe('what a company makes, asked in other words', () => {
  it.each(['Haneul Mulsan makes which product?', 'Haneul Mulsan — maker of what?'])('%s', async (question) => {
    expect((await engine.answer(question)).answer).toBe('수질측정센서');
  });
});

describe('whose saying a writer borrows', () => {
  it.each(['Which Joseon scholar does the mayor quote in the column?', 'The mayor borrows a line from a Joseon scholar in the column. Whose line is it?'])('%s', async (question) => {
    const answer = await engine.answer(question);
    expect(answer.answer).toBe('정다산');
    expect(answer.translation).toContain('말처럼');
  });
});

describe('what is asked', () => {
  it('reads "what area did X call …" as which area, and an area covered as a size', () => {
    expect(englishIntent('What area did the consultancy call the most innovative square mile?')).toBe('place');
    expect(englishIntent('Which district did the report single out for its startups?')).toBe('place');
    expect(englishIntent('What area does the new park cover?')).not.toBe('place');
  });

  it('reads "Tally for me the …" as a count', () => {
    expect(englishIntent('Tally for me the firms that signed contracts at the forum.')).toBe('count');
    expect(englishIntent('Count the firms that signed contracts.')).toBe('count');
  });

  it('reads "the Korean name of the institute (KHIDI)" as asking what KHIDI stands for', () => {
    expect(expansionAsked('What is the Korean name of the institute (KHIDI) that co-organised the forum?')).toBe('KHIDI');
    expect(expansionAsked('What is the name of the institute that co-organised the forum?')).toBeNull();
  });

  it('reads "what is X\'s share of the market" as a percentage', () => {
    expect(englishIntent("What is Geumbit's share of the domestic flour market?")).toBe('percent');
    expect(englishIntent('What was its share of total sales?')).toBe('percent');
    expect(englishIntent("What is the mill's plan for the market?")).not.toBe('percent');
  });

  it('keeps "currently" and "commercial" as the articles say them (지금, 업소용), never a name', async () => {
    const lexicon = stubLexicon({ words: ['여객선', '항로', '지금은', '52개 항로', '업소용', '밀가루', '시장', '점유율'] });
    const now = await translateQuestion('On how many routes does the ferry fare currently apply?', lexicon);
    expect(now?.korean).toContain('지금');
    const commercial = await translateQuestion('What is the share of the commercial flour market?', lexicon);
    expect(commercial?.korean).toContain('업소용');
    expect(commercial?.names).toEqual([]);
  });

  it('asks property damage as an amount and households that lost power by their cut power', async () => {
    const lexicon = stubLexicon({ words: ['재산', '피해액', '잠정', '집계', '가구', '전기 공급', '끊겼다', '복구'] });
    const damage = await translateQuestion('What is the provisional estimate of property damage?', lexicon);
    expect(damage?.intent).toBe('money');
    expect(damage?.korean).toContain('피해액');
    const power = await translateQuestion('How many households lost power?', lexicon);
    expect(power?.korean).toContain('전기 공급');
    expect(power?.unknown).toEqual([]);
  });
});
