import { readFileSync } from 'node:fs';
import { answerTypeHints } from '../src/facts/index.ts';
import { loadCorpus } from '../src/corpus/index.ts';
import { SearchIndex } from '../src/search/index.ts';
const { articles } = await (loadCorpus as any)('../shared/eval/korquad-dev/corpus.jsonl');
const index = SearchIndex.build(articles, { answerTypes: answerTypeHints() });
const qs = readFileSync('../shared/eval/korquad-dev/questions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const q of qs) {
  const hits = index.searchArticles(q.question.replace(/\n/g, ' '), { limit: 5 }) as any[];
  console.log(JSON.stringify({ id: q.id, gold: q.context_id, top: hits.map((h) => h.articleId ?? h.id) }));
}
