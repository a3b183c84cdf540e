import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.ts';

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

  it('loads a single .txt file and reports a missing path as a warning', async () => {
    const file = join(dir, '123_page.txt');
    await writeFile(file, `\uFEFF${PAGE.replace(/\n/g, '\r\n')}`);
    const single = await loadCorpus(file);
    expect(single.articles.map((a) => [a.id, a.title, a.sentences.length])).toEqual([['123_page', '정상 기사의 제목이 여기에 있다', 2]]);
    const missing = await loadCorpus(join(dir, 'nope'));
    expect(missing).toEqual({ articles: [], warnings: [{ file: join(dir, 'nope'), reason: 'not found' }] });
  });

  it('warns about a page with no article body', async () => {
    await writeFile(join(dir, 'chrome.txt'), '제목만 있는 페이지 하나\n공유하기\n로그인\n');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([{ file: join(dir, 'chrome.txt'), reason: 'no article body found' }]);
  });
});

/** The shared eval data beside the project, when this machine has it (its speed is in `npm run bench`). */
const KORQUAD = fileURLToPath(new URL('../../../shared/eval/korquad-dev/corpus.jsonl', import.meta.url));

describe('loadCorpus on KorQuAD paragraphs', () => {
  it.skipIf(!existsSync(KORQUAD))('loads all 961 records, keeping their text as body', async () => {
    const { articles, warnings } = await loadCorpus(KORQUAD);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(961);
    expect(articles.every((a) => a.sentences.length > 0)).toBe(true);
  });
});
