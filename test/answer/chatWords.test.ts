/**
 * Chat vocabulary the articles never write (src/answer/chatWords.ts): the kind of answer wanted
 * ("돕는 방식", "어느 부처"), units spelled out ("제곱킬로미터로"), adverbs ("다르게"), where the asker
 * read it ("써있었어") and figures said in chat ("32억불") do not make a question "not in the
 * articles"; a detail the articles never give still does. Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { chatFigureForms, isChatWord } from '../../src/answer/chatWords.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'hub', title: '한솔시 창업허브 개관', outlet: '가상경제신문', author: null, date: '2026-04-02', url: null },
      [
        ['한솔 창업허브는 기존 보육센터와 달리 대학, 병원, 연구소가 함께 제공하는 원스톱 서비스를 통해 입주기업의 성장을 돕는다.'],
        ['한솔시는 이번 해외 순방에서 32억 달러(약 4조2000억 원)의 투자 유치와 12건의 협약 체결 성과를 거뒀다.'],
        ['창업허브 옆 갈대 습지는 면적이 3.2㎢에 이른다.'],
      ],
    ),
    buildArticle(
      { id: 'sat', title: '한빛우주 위성 수출', outlet: '가상과학신문', author: null, date: '2026-04-03', url: null },
      [
        ['한빛우주는 인도네시아 국립해양연구소와 위성 수출 계약 4건을 맺었다고 3일 밝혔다.'],
        ['지상국은 기존 7곳에서 5곳으로 줄였다.'],
      ],
    ),
  ]);
});

describe('chat words the articles never write', () => {
  it('the kind of answer wanted (방식) and an adverb (다르게) name no topic', async () => {
    const answer = await engine.answer('창업허브 기존 보육센터랑 다르게 입주기업 돕는 방식, 무슨 서비스라고 했어?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('원스톱 서비스');
  });
  it('a figure said in chat (32억불) is the one the article writes (32억 달러); where it was read is no topic', async () => {
    const answer = await engine.answer('순방 투자 유치 32억불이면 원화로 얼마라고 써있었어');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('4조2000억');
  });
  it('a figure the article never gives still leaves the question unanswered', async () => {
    expect((await engine.answer('순방 투자 유치 45억불이면 원화로 얼마라고 써있었어')).found).toBe(false);
  });
  it('a unit spelled out (제곱킬로미터로) names no topic', async () => {
    const answer = await engine.answer('갈대 습지 면적 제곱킬로미터로 얼마야?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('3.2㎢');
  });
  it('a detail the articles never give still leaves the question unanswered', async () => {
    expect((await engine.answer('창업허브 입주기업 임대료 방식 뭐야?')).found).toBe(false);
  });
  it('an asking adverb (정확히, 대충) and a kind word (숫자) say how it is asked, not what', async () => {
    for (const question of ['위성 수출 계약 정확히 몇 건이야?', '위성 수출 계약 대충 몇 건이래', '위성 수출 계약 숫자 몇 건이라 했지']) {
      expect(await engine.answer(question), question).toMatchObject({ found: true, answer: '4건' });
    }
  });
});

describe('chat shorthand and spoken endings', () => {
  it('a country as chat shortens it (인니랑) is the one the article names', async () => {
    expect(await engine.answer('인니랑은 몇건 계약했대')).toMatchObject({ found: true, answer: '4건' });
  });
  it('a spoken verb ending (줄였더라) is the asker\'s phrasing', async () => {
    const answer = await engine.answer('지상국 몇곳에서 몇곳으로 줄였더라');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('5곳');
  });
});

describe('isChatWord and chatFigureForms', () => {
  it('reads the kind of answer, units, adverbs and where it was read, never a detail', () => {
    for (const word of ['부처', '소속', '종류', '방식', '숫자', '제곱킬로미터로', '키로당', '다르게', '많이', '정확히', '대충', '써있', '적혀있었어']) expect(isChatWord(word), word).toBe(true);
    for (const word of ['적응증', '선급금', '임대료', '착공', '게']) expect(isChatWord(word), word).toBe(false);
  });
  it('writes a chat figure as articles do', () => {
    const written = (form: string) => ['59억달러', '1500만달러', '845억'].includes(form);
    expect(chatFigureForms('59억불이면', written)).toEqual(['59억달러']);
    expect(chatFigureForms('1500만불짜리', written)).toEqual(['1500만달러']);
    expect(chatFigureForms('45억불이면', written)).toEqual([]);
    expect(chatFigureForms('845억', written)).toEqual([]);
    expect(chatFigureForms('59억달러', written)).toEqual([]);
  });
});
