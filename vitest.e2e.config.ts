import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One browser per file, files one at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
