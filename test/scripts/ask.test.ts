/**
 * The `ask` CLI as a user runs it: a child process, its stdout, its exit code.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASK = path.join(ROOT, 'scripts', 'ask.ts');

function runAsk(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ASK, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints the answer, its sentence and its article readably', () => {
    const { code, stdout } = runAsk(['K-바이오 랩허브 예산']);
    expect(code).toBe(0);
    expect(stdout).toContain('약 2,700억 원');
    expect(stdout).toContain('중소벤처기업부, 미국 순방 통해');
  });

  it('--json prints one object in the documented shape', () => {
    const { code, stdout } = runAsk(['--json', '--top', '2', '랩허브 완공 시기']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ query: '랩허브 완공 시기', found: true });
    expect(answer.answer).toContain('2025년');
    expect(answer.citations).toHaveLength(2);
    for (const citation of answer.citations) {
      expect(Object.keys(citation)).toEqual(expect.arrayContaining(['articleId', 'title', 'outlet', 'date', 'text', 'score']));
    }
    for (const fact of answer.facts) {
      expect(Object.keys(fact)).toEqual(expect.arrayContaining(['type', 'text', 'value', 'unit', 'articleId', 'sentence']));
    }
  });

  it('without a question reads standard input, one JSON line per line, bad lines included', () => {
    const { code, stdout } = runAsk(['--json'], '랩헙 예산\n\n기준금리 인상\n🙂\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['랩헙 예산', '', '기준금리 인상', '🙂']);
    expect(lines.map((line) => line.found)).toEqual([true, false, false, false]);
    expect(lines[1].problem.kind).toBe('empty');
  });

  it('an empty, emoji-only or over-long question alone exits with 2 and a clear message', () => {
    for (const question of ['   ', '🙂🙂', '가'.repeat(501)]) {
      const { code, stderr } = runAsk([question]);
      expect(code, question).toBe(2);
      expect(stderr.length).toBeGreaterThan(0);
    }
  });

  it('--corpus replaces the seeds', () => {
    const { stdout } = runAsk(['--json', '--corpus', path.join(ROOT, 'test', 'scripts', 'fixtures', 'tiny.jsonl'), '제주 감귤 수확량']);
    const answer = JSON.parse(stdout);
    expect(answer.found).toBe(true);
    expect(answer.citations[0].articleId).toBe('tiny-1');
  });
});
