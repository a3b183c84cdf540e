/**
 * The live corpus (the bot's) started from the whole-engine snapshot of its folder: the same answers
 * as reading the folder, no index built, and a file changed later still taken in.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveCorpus } from '../../src/live/liveCorpus.ts';
import { loadEngineParts, readEngineSnapshot } from '../../src/snapshot/index.ts';
import { tempDir } from '../tempDirs.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const QUESTIONS = ['K-바이오 랩허브 예산', 'ㄷㅇㅈㅇ 기술수출 규모', '조주현 차관 발언', '랩허브 부지 면적', '연봉 얼마'];


describe('live corpus from a snapshot', () => {
  it('answers as the folder read in full, without building an index, and takes in a file added later', async () => {
    const corpus = tempDir('live-snap-corpus-');
    cpSync(SEEDS, corpus, { recursive: true });
    const cache = tempDir('live-snap-cache-');
    expect((await loadEngineParts(corpus, { snapshotDir: cache })).origin.from).toBe('build');

    const read = await LiveCorpus.open({ corpusPath: corpus, store: null, warn: () => undefined });
    let builds = 0;
    let snapshotsRead = 0;
    const live = await LiveCorpus.open({
      corpusPath: corpus,
      store: null,
      warn: () => undefined,
      openSnapshot: async () => {
        snapshotsRead++;
        return readEngineSnapshot(corpus, { snapshotDir: cache });
      },
      openIndex: async () => {
        builds++;
        throw new Error('the snapshot should have been used');
      },
    });
    expect(snapshotsRead).toBe(1);
    expect(builds).toBe(0);
    for (const question of QUESTIONS) {
      expect(await live.engines.current().answer(question, { top: 3 })).toEqual(await read.engines.current().answer(question, { top: 3 }));
    }
    expect(live.counts()).toEqual(read.counts());
    expect(live.catalog()).toEqual(read.catalog());
    expect(await live.engines.current().quotesBySpeaker('조주현')).toEqual(await read.engines.current().quotesBySpeaker('조주현'));

    writeFileSync(
      join(corpus, 'ferry.txt'),
      '해양수산부, 연안 여객선 요금 지원 확대\n2024년 04월 02일\n\n해양수산부는 섬 주민의 연안 여객선 운임 부담을 덜기 위해 올해 요금 지원 예산을 183억 원으로 늘린다고 밝혔다.\n',
    );
    expect(await live.refreshFolder()).toBe(true);
    expect(JSON.stringify(await live.engines.current().answer('연안 여객선 요금 지원 예산', { top: 3 }))).toContain('183억');
    expect(JSON.stringify(await live.engines.current().answer('K-바이오 랩허브 예산', { top: 3 }))).toContain('2,700억');
    expect(live.counts().folder).toBe(read.counts().folder + 1);
    live.close();
    read.close();
  }, 60_000);
});
