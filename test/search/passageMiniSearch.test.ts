import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { normalize, tokenizeNormalized } from '../../src/korean/index.ts';
import { buildIndex } from '../../src/search/buildIndex.ts';
import { miniSearchOptions, PassageMiniSearch } from '../../src/search/passageMiniSearch.ts';
import { listPassages, passageText } from '../../src/search/passages.ts';
import { corpus } from './fixtures.ts';

const passages = listPassages(corpus);
const { postings } = buildIndex(corpus, passages);
const terms = (text: string) => tokenizeNormalized(normalize(text)).join(' ');

/** The same passages indexed the ordinary way, with `addAll`. */
function viaAddAll(): MiniSearch {
  const mini = new MiniSearch(miniSearchOptions);
  mini.addAll(
    passages.map(([position, paragraph], id) => {
      const article = corpus[position];
      if (!article) throw new Error('fixture passage without article');
      return { id, text: terms(passageText(article, paragraph)), title: terms(article.title) };
    }),
  );
  return mini;
}

describe('PassageMiniSearch.fromPostings', () => {
  it('scores exactly like MiniSearch filled by addAll', () => {
    const ours = PassageMiniSearch.fromPostings(postings);
    const reference = viaAddAll();
    const options = { boost: { title: 2 }, combineWith: 'OR' as const };
    const strip = (rs: { id: unknown; score: number; terms: string[] }[]) =>
      rs.map((r) => ({ id: r.id, score: r.score.toFixed(9), terms: [...r.terms].sort() }));
    for (const query of ['랩허 허브 완공', '대웅 웅제 제약', 'ul 솔루 루션', '2700억 억원', '없는말']) {
      expect(strip(ours.search(query, options))).toEqual(strip(reference.search(query, options)));
    }
  });
  it('fills a term on first use and gives the same results afterwards', () => {
    const ours = PassageMiniSearch.fromPostings(postings);
    const first = ours.search('랩허 허브');
    expect(first.length).toBeGreaterThan(0);
    expect(ours.search('랩허 허브')).toEqual(first);
  });
});

describe('PassageMiniSearch.addPassagesWith', () => {
  it('adds every passage that holds the term, in any field', () => {
    const ours = PassageMiniSearch.fromPostings(postings);
    const found = new Set<number>();
    ours.addPassagesWith('허브', found);
    const expected = ours.search('허브').map((r) => r.id as number);
    expect([...found].sort()).toEqual(expected.sort());
    ours.addPassagesWith('없는말', found);
    expect(found.size).toBe(expected.length);
  });
});
