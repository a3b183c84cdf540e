/**
 * Stage timings `npm run bench` prints before the search figures (once wall-clock assertions in the
 * tests): loading the KorQuAD corpus, and extracting facts from 1,000 paragraphs of the seeds.
 * Floors as the tests had them: load < 1.5 s, facts < 1 s; a miss is printed, never thrown.
 */
import { loadCorpus } from '../src/corpus/index.ts';
import { extractFacts } from '../src/facts/index.ts';

export async function benchStages(korquadCorpus: string, seeds: string): Promise<string[]> {
  const lines: string[] = [];
  const loadStarted = performance.now();
  const { articles } = await loadCorpus(korquadCorpus);
  const loadMs = performance.now() - loadStarted;
  lines.push(`corpus load: ${articles.length} KorQuAD records in ${loadMs.toFixed(0)} ms (floor 1500)${loadMs < 1500 ? '' : '  ✗ over the floor'}`);

  const { articles: seedArticles } = await loadCorpus(seeds);
  const paragraphs = seedArticles.reduce((n, article) => n + article.paragraphs.length, 0);
  const big = Array.from({ length: Math.ceil(1000 / Math.max(1, paragraphs)) }, () => seedArticles).flat();
  const factsStarted = performance.now();
  let facts = 0;
  for (const article of big) facts += extractFacts(article).length;
  const factsMs = performance.now() - factsStarted;
  const total = big.reduce((n, article) => n + article.paragraphs.length, 0);
  lines.push(`facts: ${facts} from ${total} paragraphs in ${factsMs.toFixed(0)} ms (floor 1000)${factsMs < 1000 ? '' : '  ✗ over the floor'}`);
  return lines;
}
