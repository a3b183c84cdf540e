import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed fast-check seed for every property (printed on failure).
    setupFiles: ['test/setup.ts'],
    // Two cores on every machine: keep the pool small so network tests keep their timing.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
