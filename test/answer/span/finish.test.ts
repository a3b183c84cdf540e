/**
 * The last shaping of a shown span (src/answer/span/finish.ts): a figure's use ending (간, 마다, 때) and a word that only points at the answer (무려, 이에 따라; 지난 dates the day and stays) are cut, whichever reader chose
 * the span; a year asked of a full date is the year. Invented articles, not KorQuAD.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { finishSpan } from '../../../src/answer/span/finish.ts';

function finish(sentence: string, span: string): string {
  const at = sentence.indexOf(span);
  const { start, end } = finishSpan(sentence, at, at + span.length);
  return sentence.slice(start, end);
}

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ship', title: '한들조선, 친환경 선박 인도', outlet: '가상남해일보', author: null, date: '2026-11-20', url: null },
      [
        ['한들조선은 착공 후 18개월간 첫 친환경 선박을 지었다.'],
        ['한들조선은 1987년 4월 2일 바닷가 작은 수리소로 세워졌다.'],
        ['한들조선은 선박 안전 점검을 3년마다 받는다.'],
        ['회사는 이번 설비 교체에 무려 42억 원을 들였다고 밝혔다.'],
      ],
    ),
  ]);
});

describe('finishSpan', () => {
  it('cuts the ending that says how a figure is used, never a number word', () => {
    expect(finish('공사는 6개월간 이어졌다.', '6개월간')).toBe('6개월');
    // "12년 만" is the first time in 12 years: kept.
    expect(finish('그는 40년 만에 돌아왔다.', '40년 만')).toBe('40년 만');
    expect(finish('점검은 2년마다 한다.', '2년마다')).toBe('2년');
    expect(finish('그는 7살때 이사했다.', '7살때')).toBe('7살');
    // 만 of a number and an ordinal's 째 are the value itself.
    expect(finish('관객은 1000만 명을 넘었다.', '1000만')).toBe('1000만');
    expect(finish('3년째 이어졌다.', '3년째')).toBe('3년째');
  });
  it('cuts a leading word that only points at the answer', () => {
    expect(finish('지난 5일 문을 열었다.', '지난 5일')).toBe('지난 5일');
    expect(finish('무려 42억 원을 들였다.', '무려 42억 원')).toBe('42억 원');
    expect(finish('이에 따라 서하항으로 옮겼다.', '따라 서하항')).toBe('서하항');
    expect(finish('지난해 42억 원을 들였다.', '지난해 42억 원')).toBe('지난해 42억 원');
  });
});

describe('a shown span, finished', () => {
  it('a year asked of a full date is the year', async () => {
    expect(await engine.answer('한들조선은 몇 년도에 세워졌나?')).toMatchObject({ found: true, answer: '1987년' });
  });
  it('a figure asked by how long it took is the figure', async () => {
    expect(await engine.answer('한들조선은 첫 친환경 선박을 몇 개월간 지었나?')).toMatchObject({ found: true, answer: '18개월' });
  });
  it('how often, and how much without the word that only stresses it', async () => {
    expect(await engine.answer('한들조선은 선박 안전 점검을 몇 년마다 받나?')).toMatchObject({ found: true, answer: '3년' });
    expect(await engine.answer('한들조선은 이번 설비 교체에 얼마를 들였나?')).toMatchObject({ found: true, answer: '42억 원' });
  });
});
