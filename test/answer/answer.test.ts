/**
 * End to end over the seed articles: from a question to the answer, its facts and citations,
 * through the same `loadEngine` the CLI and the bot use.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Answer, type Engine } from '../../src/answer/index.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const BUDGET_ARTICLES = ['000_85b1e9931b288c99', '001_81fc4eb46927d6c2'];

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await loadEngine(SEEDS));
});

/** The README's comparison: whitespace and commas ignored. */
const squash = (text: string | null) => (text ?? '').replace(/[\s,]+/gu, '').toLowerCase();

function ask(question: string): Promise<Answer> {
  return engine.answer(question);
}

describe('answer', () => {
  it('예산을 물으면 금액과 그 문장, 기사를 돌려준다', async () => {
    const result = await ask('K-바이오 랩허브 예산');
    expect(result.found).toBe(true);
    expect(result.intent).toBe('money');
    expect(squash(result.answer)).toContain('2700억');
    const [first] = result.citations;
    expect(BUDGET_ARTICLES).toContain(first?.articleId);
    expect(squash(first?.text ?? '')).toContain('2700억');
    expect(first?.title.length).toBeGreaterThan(0);
    expect(result.facts[0]).toMatchObject({ type: 'money', value: 270_000_000_000, unit: 'KRW' });
  });

  it('같은 금액을 말하는 다른 기사도 함께 인용한다', async () => {
    const result = await ask('랩허브 투자 금액');
    const cited = new Set(result.citations.map((citation) => citation.articleId));
    expect(BUDGET_ARTICLES.every((id) => cited.has(id))).toBe(true);
  });

  it('띄어쓰기, 오타, 초성이 달라도 같은 답을 찾는다', async () => {
    expect(squash((await ask('랩 허브 예산')).answer)).toContain('2700억');
    expect(squash((await ask('랩헙 예산')).answer)).toContain('2700억');
    expect(squash((await ask('대웅재약 기술수출 규모')).answer)).toContain('6353억');
    expect(squash((await ask('ㄷㅇㅈㅇ 기술수출')).answer)).toContain('6353억');
  });

  it('날짜, 수량, 면적, 장소를 묻는 말에 그 값으로 답한다', async () => {
    expect((await ask('랩허브 완공 시기')).answer).toContain('2025년');
    expect((await ask('투자유치 상담회에 참여한 VC는 몇 곳?')).answer).toContain('38개');
    expect((await ask('CES 최고혁신상 몇 개 받았나')).answer).toContain('5개');
    expect(squash((await ask('랩 허브 부지 면적')).answer)).toContain('4만㎡');
    expect((await ask('세계 한상대회 개최 장소')).answer).toContain('LA');
  });

  it('발언을 물으면 말한 사람의 인용문을 돌려준다', async () => {
    const ford = await ask('헨리 포드 명언');
    expect(squash(ford.answer)).toContain('함께모이는것은시작');
    expect(ford.citations[0]?.articleId).toBe('001_81fc4eb46927d6c2');
    expect((await ask('조주현 차관 발언')).answer).toContain('기회의 땅');
    expect((await ask('윤 대통령 윈윈 발언')).answer).toContain('윈윈');
  });

  it('라틴 이름으로 한글 표기를 찾는다', async () => {
    const result = await ask('Auditum Bio');
    expect(result.found).toBe(true);
    expect(result.citations.some((citation) => citation.text.includes('아우디툼바이오'))).toBe(true);
  });

  it('기사 본문에 없는 것은 찾지 못했다고 하고, 가까운 문장은 관련 문장으로만 보인다', async () => {
    for (const question of ['기준금리 인상', '테슬라 주가', '랩허브 직원 수', '중기부 장관 연봉', '대웅제약 매출']) {
      const result = await ask(question);
      expect(result.found, question).toBe(false);
      expect(result.answer, question).toBeNull();
      expect(result.answerKind, question).toBeNull();
      expect(result.confidence, question).toBe(0);
    }
    // "랩허브 직원 수": the articles speak of 랩허브 but give no headcount; the closest sentence is listed.
    expect((await ask('랩허브 직원 수')).citations[0]?.text.replace(/\s+/gu, '')).toContain('랩허브');
  });

  it('rejects empty, wordless and over-long questions with a problem, never throwing', async () => {
    expect((await ask('')).problem?.kind).toBe('empty');
    expect((await ask('🙂 ?!')).problem?.kind).toBe('no-words');
    expect((await ask('가'.repeat(501))).problem?.kind).toBe('too-long');
    expect((await ask('@everyone')).found).toBe(false);
  });

  it('honours top', async () => {
    expect((await engine.answer('랩허브', { top: 1 })).citations).toHaveLength(1);
    expect((await engine.answer('랩허브', { top: 5 })).citations.length).toBeLessThanOrEqual(5);
  });
});

