/**
 * The CLIs started as an unlucky operator would: an index cache that cannot be written, another
 * working directory, a corpus path that does not exist, an empty corpus folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** tsx's loader by file URL: `--import tsx` would be looked up from the working directory. */
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const scratch = mkdtempSync(path.join(tmpdir(), 'startup-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a script from `scratch` (not the project), with `env` added. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts', script), ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ask and corpus, started from another folder', () => {
  it('an index cache that cannot be written (its folder under a regular file): one warning, the answer still comes', () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const { code, stdout, stderr } = run('ask.ts', ['--json', 'K-바이오 랩허브 예산'], { CACHE_DIR: path.join(file, 'cache') });
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).answer).toContain('2,700억');
    const warnings = stderr.split('\n').filter((line) => line.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('index cache not usable');
  });

  it('the default corpus and cache are the project\'s, not the working directory\'s', () => {
    const { code, stdout, stderr } = run('ask.ts', ['--json', 'K-바이오 랩허브 예산']);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).found).toBe(true);
    const corpus = run('corpus.ts', ['--json']);
    expect(corpus.code).toBe(0);
    expect(corpus.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('a corpus path that does not exist: exit 1 and a message naming it', () => {
    const missing = path.join(scratch, 'no-such-corpus');
    for (const [script, args] of [['ask.ts', ['--corpus', missing, '질문']], ['corpus.ts', ['--corpus', missing]]] as const) {
      const { code, stdout, stderr } = run(script, [...args]);
      expect(code, script).toBe(1);
      expect(stderr).toContain(`corpus not found: ${missing}`);
      expect(stdout).toBe('');
    }
  });

  it('an empty corpus folder starts with a warning and answers "not found"', () => {
    const empty = path.join(scratch, 'empty-corpus');
    mkdirSync(empty);
    const { code, stdout, stderr } = run('ask.ts', ['--json', '--corpus', empty, '랩허브 예산'], { CACHE_DIR: path.join(scratch, 'cache') });
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).found).toBe(false);
    expect(stderr).toContain('can be added later');
  });
});
