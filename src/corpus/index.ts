/**
 * The corpus stage: scraped pages and JSONL records in, articles of citable sentences out.
 */
export type { Article, LoadResult, LoadWarning, Sentence } from './types.ts';
export { loadCorpus, type LoadOptions } from './loadCorpus.ts';
export { parsePage } from './parsePage.ts';
export { articleFromRecord, articleRecordSchema, type ArticleRecord } from './record.ts';
export { splitSentences } from './splitSentences.ts';
export { toIsoDate } from './metadata.ts';
export { buildArticle, type ArticleMeta } from './article.ts';
