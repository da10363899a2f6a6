/**
 * Where the e2e browsers live, and one plain line when one is missing. `npm test` checks first
 * (scripts/check-browsers.ts) and the e2e config checks again (globalSetup), so a machine without
 * a browser stops at once with what to do, not with a stack of launch errors per test file.
 */
import { accessSync, constants, statSync } from 'node:fs';
import type { BrowserName } from './driver.ts';

export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  firefox: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
};

const HOW_TO_GET: Record<BrowserName, { label: string; apt: string; variable: string }> = {
  chromium: { label: 'Chromium', apt: 'chromium', variable: 'CHROMIUM_PATH' },
  firefox: { label: 'Firefox ESR', apt: 'firefox-esr', variable: 'FIREFOX_PATH' },
};

/** The browsers the e2e run uses: both, or the one PLAINSIGHT_BROWSER names. */
export function browsersToRun(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  const only = env['PLAINSIGHT_BROWSER'];
  return BROWSER_NAMES.filter((name) => !only || name === only);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** One line naming every missing browser and how to fix it, or null when all are there. */
export function missingBrowsersMessage(browsers: BrowserName[] = browsersToRun(), paths = BROWSER_PATHS): string | null {
  const missing = browsers.filter((name) => !isExecutableFile(paths[name]));
  if (missing.length === 0) return null;
  const found = BROWSER_NAMES.filter((name) => !missing.includes(name) && isExecutableFile(paths[name]));
  const what = missing.map((name) => `${HOW_TO_GET[name].label} (not at ${paths[name]})`).join(' and ');
  const install = missing.map((name) => `apt-get install ${HOW_TO_GET[name].apt} or set ${HOW_TO_GET[name].variable}=/path/to/it`).join('; ');
  const oneBrowser = found.length > 0 ? `, or run one browser: PLAINSIGHT_BROWSER=${found[0]} npm test` : ', or run one browser: PLAINSIGHT_BROWSER=chromium|firefox npm test';
  return `End-to-end tests need ${what}: ${install}${oneBrowser}.`;
}

/** vitest globalSetup for the e2e config: stop before any test file launches a browser. */
export default function checkBrowsers(): void {
  const message = missingBrowsersMessage();
  if (!message) return;
  console.error(message);
  process.exit(1);
}
