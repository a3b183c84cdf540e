/**
 * The cold build in shards on worker threads: the same engine (answers, quotes, facts, listings,
 * and the same index: terms in the same order, postings, word counts, aliases) as one pass in this
 * thread and as the in-memory build without a snapshot.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';
import { loadEngineParts } from '../../src/snapshot/index.ts';
import { splitFiles } from '../../src/snapshot/parallelBuild.ts';
import { tempDir } from '../tempDirs.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const QUESTIONS = ['K-바이오 랩허브 예산', 'ㄷㅇㅈㅇ 기술수출 규모', '조주현 차관 발언', '랩허브 부지 면적', '유엘 솔루션즈 협약'];


async function everything(corpus: string, options: { snapshotDir?: string; buildThreads?: number }) {
  const { engine, warnings } = await loadEngine(corpus, options);
  return {
    warnings: warnings.map((w) => ({ ...w, file: w.file.replace(corpus, '') })),
    answers: await Promise.all(QUESTIONS.map((q) => engine.answer(q, { top: 5 }))),
    quotes: await engine.quotesBySpeaker('조주현'),
    speakers: await engine.speakers(''),
    facts: await engine.factsByTopic('랩허브'),
    articles: await engine.articles(),
    timeline: await engine.timeline('랩허브'),
  };
}

async function indexOf(corpus: string, buildThreads: number) {
  const { index, origin } = await loadEngineParts(corpus, { snapshotDir: tempDir('par-cache-'), buildThreads });
  const { postings, refs, words, aliases } = index.data();
  return { from: origin.from, postings, refs, words: [...(typeof words === 'function' ? words() : words)], aliases: [...aliases] };
}

describe('cold build on worker threads', () => {
  it('builds the same engine and index as one thread and as the in-memory build', async () => {
    const corpus = tempDir('par-corpus-');
    cpSync(SEEDS, corpus, { recursive: true });
    // A JSONL file among the pages, with a bad line (a warning to keep in order).
    writeFileSync(join(corpus, '005_extra.jsonl'), `${JSON.stringify({ id: 'x1', title: '제목', text: '한국보건산업진흥원은 3일 100억 원을 투자한다고 밝혔다.' })}\nnot json\n`);
    const threaded = await everything(corpus, { snapshotDir: tempDir('par-cache-'), buildThreads: 2 });
    const single = await everything(corpus, { snapshotDir: tempDir('par-cache-'), buildThreads: 1 });
    const inMemory = await everything(corpus, {});
    expect(threaded.answers.filter((a) => a.found).length).toBeGreaterThan(2);
    expect(threaded.warnings.some((w) => w.reason.includes('not valid JSON'))).toBe(true);
    expect(threaded).toEqual(single);
    expect(threaded).toEqual(inMemory);
    const [two, one] = [await indexOf(corpus, 2), await indexOf(corpus, 1)];
    expect(two.from).toBe('build');
    expect(two).toEqual(one);
  });

  it('keeps the first file’s article when two shards hold the same id', async () => {
    const corpus = tempDir('par-dup-');
    const record = (text: string) => `${JSON.stringify({ id: 'same', title: '중복 기사', text })}\n`;
    writeFileSync(join(corpus, 'a.jsonl'), record('첫 파일의 기사는 예산 100억 원을 밝혔다.'));
    writeFileSync(join(corpus, 'b.jsonl'), record('둘째 파일의 기사는 예산 900억 원을 밝혔다.'));
    const { engine, warnings } = await loadEngine(corpus, { snapshotDir: tempDir('par-cache-'), buildThreads: 2 });
    expect((await engine.articles()).length).toBe(1);
    expect(warnings.some((w) => w.reason.includes('duplicate id "same"'))).toBe(true);
    expect((await engine.answer('예산', { top: 1 })).citations[0]?.text).toContain('첫 파일');
  });

  it('cuts the files into contiguous runs of about equal size', () => {
    const files = [10, 10, 10, 10, 60].map((size, i) => ({ path: `f${i}`, size }));
    expect(splitFiles(files, 2).map((run) => run.map((f) => f.path))).toEqual([['f0', 'f1', 'f2', 'f3', 'f4'].slice(0, 4), ['f4']]);
    expect(splitFiles(files.slice(0, 4), 2).map((run) => run.length)).toEqual([2, 2]);
    expect(splitFiles(files.slice(0, 1), 3).length).toBe(1);
    expect(splitFiles(files, 3).flat().map((f) => f.path)).toEqual(files.map((f) => f.path));
  });

  it('gives the calling thread a head start of bytes (it reads while the others start)', () => {
    const files = Array.from({ length: 50 }, (_, i) => ({ path: `f${i}`, size: 1_250_000 }));
    expect(splitFiles(files, 2).map((run) => run.length)).toEqual([25, 25]);
    expect(splitFiles(files, 2, 2_500_000).map((run) => run.length)).toEqual([26, 24]);
    expect(splitFiles(files, 4, 1_250_000).map((run) => run.length)).toEqual([14, 12, 12, 12]);
    expect(splitFiles(files.slice(0, 2), 2, 1e9).map((run) => run.length)).toEqual([1, 1]);
  });
});
