import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/progress.ts';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 120, write: (text: string) => written.push(text) }, written };
}

describe('progressReporter', () => {
  it('logs a line every few seconds with counts, share and time left when not on a terminal', () => {
    let now = 0;
    const { stream, written } = fakeStream(false);
    const step = progressReporter({ stream, now: () => now, quietMs: 1000, logEveryMs: 5000 }).step('extracting facts', 48_050, 'articles');
    now = 500;
    step.update(1_000);
    expect(written).toEqual([]); // quiet at first
    now = 2000;
    step.update(12_000);
    now = 3000;
    step.update(13_000); // within logEveryMs of the last line
    now = 8000;
    step.update(24_025);
    step.end();
    expect(written).toEqual([
      'extracting facts: 12,000/48,050 articles (25%), ~6 s left\n',
      'extracting facts: 24,025/48,050 articles (50%), ~8 s left\n',
      'extracting facts: done, 48,050 articles in 8 s\n',
    ]);
  });

  it('redraws one bar in place on a terminal and ends it with a line', () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const step = progressReporter({ stream, now: () => now }).step('indexing', 100, 'passages');
    now = 1500;
    step.update(50);
    now = 1550;
    step.update(60); // too soon to redraw
    now = 1700;
    step.update(75);
    step.end();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\rindexing \[#{12}-{12}\] 50\/100 passages 50% · ~2 s left/u);
    expect(written[1]).toContain('75/100');
    expect(written[2]).toMatch(/^\rindexing: 100 passages in 2 s/u);
  });

  it('shows nothing for work that ends quickly', () => {
    const { stream, written } = fakeStream(false);
    const step = progressReporter({ stream, now: () => 0 }).step('reading corpus', 10);
    step.update(10);
    step.end();
    expect(written).toEqual([]);
  });
});
