/**
 * Progress of long work (a cold build, a snapshot write, an eval run) on standard error: a bar
 * redrawn in place on a terminal, a log line every few seconds otherwise, with counts and an
 * estimate of the time left. Quiet for work that ends within `quietMs`.
 */

export type ProgressStep = {
  /** `done` of the step's `total` units are finished. */
  update(done: number, total?: number): void;
  /** The step is over: the bar is finished (or a closing line logged, when anything was shown). */
  end(): void;
};

export type Progress = {
  /** Starts a step: `label` names it, `unit` names what is counted (articles, questions, MB). */
  step(label: string, total: number, unit?: string): ProgressStep;
};

export type ProgressOptions = {
  /** Where to write (default: process.stderr). */
  stream?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Nothing is shown for a step that ends sooner (default 1 000 ms). */
  quietMs?: number;
  /** Between log lines when the stream is not a terminal (default 5 000 ms). */
  logEveryMs?: number;
  /** Clock, for tests. */
  now?: () => number;
};

/** A progress that shows nothing (tests, library use). */
export const silentProgress: Progress = {
  step: () => ({ update: () => {}, end: () => {} }),
};

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

function formatSeconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * @example
 * const step = progressReporter().step('extracting facts', articles.length, 'articles');
 * for (...) step.update(i); step.end();
 * // terminal: "extracting facts [#########---------------] 18,000/48,050 articles 37% · ~9 s left"
 * // log:      "extracting facts: 18,000/48,050 articles (37%), ~9 s left"
 */
export function progressReporter(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const quietMs = options.quietMs ?? 1000;
  const logEveryMs = options.logEveryMs ?? 5000;
  const now = options.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  return {
    step(label, initialTotal, unit = '') {
      const started = now();
      let total = initialTotal;
      let done = 0;
      let shownAt = -Infinity;
      let shown = false;
      const describe = () => {
        const share = total > 0 ? Math.min(1, done / total) : 0;
        const elapsed = now() - started;
        const left = share > 0.01 ? (elapsed * (1 - share)) / share : undefined;
        const counts = `${count(done)}/${count(total)}${unit ? ` ${unit}` : ''}`;
        return { share, counts, left: left === undefined ? '' : `~${formatSeconds(left)} left` };
      };
      const show = (force: boolean) => {
        const t = now();
        if (!force && (t - started < quietMs || t - shownAt < (tty ? REDRAW_MS : logEveryMs))) return;
        shownAt = t;
        shown = true;
        const { share, counts, left } = describe();
        if (tty) {
          const filled = Math.round(share * BAR_WIDTH);
          const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
          const line = `${label} ${bar} ${counts} ${Math.round(share * 100)}%${left ? ` · ${left}` : ''}`;
          stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1)}\u001b[K`);
        } else {
          stream.write(`${label}: ${counts} (${Math.round(share * 100)}%)${left ? `, ${left}` : ''}\n`);
        }
      };
      return {
        update(value, newTotal) {
          done = value;
          if (newTotal !== undefined) total = newTotal;
          show(false);
        },
        end() {
          if (!shown) return;
          done = total;
          const took = formatSeconds(now() - started);
          if (tty) stream.write(`\r${label}: ${count(total)}${unit ? ` ${unit}` : ''} in ${took}\u001b[K\n`);
          else stream.write(`${label}: done, ${count(total)}${unit ? ` ${unit}` : ''} in ${took}\n`);
        },
      };
    },
  };
}
