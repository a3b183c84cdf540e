/**
 * The live segment: a small index searched beside the base. Base questions rank as before; the
 * segment's articles are found and their words known; nothing of the segment leaks into the base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseArticleFile } from '../../src/corpus/index.ts';
import { SegmentedSearch } from '../../src/live/segment.ts';
import { SearchIndex } from '../../src/search/index.ts';

const { articles } = await loadCorpus('seeds');
const base = SearchIndex.build(articles);
const added = ['portal-news.html', 'split-body.html'].flatMap((name) =>
  parseArticleFile(name, readFileSync(new URL(`../corpus/fixtures/html/${name}`, import.meta.url))).articles.map((a) => a.article),
);
const segmented = new SegmentedSearch(base, SearchIndex.build(added));

describe('SegmentedSearch', () => {
  it('ranks a base question as the base alone does', async () => {
    for (const question of ['K-바이오 랩허브 예산', '이영 장관 발언', '유엘 솔루션즈 업무협약']) {
      const alone = base.search(question, { limit: 3 }).map((h) => h.sentence.text);
      expect((await segmented.search(question, { limit: 3 })).map((h) => h.sentence.text), question).toEqual(alone);
    }
  });

  it('finds the segment\'s articles and knows their words; the base alone does not', async () => {
    const hits = await segmented.search('서해안 해상풍력 단지 투입', { limit: 3 });
    expect(hits[0]?.sentence.articleId).toBe('portal-news');
    expect(segmented.knows('해상풍력')).toBe(true);
    expect(base.knows('해상풍력')).toBe(false);
    expect(segmented.spellings('해상풍력')).toEqual([]);
    expect(segmented.weight('해상풍력')).toBeGreaterThan(0);
  });
});
