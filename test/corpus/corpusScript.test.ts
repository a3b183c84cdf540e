import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

/** Runs `scripts/corpus.ts` the way `npm run corpus` does, from a directory other than the project root. */
async function corpus(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'corpus.ts'), ...args], { cwd: tmpdir() });
}

describe('scripts/corpus.ts', () => {
  it('--json prints one article per line from seeds/ (resolved from the script, not the cwd)', async () => {
    const { stdout } = await corpus(['--json', '--data', join(tmpdir(), 'no-data-here')]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]).sort()).toEqual(['author', 'date', 'id', 'origin', 'outlet', 'sentences', 'title', 'url']);
    expect(lines.map((a) => a.outlet)).toEqual([null, '동아일보', '서울경제TV', '조선비즈', '헤럴드경제']);
    expect(lines[0].date).toBe('2023-05-04');
    expect(lines.every((a) => Array.isArray(a.sentences) && typeof a.sentences[0] === 'string')).toBe(true);
  });

  it('--corpus PATH reads another corpus and reports bad lines on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-script-'));
    try {
      const file = join(dir, 'mine.jsonl');
      await writeFile(file, `${JSON.stringify({ id: 'x1', title: '제목', text: '본문이다.' })}\n{broken\n`);
      const { stdout, stderr } = await corpus(['--json', '--corpus', file, '--data', dir]);
      expect(stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['x1']);
      expect(stderr).toContain(`${file}:2`);
      const summary = await corpus(['--corpus', file, '--data', dir]);
      expect(summary.stdout).toContain('제목');
      expect(summary.stdout).toContain('본문이다.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists each article\'s origin: the folder file, or the server, who added it and when', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-origin-'));
    try {
      const server = join(dir, 'data', 'servers', '555555555555555501');
      await mkdir(server, { recursive: true });
      const origin = {
        kind: 'added',
        guildId: '555555555555555501',
        addedBy: '333333333333333333',
        addedByName: '편집자',
        addedAt: '2024-05-20T01:02:03.000Z',
        source: 'https://news.example.kr/a/1',
      };
      await writeFile(join(server, 'add-1.jsonl'), `${JSON.stringify({ id: 'add-1', title: '추가한 기사', text: '추가한 기사의 본문이다.', origin })}\n`);
      const { stdout } = await corpus(['--json', '--data', join(dir, 'data')]);
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(lines).toHaveLength(6);
      expect(lines[0].origin).toEqual({ kind: 'folder', file: '000_85b1e9931b288c99.txt' });
      expect(lines[5]).toMatchObject({ id: 'add-1', title: '추가한 기사', origin });
      const summary = await corpus(['--data', join(dir, 'data')]);
      expect(summary.stdout).toContain('출처: folder 000_85b1e9931b288c99.txt');
      expect(summary.stdout).toContain('출처: server 555555555555555501 · added by 편집자 (333333333333333333) · 2024-05-20T01:02:03.000Z');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
