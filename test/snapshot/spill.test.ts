/**
 * What a cold build gathers in files instead of memory (`src/snapshot/spill.ts`): the same bytes
 * as gathered in memory, the same snapshot, and no temporary file left behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';
import { writeContainer } from '../../src/snapshot/container.ts';
import { mergeShards } from '../../src/snapshot/mergeShards.ts';
import { buildShard } from '../../src/snapshot/shard.ts';
import { Gatherer, piecesOf, spillPath } from '../../src/snapshot/spill.ts';
import { tempDir } from '../tempDirs.ts';

const article = (id: string, text: string) => JSON.stringify({ id, title: `${id} 기사`, text, outlet: '테스트일보', date: '2024-03-05' });

/** Three small files in the shape of news: figures, a quote, a person with a title. */
function corpus(): string[] {
  const dir = tempDir('spill-corpus-');
  const texts = [
    ['a1', '보건복지부는 5일 바이오 연구단지 조성에 2,700억 원을 투입한다고 밝혔다. 조주현 차관은 “연구자 중심으로 운영하겠다”고 말했다.'],
    ['a2', '중소벤처기업부는 올해 창업 지원 예산을 30% 늘린다. 지원 대상은 1,200개 기업이다.'],
    ['a3', '인천시는 송도에 10만㎡ 규모의 부지를 마련했다. 완공은 2026년 12월 예정이다.'],
  ];
  return texts.map(([id, text], i) => {
    const file = join(dir, `part-${i}.jsonl`);
    writeFileSync(file, `${article(id ?? '', text ?? '')}\n${article(`${id}-b`, `${text} 관계자는 추가 설명을 내놓지 않았다.`)}\n`);
    return file;
  });
}

describe('cold build spill files', () => {
  it('gathers the same bytes in a file as in memory, and falls back to memory when the file cannot be made', () => {
    const dir = tempDir('spill-');
    const texts = ['{"가":1}', ',', '{"나":"둘"}', 'x'.repeat(3 * 1024 * 1024)];
    const inFile = new Gatherer(spillPath(dir, 'test'));
    const inMemory = new Gatherer();
    const nowhere = new Gatherer(join(dir, 'missing', 'file.tmp'));
    for (const text of texts) for (const g of [inFile, inMemory, nowhere]) g.push(text);
    const [file, memory, fallback] = [inFile, inMemory, nowhere].map((g) => g.finish());
    const expected = Buffer.from(texts.join(''), 'utf8');
    expect(file?.file?.length).toBe(expected.length);
    expect(readFileSync(file?.file?.path ?? '').equals(expected)).toBe(true);
    expect(memory?.file).toBeNull();
    expect(Buffer.concat(memory?.pieces ?? []).equals(expected)).toBe(true);
    expect(Buffer.concat(fallback?.pieces ?? []).equals(expected)).toBe(true);
    // Opened as a section, the file is removed at once (its bytes stay readable while open).
    const [section] = file ? piecesOf(file) : [];
    expect(existsSync(file?.file?.path ?? '')).toBe(false);
    expect(section && !(section instanceof Uint8Array) && Buffer.from(section.read(0, section.length)).equals(expected)).toBe(true);
  });

  it('writes the same snapshot from shards gathered in files (postings logs taken file by file) as from shards in memory', async () => {
    const files = corpus();
    const spillDir = tempDir('spill-dir-');
    const snapshotOf = async (shards: Awaited<ReturnType<typeof buildShard>>[]) => {
      const file = join(tempDir('spill-out-'), 'x.snap');
      writeContainer(file, { note: 'same' }, mergeShards(shards, []).sections);
      return readFileSync(file);
    };
    const inMemory = await snapshotOf([await buildShard(files.slice(0, 2)), await buildShard(files.slice(2))]);
    const spilled = [await buildShard(files.slice(0, 2), undefined, spillDir), await buildShard(files.slice(2), undefined, spillDir)];
    expect(spilled[0]?.spilledLogs?.portions.length).toBe(2);
    expect(spilled[0]?.records.file).not.toBeNull();
    expect((await snapshotOf(spilled)).equals(inMemory)).toBe(true);
    expect(readdirSync(spillDir)).toEqual([]);
  });

  it('leaves no temporary file beside the snapshots after a cold build on threads', async () => {
    const corpusDir = tempDir('spill-threads-');
    for (const [i, file] of corpus().entries()) writeFileSync(join(corpusDir, `f${i}.jsonl`), readFileSync(file));
    const cache = tempDir('spill-cache-');
    const built = await loadEngine(corpusDir, { snapshotDir: cache, buildThreads: 2 });
    expect(built.origin.from).toBe('build');
    expect((await built.engine.answer('바이오 연구단지 예산')).answer).toContain('2,700억');
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await loadEngine(corpusDir, { snapshotDir: cache })).origin.from).toBe('snapshot');
  });

  it('leaves no temporary file when the snapshot cannot be put in place', () => {
    const dir = tempDir('spill-rename-');
    const target = join(dir, 'engine.snap');
    mkdirSync(join(target, 'occupied'), { recursive: true });
    expect(() => writeContainer(target, {}, new Map([['n', Uint32Array.of(1)]]))).toThrow();
    expect(readdirSync(dir)).toEqual(['engine.snap']);
  });
});
