import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    // A guard against a hang, not a speed test: a busy two-core CI host must never fail a test for being slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
