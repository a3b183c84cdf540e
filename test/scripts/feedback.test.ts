/**
 * `npm run -s feedback` as a user runs it: votes recorded by the store, then the CLI's summary, the
 * most-often-wrong questions and the exported eval question set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/feedback/store.ts';
import { SeedQuestion } from '../../scripts/eval-answers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsbot-feedback-'));
  const store = new FeedbackStore(dir);
  const vote = (vote: 'up' | 'down', question: string, userId: string, answerId: string) =>
    store.record({ vote, question, answer: vote === 'down' ? '약 2,700억 원' : null, articleIds: ['a1'], guildId: '1', userId, answerId });
  expect(await vote('down', '랩허브 직원 수', 'u1', 'm1')).toBe('recorded');
  expect(await vote('down', '랩허브  직원 수', 'u2', 'm1')).toBe('recorded');
  expect(await vote('down', '랩허브 직원 수', 'u2', 'm1')).toBe('already-voted');
  expect(await vote('down', '대웅제약 매출', 'u1', 'm2')).toBe('recorded');
  expect(await vote('up', 'K-바이오 랩허브 예산', 'u1', 'm3')).toBe('recorded');
  // A torn last line (the bot killed mid-write) is skipped, not fatal.
  await appendFile(path.join(dir, 'feedback.jsonl'), '{"time": "2026');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runFeedback(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'feedback.ts'), '--data', dir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run feedback', () => {
  it('counts the votes and lists the questions most often marked wrong first', () => {
    const { code, stdout, stderr } = runFeedback([]);
    expect(code).toBe(0);
    expect(stdout).toContain('votes 4 (👍 1, 👎 3) on 3 answers, 2 users');
    const wrong = stdout.split('\n').filter((line) => line.includes('👎') && line.includes('×'));
    expect(wrong[0]).toContain('2× 👎');
    expect(wrong[0]).toContain('랩허브 직원 수');
    expect(wrong[1]).toContain('대웅제약 매출');
    expect(stderr).toContain('skipped 1 malformed');
  });

  it('--export writes the wrong questions as an eval question set', async () => {
    const file = path.join(dir, 'wrong.jsonl');
    const { code } = runFeedback(['--export', file]);
    expect(code).toBe(0);
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['랩허브 직원 수', '대웅제약 매출']);
    for (const line of lines) expect(SeedQuestion.safeParse(line).success).toBe(true);
  });

  it('--json prints the summary as one object', () => {
    const { stdout } = runFeedback(['--json']);
    expect(JSON.parse(stdout)).toMatchObject({ votes: 4, up: 1, down: 3 });
  });
});
