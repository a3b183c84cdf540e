import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed fast-check seed for every property (printed on failure).
    setupFiles: ['test/setup.ts'],
    // Two cores on every machine: keep the pool small so network tests keep their timing.
    maxWorkers: 2,
    // A guard against hangs, not a speed check: generous, so a busy machine never fails a good run.
    testTimeout: 60_000,
  },
});
