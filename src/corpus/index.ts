/**
 * The corpus stage: scraped pages and JSONL records in, articles of citable sentences out.
 */
export type { Article, LoadResult, LoadWarning, Sentence } from './types.ts';
export { CorpusPathError, listCorpusFiles, loadCorpus, type LoadOptions } from './loadCorpus.ts';
export { parsePage } from './parsePage.ts';
export { articleFromRecord, articleRecordSchema, type ArticleRecord } from './record.ts';
export { splitSentences } from './splitSentences.ts';
export { toIsoDate } from './metadata.ts';
export { parseHtmlPage, type HtmlPageOptions } from './parseHtml.ts';
export { fileKindOf, parseArticleFile, type FileKind, type ParsedFile, type ParseFileOptions } from './parseFile.ts';
export { decodePage } from './charset.ts';
export { buildArticle, type ArticleMeta } from './article.ts';
export { arraySource, infoOf, type ArticleInfo, type ArticleSource } from './source.ts';
