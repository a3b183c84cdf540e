/** The search stage: a Korean-aware index over the corpus, passages and sentences. */
export { SearchIndex } from './SearchIndex.ts';
export type { AnalyzedQuery, IndexData, PassageHit, ProgressCallback } from './SearchIndex.ts';
export { defaultSearchIndexOptions, INDEX_VERSION } from './options.ts';
export type { SearchIndexOptions } from './options.ts';
export type { AnswerTypeHint } from './answerType.ts';
export { learnAliases } from './aliases.ts';
export type { Aliases } from './aliases.ts';
export type { ArticleHit, Awaitable, Lexicon, Retriever, SearchHit, SearchOptions, Spelling } from './types.ts';
