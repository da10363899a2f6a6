import { defineConfig } from 'vitest/config';
import { browsersToRun } from './test/harness/browser-paths.ts';

// End-to-end tests: real browsers with the built extension. Every scenario runs once per browser
// (one vitest project each, the browser handed to the harness as PLAINSIGHT_BROWSER). One browser
// per file, files one at a time, so the two browsers never compete for the machine.
// PLAINSIGHT_BROWSER=firefox (or chromium) runs one browser only; so does `--project firefox`.
// A missing browser stops the run at once with one line (test/harness/browser-paths.ts).
const browsers = browsersToRun();

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    globalSetup: ['./test/harness/browser-paths.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: browsers.map((browser) => ({
      extends: true,
      test: { name: browser, include: ['test/e2e/**/*.test.ts'], env: { PLAINSIGHT_BROWSER: browser } },
    })),
  },
});
