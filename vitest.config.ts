import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup.ts'],
    pool: 'threads',
    // fake-indexeddb is slow and the machine is shared: a timeout here is never a speed assertion
    testTimeout: 60_000,
  },
});
