import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { normalize, tokenizeNormalized } from '../../src/korean/index.ts';
import { buildIndex } from '../../src/search/buildIndex.ts';
import { PassageScorer } from '../../src/search/passageScorer.ts';
import { arraySource } from '../../src/corpus/source.ts';
import { listPassages, passageText } from '../../src/search/passages.ts';
import { article, corpus } from './fixtures.ts';

const passages = listPassages(arraySource(corpus));
const { postings } = buildIndex(arraySource(corpus), passages);
const terms = (text: string) => tokenizeNormalized(normalize(text)).join(' ');

/** The same passages indexed the ordinary way, with MiniSearch's `addAll`. */
function reference(): MiniSearch {
  const mini = new MiniSearch({ fields: ['text', 'title'], tokenize: (t) => t.split(' '), processTerm: (t) => t });
  mini.addAll(
    passages.map(([position, paragraph], id) => {
      const article = corpus[position];
      if (!article) throw new Error('fixture passage without article');
      return { id, text: terms(passageText(article, paragraph)), title: terms(article.title) };
    }),
  );
  return mini;
}

/** MiniSearch's search with the same boosts and candidate gate (`boostDocument`). */
function miniSearch(mini: MiniSearch, query: Map<string, number>, candidateOnly: Set<string>) {
  const candidates = new Set<number>();
  for (const term of query.keys()) {
    if (candidateOnly.has(term)) continue;
    for (const r of mini.search(term)) candidates.add(r.id as number);
  }
  return mini.search([...query.keys()].join(' '), {
    boost: { text: 1, title: 2 },
    boostTerm: (term) => query.get(term) ?? 1,
    combineWith: 'OR',
    ...(candidateOnly.size > 0
      ? { boostDocument: (id: unknown, term: string) => (candidates.has(id as number) || !candidateOnly.has(term) ? 1 : 0) }
      : {}),
  });
}

describe('PassageScorer', () => {
  const scorer = new PassageScorer(postings, [1, 2]);
  const mini = reference();
  const queries: [Map<string, number>, Set<string>][] = [
    [new Map([['랩허', 1], ['허브', 0.5], ['완공', 1]]), new Set()],
    [new Map([['대웅', 1], ['웅제', 1], ['제약', 0.2]]), new Set(['제약'])],
    [new Map([['ul', 1], ['솔루', 0.9], ['루션', 0.9]]), new Set()],
    [new Map([['2700억', 1], ['억원', 1]]), new Set(['억원'])],
    [new Map([['없는', 1], ['는말', 1]]), new Set()],
  ];

  it('ranks and scores exactly as MiniSearch does over the same passages', () => {
    for (const [query, candidateOnly] of queries) {
      const expected = miniSearch(mini, query, candidateOnly).map((r) => ({
        passage: r.id as number,
        score: r.score.toFixed(9),
        terms: [...r.terms].sort(),
      }));
      const ours = scorer.search({ terms: query, candidateOnly }, 1000).map((r) => ({
        passage: r.passage,
        score: r.score.toFixed(9),
        terms: [...r.terms].sort(),
      }));
      expect(ours).toEqual(expected);
    }
  });

  it('keeps only the best `limit`, in the same order, and leaves no state behind between queries', () => {
    for (const [query, candidateOnly] of queries) {
      const all = scorer.search({ terms: query, candidateOnly }, 1000);
      expect(scorer.search({ terms: query, candidateOnly }, 2)).toEqual(all.slice(0, 2));
      expect(scorer.search({ terms: query, candidateOnly }, 1000)).toEqual(all);
    }
  });

  it('tells the terms each passage holds in long queries too (past the 32 and 64 terms it records as bits)', () => {
    // Terms in index order: the fixture's vocabulary, a few unknown ones between them.
    for (const size of [31, 33, 64, 65, 90]) {
      const known = postings.terms.slice(0, size);
      const query = new Map(known.flatMap((term, i) => (i % 10 === 3 ? [[`없는${i}`, 1] as const, [term, 1] as const] : [[term, 1 - i / 200] as const])));
      for (const candidateOnly of [new Set<string>(), new Set(known.filter((_, i) => i % 3 === 0))]) {
        const expected = miniSearch(mini, query, candidateOnly).map((r) => ({ passage: r.id as number, score: r.score.toFixed(9), terms: [...r.terms].sort() }));
        const ours = scorer.search({ terms: query, candidateOnly }, 1000).map((r) => ({ passage: r.passage, score: r.score.toFixed(9), terms: [...r.terms].sort() }));
        expect(ours, `${size} terms`).toEqual(expected);
      }
    }
  });

  it('ranks passages that hold a term only in their title as MiniSearch does, ties in the order first met', () => {
    // Two copies of a story (a wire report republished): equal scores everywhere, and the headline's
    // words missing from some paragraphs, so those passages are reached through the title alone.
    const story = (id: string) =>
      article(id, '인천 송도 랩허브 착공', ['랩허브는 2025년 완공된다.', '송도 주민들은 반겼다.', '예산은 약 2,700억 원이다.']);
    const copies = [story('a'), article('b', '지역 소식', ['송도 랩허브 예산이 늘었다.']), story('c')];
    const copyPassages = listPassages(arraySource(copies));
    const copyScorer = new PassageScorer(buildIndex(arraySource(copies), copyPassages).postings, [1, 2]);
    const mini = new MiniSearch({ fields: ['text', 'title'], tokenize: (t) => t.split(' '), processTerm: (t) => t });
    mini.addAll(
      copyPassages.map(([position, paragraph], id) => ({ id, text: terms(passageText(copies[position]!, paragraph)), title: terms(copies[position]!.title) })),
    );
    for (const [query, candidateOnly] of [
      [new Map([['랩허', 1], ['허브', 1], ['예산', 0.5]]), new Set<string>()],
      [new Map([['송도', 1], ['예산', 1], ['착공', 0.2]]), new Set(['착공'])],
    ] as const) {
      const expected = miniSearch(mini, query, candidateOnly).map((r) => ({ passage: r.id as number, score: r.score.toFixed(9), terms: [...r.terms].sort() }));
      const ours = copyScorer.search({ terms: query, candidateOnly }, 1000).map((r) => ({ passage: r.passage, score: r.score.toFixed(9), terms: [...r.terms].sort() }));
      expect(ours).toEqual(expected);
    }
  });

  it('knows which terms the index holds', () => {
    expect(scorer.has('허브')).toBe(true);
    expect(scorer.has('없는말')).toBe(false);
  });
});