describe('lookups', () => {
  it('발언자 이름으로 인용문을 찾는다 (오타 허용)', async () => {
    const quotes = await engine.quotesBySpeaker('황병구');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((quote) => quote.speaker === '황병구')).toBe(true);
    expect((await engine.quotesBySpeaker('황병국')).length).toBe(quotes.length);
    expect((await engine.quotesBySpeaker('황병구', '세계한상대회')).length).toBeGreaterThan(0);
  });

  it('lists speakers for autocomplete, best match first', async () => {
    const all = await engine.speakers();
    expect(all.length).toBeGreaterThan(3);
    expect(all.length).toBeLessThanOrEqual(25);
    expect((await engine.speakers('조주'))[0]).toBe('조주현');
  });

  it('주제와 종류로 사실을 찾는다', async () => {
    const money = await engine.factsByTopic('랩허브', 'money');
    expect(money.length).toBeGreaterThan(0);
    expect(money.every(({ fact }) => fact.type === 'money')).toBe(true);
    expect(await engine.factsByTopic('기준금리')).toEqual([]);
  });

  it('lists every article with its metadata', async () => {
    const articles = await engine.articles();
    expect(articles).toHaveLength(5);
    expect(articles.find((article) => article.id.startsWith('001'))).toMatchObject({ outlet: '동아일보', date: '2023-05-04' });
  });
});

describe('answer: 여러 기사', () => {
  it('기사마다 다른 수치를 말하면 둘 다 보여 주고 둘 다 인용한다', async () => {
    const { articleFromRecord } = await import('../../src/corpus/index.ts');
    const { createEngine } = await import('../../src/answer/index.ts');
    const articles = [
      { id: 'a', title: '가 신문', date: '2024-03-02', text: '부산시는 북항 재개발 사업에 총 2조 원을 투입한다고 밝혔다. 공사는 내년에 시작된다.' },
      { id: 'b', title: '나 신문', date: '2024-03-03', text: '북항 재개발 사업에는 모두 2조4000억 원이 투입될 예정이다. 시는 민자 유치도 추진한다.' },
      { id: 'c', title: '다 신문', date: '2024-03-04', text: '시민단체는 북항 재개발 사업의 환경 영향을 우려했다.' },
    ].map((record) => articleFromRecord(record)).filter((article) => article !== null);
    const local = await createEngine(articles);
    const result = await local.answer('북항 재개발 사업비');
    expect(result.found).toBe(true);
    expect(squash(result.answer)).toContain('2조원');
    expect(squash(result.answer)).toContain('2조4000억원');
    expect(result.citations.slice(0, 2).map((citation) => citation.articleId).sort()).toEqual(['a', 'b']);
  });
});

describe('answer: 어떤 입력에도 죽지 않는다', () => {
  it('never throws, and never answers without citing, on arbitrary text', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('랩', '허', '브', ' ', 'ㄷ', '?', '@', '억', '1', '몇', '발언') }),
        ), async (question) => {
        const result = await engine.answer(question);
        if (result.found) expect(result.citations.length).toBeGreaterThan(0);
        if (!result.found) expect(result.answer).toBeNull();
        if (result.answerKind === 'span' && result.answerStart !== null && result.answerEnd !== null) {
          expect(result.citations[0]?.text.length ?? 0).toBeGreaterThanOrEqual(result.answerEnd);
        }
      }),
      { numRuns: 300 },
    );
    for (const odd of ['\uD800', 'e\u0301\u0301', '🙂'.repeat(600), '가 '.repeat(240), '?'.repeat(499)]) {
      await expect(engine.answer(odd)).resolves.toBeDefined();
    }
    // Span selection scores every candidate of the best sentences: 300 questions take longer on a busy machine.
  }, 60_000);
});

describe('answer: 누가 쓴 기사인가', () => {
  it('기자·언론사를 물으면 기사의 바이라인으로 답한다', async () => {
    expect((await ask('서울경제TV 글로벌 중소기업인의 밤 기사 쓴 기자 누구?'))).toMatchObject({ found: true, answer: '윤혜림 (서울경제TV)' });
    expect((await ask('대웅제약 기술수출 기사 어느 언론사'))).toMatchObject({ found: true, answer: '헤럴드경제' });
    expect((await ask('ㄱㅇㅎ 기자 어디 소속이야')).answer).toContain('헤럴드경제');
  });

  it('바이라인이 없거나 주제가 없으면 찾지 못했다고 한다', async () => {
    expect((await ask('테슬라 기사 쓴 기자 누구')).found).toBe(false);
    // 000 names no outlet on its page.
    expect((await ask('중기부 미국 순방 판로개척 기사 어느 언론사')).found).toBe(false);
  });
});

describe('answer: search behind the Retriever and Lexicon seam', () => {
  it('an asynchronous retriever over the same index gives the same answers', async () => {
    const { loadCorpus } = await import('../../src/corpus/index.ts');
    const { SearchIndex } = await import('../../src/search/index.ts');
    const { createEngine } = await import('../../src/answer/index.ts');
    const { articles } = await loadCorpus(SEEDS);
    const { answerTypeHints } = await import('../../src/facts/index.ts');
    const index = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
    // A retriever that answers later, as a search server would.
    const remote = {
      search: async (question: string, options?: { limit?: number }) => index.search(question, options),
      searchArticles: async (question: string, options?: { limit?: number }) => index.searchArticles(question, options),
    };
    const behindSeam = await createEngine(articles, { search: { retriever: remote, lexicon: index } });
    for (const question of ['K-바이오 랩허브 예산', 'ㄷㅇㅈㅇ 기술수출', '조주현 차관 발언', '기준금리 인상']) {
      expect(await behindSeam.answer(question), question).toEqual(await engine.answer(question));
    }
  });
});
