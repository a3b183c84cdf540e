/**
 * Korean numeral words in chat questions (src/korean/numberWords.ts readNumberWord, numberWordForms),
 * figures asked to be confirmed (src/answer/confirmation.ts) and kind nouns (회사, 업체, 사람 — src/answer/chatWords.ts isKindNoun).
 * Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { numberWordForms, readNumberWord } from '../../src/korean/numberWords.ts';
import { isChatWord, isKindNoun } from '../../src/answer/chatWords.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'port', title: '해오름 물류단지 착공', outlet: '가상경제신문', author: null, date: '2026-05-02', url: null },
      [
        ['해양수산청은 해오름항 배후에 3만㎡ 부지 규모로 약 1,850억 원을 들여 물류단지를 짓는다고 밝혔다.'],
        ['입주 설명회에는 물류 기업 27개 사가 참여했다.'],
        ['냉동창고 분야 국내 1위 업체 바다로지스는 첫 입주 계약을 맺었다.'],
        ['설명회는 한누리은행 도서진 부행장이 진행했다.'],
      ],
    ),
  ]);
});

describe('readNumberWord', () => {
  it('reads Sino-Korean numbers with a unit and native numbers', () => {
    expect(readNumberWord('천팔백오십억')?.value).toBe(1850e8);
    expect(readNumberWord('삼만')?.value).toBe(3e4);
    expect(readNumberWord('스물일곱')?.value).toBe(27);
    expect(readNumberWord('열다섯곳이')?.value).toBe(15);
    expect(readNumberWord('천팔백억대라던데')).toMatchObject({ value: 1800e8, range: true });
    expect(readNumberWord('이천칠백억')).toEqual({ text: '2700억', value: 2700e8, range: false });
    expect(readNumberWord('삼만이')?.text).toBe('3만'); // the particle 이, not 3만2
    expect(readNumberWord('칠조구천억')?.value).toBe(7.9e12);
  });
  it('leaves ordinary words alone', () => {
    for (const word of ['이사', '삼성', '한국', '세계', '열린', '네트워크', '오일', '구조조정', '오만한', '한', '세']) expect(readNumberWord(word)).toBeNull();
  });
});

describe('numberWordForms', () => {
  const texts = ['약 1,850억 원을 들여', '3만㎡ 부지'];
  it('gives the figure as a text writes it', () => {
    expect(numberWordForms('천팔백오십억', texts)).toEqual(['1850억']);
    expect(numberWordForms('삼만', texts)).toEqual(['3만']);
  });
  it('a range word takes the figure written within it', () => {
    expect(numberWordForms('천팔백억대라던데', texts)).toEqual(['1850억']);
    expect(numberWordForms('천구백억대라던데', texts)).toEqual([]);
  });
  it('a figure no text writes gives nothing', () => {
    expect(numberWordForms('이천억', texts)).toEqual([]);
  });
});

describe('numbers spelled in words and figures to confirm', () => {
  it('confirms a figure spelled in words with the article’s own spelling', async () => {
    const answer = await engine.answer('물류단지 짓는 데 천팔백오십억 든다는 거 맞아?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('1,850억 원');
  });
  it('confirms an area written in another spelling (삼만 제곱미터 = 3만㎡)', async () => {
    const answer = await engine.answer('물류단지 부지 삼만 제곱미터 맞지?');
    expect(answer.answer).toBe('3만㎡');
  });
  it('confirms a count spelled in native numerals', async () => {
    const answer = await engine.answer('입주 설명회 물류 기업 스물일곱 곳 참여한 거 맞아?');
    expect(answer.answer).toContain('27개');
  });
  it('a figure no article gives is not confirmed', async () => {
    const answer = await engine.answer('물류단지 짓는 데 이천억 든다는 거 맞아?');
    // (The articles' own figure may be shown, never as agreeing with the claim: ./confirmation.ts.)
    expect(answer.confirms?.agrees ?? false).toBe(false);
  });
});

describe('where the asker read it', () => {
  it('article parts, outlets and the asker’s memory are not topic words', () => {
    for (const word of ['소제목에', '마지막', '문단', '원문', '빈칸', '기고문엔', '기억나']) expect(isChatWord(word)).toBe(true);
    expect(isChatWord('물류단지')).toBe(false);
  });
  it('a figure from the part of the article the asker names', async () => {
    const answer = await engine.answer('가상경제 기사 본문에 물류단지 부지 몇 ㎡라고 나와?');
    expect(answer.answer).toBe('3만㎡');
    const later = await engine.answer('가상경제 마지막 문단에서 냉동창고 분야 1위 업체 어디라고 했어?');
    expect(later.answer).toContain('바다로지스');
  });
});

describe('kind nouns', () => {
  it('names the kind of what is asked', () => {
    expect(isKindNoun('회사')).toBe(true);
    expect(isKindNoun('사람들')).toBe(true);
    expect(isKindNoun('기업인')).toBe(false);
    expect(isKindNoun('회사채')).toBe(false);
  });
  it('a company asked as 회사 is the 업체 the article names', async () => {
    const answer = await engine.answer('냉동창고 1위라는 회사 이름이 뭐였더라');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('바다로지스');
  });
  it('a kind noun does not answer a topic the articles never speak of', async () => {
    expect((await engine.answer('해오름항 크루즈 터미널 운영하는 회사 이름 뭐야?')).found).toBe(false);
  });
});
