/**
 * The DATA_DIR store: atomic writes, read back into the same sentences, damaged files skipped with a
 * warning (never a failed start), and a live corpus that opens over them.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.ts';
import { LiveCorpus } from '../../src/live/liveCorpus.ts';
import { ArticleStore } from '../../src/live/store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const origin = {
  kind: 'added' as const,
  guildId: '555555555555555501',
  addedBy: '333333333333333333',
  addedByName: '편집자',
  addedAt: '2024-05-20T01:02:03.000Z',
  source: 'page.html',
};

describe('ArticleStore', () => {
  it('writes each article as one JSONL record under its server and reads the same article back', async () => {
    const store = new ArticleStore(dir);
    const { articles } = await loadCorpus('seeds');
    for (const article of articles.slice(0, 2)) await store.save({ article, origin });
    expect((await readdir(join(dir, 'servers', origin.guildId))).sort()).toEqual(articles.slice(0, 2).map((a) => `${a.id}.jsonl`).sort());
    const loaded = await store.load();
    expect(loaded.warnings).toEqual([]);
    for (const { article, origin: read } of loaded.articles) {
      const original = articles.find((a) => a.id === article.id);
      expect(article.sentences).toEqual(original?.sentences);
      expect([article.title, article.outlet, article.date]).toEqual([original?.title, original?.outlet, original?.date]);
      expect(read).toEqual(origin);
    }
    expect(await store.remove(origin.guildId, articles[0]!.id)).toBe(true);
    expect(await store.remove(origin.guildId, articles[0]!.id)).toBe(false);
  });

  it('skips damaged, foreign and stray files with a warning; the live corpus still opens', async () => {
    const store = new ArticleStore(dir);
    const { articles } = await loadCorpus('seeds');
    await store.save({ article: articles[0]!, origin });
    const server = join(dir, 'servers', origin.guildId);
    await writeFile(join(server, 'broken.jsonl'), '{"id": "x", "title": ');
    await writeFile(join(server, 'nobody.jsonl'), JSON.stringify({ id: 'y', title: 't', text: '본문이다.', origin: { ...origin, addedAt: 'yesterday' } }));
    await writeFile(join(server, 'moved.jsonl'), JSON.stringify({ id: 'z', title: 't', text: '본문이다.', origin: { ...origin, guildId: '555555555555555502' } }));
    await writeFile(join(server, 'half.jsonl.1a2b.tmp'), '{"id"');
    await mkdir(join(dir, 'servers', 'not-a-server'));
    const loaded = await store.load();
    expect(loaded.articles.map((s) => s.article.id)).toEqual([articles[0]!.id]);
    expect(loaded.warnings.map((w) => w.reason)).toEqual([
      'damaged (not one JSON record)',
      'damaged (stored under another server)',
      expect.stringMatching(/^damaged \(origin\.addedAt/),
    ]);
    const warnings: string[] = [];
    const empty = join(dir, 'empty-folder');
    await mkdir(empty);
    const live = await LiveCorpus.open({ corpusPath: empty, store, warn: (m) => warnings.push(m) });
    expect(live.addedIn(origin.guildId).map((s) => s.article.id)).toEqual([articles[0]!.id]);
    expect(warnings).toHaveLength(4); // the empty folder, and the three damaged files
    const answer = await live.current().forServer(origin.guildId).answer('K-바이오 랩허브 예산');
    expect(answer.problem).toBeNull();
  });
});
