import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed fast-check seed for every property (printed on failure).
    setupFiles: ['test/setup.ts'],
    // Two cores on every machine: keep the pool small so network tests keep their timing.
    maxWorkers: 2,
    // Generous bounds, not speed checks: on a busy 2-core machine a child process or a property test can
    // take many times its usual time, and a timeout there would reject good work at random.
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
