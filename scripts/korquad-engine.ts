/**
 * The KorQuAD dev folder opened for the fitting scripts (`train:gate`, `train:calibration`): the
 * engine over its corpus, ready to answer, its questions, and which half of the split by Wikipedia
 * article each question's paragraph falls in (`splitHalf`).
 */
import path from 'node:path';
import { loadEngine } from '../src/answer/index.ts';
import type { Engine } from '../src/answer/types.ts';
import { loadCorpus } from '../src/corpus/index.ts';
import { SNAPSHOT_DIR } from './cli.ts';
import { KorquadQuestion, readJsonl } from './eval-answers.ts';
import { splitHalf } from './korquad-metrics.ts';

export type OpenKorquad = {
  engine: Engine;
  questions: KorquadQuestion[];
  halfOf: (question: KorquadQuestion) => 'train' | 'validation';
};

export async function openKorquad(dir: string): Promise<OpenKorquad> {
  const corpus = path.join(dir, 'corpus.jsonl');
  const { articles } = await loadCorpus(corpus);
  const titleOf = new Map(articles.map((article) => [article.id, article.title]));
  const { engine, prepare } = await loadEngine(corpus, { snapshotDir: SNAPSHOT_DIR });
  prepare();
  return {
    engine,
    questions: readJsonl(path.join(dir, 'questions.jsonl'), KorquadQuestion),
    halfOf: (question) => splitHalf(titleOf.get(question.context_id) ?? ''),
  };
}
