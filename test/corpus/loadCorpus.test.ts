import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusPathError, loadCorpus } from '../../src/corpus/index.ts';

const PAGE = '정상 기사의 제목이 여기에 있다\n정부는 새 정책을 발표했다. 내년부터 시행한다.\n';
const record = (id: string, text = '본문 문장이다. 두 번째 문장이다.') => JSON.stringify({ id, title: `제목 ${id}`, text });

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('skips empty, binary, non-UTF-8 and oversized files with one warning each, and loads the rest', async () => {
    await writeFile(join(dir, 'a_good.txt'), PAGE);
    await writeFile(join(dir, 'b_empty.txt'), '');
    await writeFile(join(dir, 'c_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    await writeFile(join(dir, 'd_latin1.txt'), Buffer.from('caf\xe9 \xe0 la cr\xe8me', 'latin1'));
    await writeFile(join(dir, 'e_big.txt'), `${PAGE}${'가나다라마바사 했다. '.repeat(300)}`);
    await writeFile(join(dir, 'f_notes.md'), '# ignored: not a corpus extension');
    const { articles, warnings } = await loadCorpus(dir, { maxFileBytes: 4096 });
    expect(articles.map((a) => a.id)).toEqual(['a_good']);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file.split('/').pop(), w.reason]));
    expect(Object.keys(byFile).sort()).toEqual(['b_empty.txt', 'c_binary.txt', 'd_latin1.txt', 'e_big.txt']);
    expect(byFile['b_empty.txt']).toMatch(/empty/);
    expect(byFile['c_binary.txt']).toMatch(/binary/);
    expect(byFile['d_latin1.txt']).toMatch(/UTF-8/);
    expect(byFile['e_big.txt']).toMatch(/too large/);
    expect(warnings).toHaveLength(4);
  });

  it('skips a bad JSONL line (not JSON, fails the schema) with a warning naming file and line', async () => {
    const file = join(dir, 'corpus.jsonl');
    const lines = [
      record('r1'),
      '{not json',
      JSON.stringify({ id: 'r2', title: '제목' }),
      '',
      JSON.stringify({ id: '', title: '빈 아이디', text: '문장이다.' }),
      record('r3'),
    ];
    await writeFile(file, lines.join('\n'));
    const { articles, warnings } = await loadCorpus(file);
    expect(articles.map((a) => a.id)).toEqual(['r1', 'r3']);
    expect(warnings.map((w) => [w.file, w.line])).toEqual([
      [file, 2],
      [file, 3],
      [file, 5],
    ]);
    expect(warnings[0]!.reason).toMatch(/JSON/);
    expect(warnings[1]!.reason).toMatch(/text/);
  });

  it('keeps the first of duplicate ids and warns about the later one', async () => {
    await writeFile(join(dir, 'a.jsonl'), [record('same', '첫 번째 기사다.'), record('same', '두 번째 기사다.')].join('\n'));
    await writeFile(join(dir, 'same.txt'), PAGE);
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.sentences[0]!.text).toBe('첫 번째 기사다.');
    expect(warnings.map((w) => [w.file.split('/').pop(), w.line, /duplicate/.test(w.reason)])).toEqual([
      ['a.jsonl', 2, true],
      ['same.txt', undefined, true],
    ]);
  });

  it('loads a single .txt file; a missing path is an error naming it', async () => {
    const file = join(dir, '123_page.txt');
    await writeFile(file, `\uFEFF${PAGE.replace(/\n/g, '\r\n')}`);
    const single = await loadCorpus(file);
    expect(single.articles.map((a) => [a.id, a.title, a.sentences.length])).toEqual([['123_page', '정상 기사의 제목이 여기에 있다', 2]]);
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(CorpusPathError);
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(`corpus not found: ${join(dir, 'nope')}`);
    await expect(loadCorpus(join(dir, '123_page.txt', 'below-a-file'))).rejects.toThrow('corpus not found');
  });

  it('an empty folder loads with one warning (articles can be added later)', async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: dir, reason: expect.stringContaining('can be added later') });
  });

  it('warns about a page with no article body', async () => {
    await writeFile(join(dir, 'chrome.txt'), '제목만 있는 페이지 하나\n공유하기\n로그인\n');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([{ file: join(dir, 'chrome.txt'), reason: 'no article body found' }]);
  });
});

describe('loadCorpus and links, folders and special files named like articles', () => {
  it('follows a symlink that stays inside the folder; warns for one leaving it, loops, dangling links, folders and FIFOs', async () => {
    const corpus = join(dir, 'corpus');
    const outside = join(dir, 'outside');
    await mkdir(join(corpus, 'sub'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(corpus, 'sub', 'inner.txt'), PAGE);
    await writeFile(join(outside, 'secret.txt'), PAGE);
    await symlink(join(corpus, 'sub', 'inner.txt'), join(corpus, 'a_inside.txt'));
    await symlink('sub/inner.txt', join(corpus, 'b_relative.txt'));
    await symlink(join(outside, 'secret.txt'), join(corpus, 'c_outside.txt'));
    await symlink('../outside/secret.txt', join(corpus, 'd_escape.txt'));
    await symlink(join(corpus, 'e_loop.txt'), join(corpus, 'e_loop.txt'));
    await symlink(join(corpus, 'f1.txt'), join(corpus, 'f2.txt'));
    await symlink(join(corpus, 'f2.txt'), join(corpus, 'f1.txt'));
    await symlink(join(corpus, 'missing.txt'), join(corpus, 'g_dangling.txt'));
    await symlink(join(corpus, 'sub'), join(corpus, 'h_dirlink.txt'));
    await mkdir(join(corpus, 'i_folder.txt'));
    const fifo = spawnSync('mkfifo', [join(corpus, 'j_fifo.txt')]);
    const { articles, warnings } = await loadCorpus(corpus);
    expect(articles.map((a) => a.id)).toEqual(['a_inside', 'b_relative']);
    const reasons = Object.fromEntries(warnings.map((w) => [w.file.split('/').pop(), w.reason]));
    expect(reasons['c_outside.txt']).toMatch(/outside the corpus folder/);
    expect(reasons['d_escape.txt']).toMatch(/outside the corpus folder/);
    expect(reasons['e_loop.txt']).toMatch(/loop/);
    expect(reasons['f1.txt']).toMatch(/loop/);
    expect(reasons['f2.txt']).toMatch(/loop/);
    expect(reasons['g_dangling.txt']).toMatch(/dangling/);
    expect(reasons['h_dirlink.txt']).toMatch(/folder/);
    expect(reasons['i_folder.txt']).toMatch(/folder/);
    if (fifo.status === 0) expect(reasons['j_fifo.txt']).toMatch(/not a regular file/);
    expect(articles.every((a) => a.sentences.length > 0)).toBe(true);
  });

  it('a FIFO given as the corpus path is an error, not a read that blocks forever', async () => {
    const fifo = join(dir, 'pipe.jsonl');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    await expect(loadCorpus(fifo)).rejects.toThrow('is not a file or folder');
  });
});
