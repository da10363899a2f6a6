import { defineConfig } from 'vitest/config';

// End-to-end tests: real browsers with the built extension. Every scenario runs once per browser
// (one vitest project each, the browser handed to the harness as PLAINSIGHT_BROWSER). One browser
// per file, files one at a time, so the two browsers never compete for the machine.
// PLAINSIGHT_BROWSER=firefox (or chromium) runs one browser only; so does `--project firefox`.
const BROWSERS = ['chromium', 'firefox'] as const;
const only = process.env['PLAINSIGHT_BROWSER'];
const browsers = BROWSERS.filter((browser) => !only || browser === only);

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: browsers.map((browser) => ({
      extends: true,
      test: { name: browser, include: ['test/e2e/**/*.test.ts'], env: { PLAINSIGHT_BROWSER: browser } },
    })),
  },
});
