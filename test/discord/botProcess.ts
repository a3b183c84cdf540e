/**
 * `npm start` (index.ts) as a child process, for the tests that drive the real entry point against the
 * local fake Discord: started from any folder, its output collected, killed for sure when a test ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ID, FAKE_TOKEN, type FakeDiscord } from './fake-discord.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const INDEX = path.join(ROOT, 'index.ts');
/** tsx's loader by file URL: `--import tsx` would be looked up from the working directory. */
export const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** The environment a bot needs to reach the fake Discord at `apiBase`, plus `extra`. */
export function botEnv(apiBase: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: apiBase, ...extra };
}

export type BotProcess = {
  child: ChildProcess;
  /** Everything the bot wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Resolves when the bot identified on the gateway; rejects (with its output) if it exits first. */
  identified: (fake: FakeDiscord, timeoutMs: number) => Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop: (graceMs?: number) => Promise<number | null>;
  /** SIGKILL if still running and clear the safety timer: call in `finally`. */
  dispose: () => void;
};

/** Starts `index.ts` in `cwd` with `env`; killed after `killAfterMs` whatever happens. */
export function spawnBot(options: { env: NodeJS.ProcessEnv; cwd?: string; killAfterMs?: number }): BotProcess {
  const child = spawn(process.execPath, ['--import', TSX, INDEX], {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 80_000);
  const dispose = () => {
    clearTimeout(killer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return {
    child,
    output: () => output,
    exited,
    identified: (fake, timeoutMs) =>
      Promise.race([
        fake.identified(timeoutMs),
        exited.then((code) => {
          throw new Error(`bot exited (${code}) before identifying:\n${output}`);
        }),
      ]),
    stop: async (graceMs = 15_000) => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    dispose,
  };
}
