import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';
import type { SnapshotArticles } from '../../src/snapshot/engineData.ts';
import { FORMAT_VERSION, loadEngineParts } from '../../src/snapshot/index.ts';
import { tempDir } from '../tempDirs.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const QUESTIONS = ['K-바이오 랩허브 예산', 'ㄷㅇㅈㅇ 기술수출 규모', '조주현 차관 발언', '랩허브 부지 면적', '연봉 얼마'];


/** A corpus directory of its own (a copy of the seeds) and an empty snapshot directory. */
function setup(): { corpus: string; cache: string } {
  const corpus = tempDir('snapshot-corpus-');
  cpSync(SEEDS, corpus, { recursive: true });
  return { corpus, cache: tempDir('snapshot-cache-') };
}

const snapshots = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.snap'));

async function answers(corpus: string, cache: string) {
  const { engine, origin, warnings } = await loadEngine(corpus, { snapshotDir: cache });
  return {
    origin,
    warnings,
    answers: await Promise.all(QUESTIONS.map((q) => engine.answer(q, { top: 3 }))),
    quotes: await engine.quotesBySpeaker('조주현'),
    speakers: await engine.speakers(''),
    facts: await engine.factsByTopic('랩허브', 'money'),
    articles: await engine.articles(),
  };
}

describe('engine snapshot', () => {
  it('is written by a cold build and read back at the next start with the same answers, facts and quotes', async () => {
    const { corpus, cache } = setup();
    const built = await answers(corpus, cache);
    const read = await answers(corpus, cache);
    expect([built.origin.from, read.origin.from]).toEqual(['build', 'snapshot']);
    expect(read.answers).toEqual(built.answers);
    expect(read.quotes).toEqual(built.quotes);
    expect(read.speakers).toEqual(built.speakers);
    expect(read.facts).toEqual(built.facts);
    expect(read.articles).toEqual(built.articles);
    expect(read.answers[0]?.answer).toContain('2,700억');
  });

  it('keeps snapshots of different corpora side by side and prunes the least recently used', async () => {
    const { corpus, cache } = setup();
    await loadEngine(corpus, { snapshotDir: cache, keep: 2 });
    writeFileSync(join(corpus, 'zz-extra.jsonl'), `${JSON.stringify({ id: 'extra', title: '새 기사', text: '새로운 기사가 추가되었다. 예산은 30억 원이다.' })}\n`);
    const changed = await loadEngine(corpus, { snapshotDir: cache, keep: 2 });
    expect(changed.origin.from).toBe('build');
    expect((await changed.engine.articles()).some((a) => a.id === 'extra')).toBe(true);
    expect(snapshots(cache)).toHaveLength(2);
    rmSync(join(corpus, 'zz-extra.jsonl'));
    expect((await loadEngine(corpus, { snapshotDir: cache, keep: 2 })).origin.from).toBe('snapshot');
    writeFileSync(join(corpus, 'zz-other.jsonl'), `${JSON.stringify({ id: 'other', title: '다른 기사', text: '다른 기사가 추가되었다.' })}\n`);
    await loadEngine(corpus, { snapshotDir: cache, keep: 2 });
    // The corpus with "extra" was used least recently: its snapshot is gone.
    expect(snapshots(cache)).toHaveLength(2);
    rmSync(join(corpus, 'zz-other.jsonl'));
    expect((await loadEngine(corpus, { snapshotDir: cache, keep: 2 })).origin.from).toBe('snapshot');
  });

  it('finds the snapshot by content when a file was touched but not changed', async () => {
    const { corpus, cache } = setup();
    await loadEngine(corpus, { snapshotDir: cache });
    const [first = ''] = readdirSync(corpus);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(corpus, first), later, later);
    const reopened = await loadEngine(corpus, { snapshotDir: cache });
    expect(reopened.origin.from).toBe('snapshot');
  });

  it('rebuilds, with a warning, when the snapshot is corrupt, truncated or a byte of it changed', async () => {
    const { corpus, cache } = setup();
    const reference = await answers(corpus, cache);
    const [file = ''] = snapshots(cache);
    const bytes = readFileSync(join(cache, file));
    const damaged = [Buffer.from('KQSN garbage'), bytes.subarray(0, bytes.length - 1000), Buffer.from(bytes)];
    const flipped = damaged[2];
    if (flipped) flipped[flipped.length - 100] = (flipped[flipped.length - 100] ?? 0) ^ 0xff;
    for (const content of damaged) {
      writeFileSync(join(cache, file), content);
      const again = await answers(corpus, cache);
      expect([content.length, again.origin.from]).toEqual([content.length, 'build']);
      expect(again.origin.miss?.kind).toBe('corrupt');
      expect(again.warnings.some((w) => w.reason.includes('snapshot not used'))).toBe(true);
      expect(again.answers).toEqual(reference.answers);
      // The rebuild wrote a good snapshot again.
      expect((await loadEngine(corpus, { snapshotDir: cache })).origin.from).toBe('snapshot');
    }
  });

  it('is keyed by the code format version: a snapshot of another format is stale and rebuilt', async () => {
    const { corpus, cache } = setup();
    const reference = await answers(corpus, cache);
    const [file = ''] = snapshots(cache);
    const bytes = readFileSync(join(cache, file));
    const format = Buffer.from(`"format":${FORMAT_VERSION},`, 'utf8');
    const at = bytes.indexOf(format);
    expect(at).toBeGreaterThan(0);
    Buffer.from(`"format":${(FORMAT_VERSION + 1) % 10},`, 'utf8').copy(bytes, at);
    writeFileSync(join(cache, file), bytes);
    const again = await answers(corpus, cache);
    expect([again.origin.from, again.origin.miss?.kind]).toEqual(['build', 'stale']);
    expect(again.answers).toEqual(reference.answers);
    expect((await loadEngine(corpus, { snapshotDir: cache })).origin.from).toBe('snapshot');
  });

  it('parses no article when it opens a snapshot, only those a question reaches', async () => {
    const { corpus, cache } = setup();
    await loadEngine(corpus, { snapshotDir: cache });
    const parts = await loadEngineParts(corpus, { snapshotDir: cache });
    expect(parts.origin.from).toBe('snapshot');
    const articles = parts.articles as SnapshotArticles;
    const parsedCount = () => (articles as unknown as { parsed: { size: number } }).parsed.size;
    expect(parsedCount()).toBe(0);
    expect(articles.idAt(0)).toBeTypeOf('string');
    expect(parsedCount()).toBe(0);
    articles.at(0);
    expect(parsedCount()).toBe(1);
  });

  it('builds in memory with a warning when the cache cannot be written', async () => {
    const { corpus } = setup();
    const blocker = join(tempDir('snapshot-blocked-'), 'file');
    writeFileSync(blocker, 'not a directory');
    const { engine, origin, warnings } = await loadEngine(corpus, { snapshotDir: join(blocker, 'cache') });
    expect(origin.from).toBe('build');
    expect(warnings.some((w) => w.reason.includes('index cache not usable'))).toBe(true);
    expect((await engine.answer('K-바이오 랩허브 예산')).answer).toContain('2,700억');
  });

  it('builds in memory with a warning when the cache directory cannot be read', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test
    const { corpus, cache } = setup();
    await loadEngine(corpus, { snapshotDir: cache });
    chmodSync(cache, 0o000);
    try {
      const { engine, origin } = await loadEngine(corpus, { snapshotDir: cache });
      expect(origin.from).toBe('build');
      expect((await engine.answer('K-바이오 랩허브 예산')).answer).toContain('2,700억');
    } finally {
      chmodSync(cache, 0o700);
    }
  });
});
