import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.ts';
import { article, corpus } from './fixtures.ts';

const index = SearchIndex.build(corpus);
const topSentences = (query: string, k = 3) => index.search(query, { limit: k }).map((h) => h.sentence.text);
const has = (texts: string[], needle: string) => texts.some((t) => t.includes(needle));

describe('SearchIndex.search', () => {
  it('띄어쓰기가 달라도 찾는다 ("랩 허브" / "랩허브")', () => {
    expect(has(topSentences('랩 허브 완공'), '2025년까지')).toBe(true);
    expect(has(topSentences('랩허브 방문'), '건설 현장')).toBe(true);
  });
  it('조사가 붙어도 찾는다 ("랩허브의")', () => {
    expect(has(topSentences('랩허브의 부지 면적은?'), '4만㎡')).toBe(true);
  });
  it('오타를 말뭉치 어휘로 고친다 ("랩헙", "대웅재약")', () => {
    expect(has(topSentences('랩헙 예산'), '2,700억')).toBe(true);
    expect(has(topSentences('대웅재약 기술수출'), '6353억원')).toBe(true);
    expect(index.analyze('대웅재약').spellings).toContainEqual({ from: '대웅재약', to: '대웅제약' });
  });
  it('초성만으로 찾는다 ("ㄷㅇㅈㅇ")', () => {
    expect(index.analyze('ㄷㅇㅈㅇ').spellings).toContainEqual({ from: 'ㄷㅇㅈㅇ', to: '대웅제약' });
    expect(has(topSentences('ㄷㅇㅈㅇ 기술수출'), '6353억원')).toBe(true);
  });
  it('"2700억원"으로 "2,700억 원"을 찾는다', () => {
    expect(topSentences('2700억원', 1)[0]).toContain('2,700억 원');
  });
  it('로마자 이름으로 한글 표기를 찾는다 (본문이 밝힌 별칭)', () => {
    // The blog never writes "UL Solutions": only the learned alias gets there.
    const hits = index.search('UL Solutions 현장', { limit: 3 });
    expect(hits.some((h) => h.sentence.articleId === 'blog')).toBe(true);
    expect(has(topSentences('Auditum Bio'), '아우디툼바이오')).toBe(true);
  });
  it('본문이 정의한 약칭으로 정식 명칭을 찾는다 ("이하 중기부")', () => {
    const only = SearchIndex.build([
      article('a', '', ['중소벤처기업부(장관 이영, 이하 중기부)는 발표했다.']),
      article('b', '', ['중소벤처기업부 지원사업이 늘었다.']),
      article('c', '', ['다른 부처의 지원사업도 있다.']),
    ]);
    expect(only.analyze('중기부 지원사업').spellings).toContainEqual({ from: '중기부', to: '중소벤처기업부' });
    // Without the alias b and c would tie on 지원사업; the alias lifts b above c.
    const order = only.searchArticles('중기부 지원사업', { limit: 3 }).map((h) => h.articleId);
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c'));
  });
  it('gives a high coverage to an answerable query and a low one to an unrelated query', () => {
    expect(index.search('대웅제약 기술수출', { limit: 1 })[0]?.coverage).toBeGreaterThan(0.8);
    const unrelated = index.search('기준금리 인상', { limit: 1 })[0]?.coverage ?? 0;
    expect(unrelated).toBeLessThan(0.3);
  });
  it('returns no hits for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('?!…')).toEqual([]);
  });
  it('never throws on any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (q) => Array.isArray(index.search(q, { limit: 3 }))),
      { numRuns: 100 },
    );
    expect(Array.isArray(index.search('가'.repeat(10_000)))).toBe(true);
  });
});

describe('SearchIndex.analyze', () => {
  const small = [
    article('a', '', ['희귀단어가 나오는 공통 문장이다.']),
    article('b', '', ['공통 문장이다.']),
    article('c', '', ['또 다른 공통 문장이다.']),
  ];
  it('scores common terms beyond the posting budget only on passages the rarer terms matched', () => {
    const tight = SearchIndex.build(small, { postingBudget: 1, minKeptTerms: 1 });
    const analyzed = tight.analyze('희귀단어 공통 문장');
    expect([...analyzed.candidateOnly]).toEqual(expect.arrayContaining(['공통', '문장']));
    expect(tight.searchArticles('희귀단어 공통 문장').map((h) => h.articleId)).toEqual(['a']);
    const loose = SearchIndex.build(small);
    expect(loose.analyze('희귀단어 공통 문장').candidateOnly.size).toBe(0);
    expect(loose.searchArticles('희귀단어 공통 문장').map((h) => h.articleId)).toHaveLength(3);
  });
  it('keeps the ranking of the full query on the fixture corpus', () => {
    const tight = SearchIndex.build(corpus, { postingBudget: 2, minKeptTerms: 2 });
    for (const query of ['대웅제약 기술수출 계약 규모', '랩허브 완공 시기는 언제인가', '아우디툼바이오 보스턴 연구소']) {
      expect(tight.searchArticles(query, { limit: 1 })).toEqual(index.searchArticles(query, { limit: 1 }));
    }
  });
});

describe('SearchIndex as a Lexicon', () => {
  it('knows words the corpus uses, also misspelled, in 초성 or with particles; not words it never uses', () => {
    for (const word of ['랩허브', '랩허브의', '랩헙', 'ㄷㅇㅈㅇ', 'Auditum Bio', '대웅제약']) expect(index.knows(word), word).toBe(true);
    for (const word of ['연봉', '기준금리', '테슬라']) expect(index.knows(word), word).toBe(false);
  });
  it('weighs rare words above common ones', () => {
    expect(index.weight('아우디툼바이오')).toBeGreaterThan(index.weight('중기부'));
    expect(index.weight('')).toBe(0);
  });
  it('gives spellings as data, none for a word it knows', () => {
    expect(index.spellings('랩헙')).toContainEqual({ from: '랩헙', to: '랩허브' });
    expect(index.spellings('대웅제약')).toEqual([]);
  });
  it('gives the aliases the corpus defines, also with a particle attached', () => {
    expect(index.aliases('UL Solutions')).toContain('유엘 솔루션즈');
    expect(index.aliases('중기부는')).toContain('중소벤처기업부');
    expect(index.aliases('랩허브')).toEqual([]);
  });
});

describe('SearchIndex.searchArticles', () => {
  it('ranks the article that answers first, once per article', () => {
    const hits = index.searchArticles('아우디툼바이오 보스턴', { limit: 5 });
    expect(hits[0]?.articleId).toBe('wire');
    expect(new Set(hits.map((h) => h.articleId)).size).toBe(hits.length);
  });
});

describe('SearchIndex.getSentence', () => {
  it('returns the sentence by article id and index, or undefined', () => {
    expect(index.getSentence('wire', 1)?.text).toContain('아우디툼바이오는');
    expect(index.getSentence('nope', 0)).toBeUndefined();
  });
});

