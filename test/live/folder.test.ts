/**
 * The folder scan: only changed files are re-read, an emptied file keeps its articles for the grace
 * period (truncate, then write) and loses them after it, hidden and temporary names are never read.
 */
import { cp, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderArticles, scanFolder } from '../../src/live/folder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folder-'));
  await cp('seeds/000_85b1e9931b288c99.txt', join(dir, 'a.txt'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ids = (state: Parameters<typeof folderArticles>[0]) => folderArticles(state).articles.map((a) => a.article.id);

describe('scanFolder', () => {
  it('reuses unchanged files, and a new time on the same bytes is no change', async () => {
    const first = await scanFolder(dir, new Map());
    expect(ids(first.state)).toEqual(['a']);
    const again = await scanFolder(dir, first.state);
    expect(again).toMatchObject({ changed: false, touched: false });
    await utimes(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    const touched = await scanFolder(dir, first.state);
    expect(touched).toMatchObject({ changed: false, touched: true });
    expect(touched.state.get(join(dir, 'a.txt'))?.articles).toBe(first.state.get(join(dir, 'a.txt'))?.articles);
  });

  it('an emptied file keeps its articles during the grace period, and loses them after', async () => {
    const first = await scanFolder(dir, new Map());
    await writeFile(join(dir, 'a.txt'), '');
    const during = await scanFolder(dir, first.state, { emptyGraceMs: 60_000 });
    expect(during.changed).toBe(false);
    expect(ids(during.state)).toEqual(['a']);
    const after = await scanFolder(dir, during.state, { emptyGraceMs: 0 });
    expect(after.changed).toBe(true);
    expect(ids(after.state)).toEqual([]);
  });

  it('never reads hidden files or names without a corpus extension', async () => {
    await writeFile(join(dir, '.#a.txt'), 'lock');
    await writeFile(join(dir, 'a.txt.tmp'), 'temp');
    await writeFile(join(dir, 'a.txt~'), 'backup');
    const scanned = await scanFolder(dir, new Map());
    expect([...scanned.state.keys()]).toEqual([join(dir, 'a.txt')]);
  });
});
