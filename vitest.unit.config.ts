import { defineConfig } from 'vitest/config';

// Unit tests of the pure core and the entry points' logic, in jsdom.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'jsdom',
    testTimeout: 30_000,
  },
});
