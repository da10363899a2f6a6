/** Picks the browser for end-to-end scenarios: PLAINSIGHT_BROWSER=chromium (default) or firefox. */
import { resolve } from 'node:path';
import type { BrowserName, ExtensionDriver, LaunchOptions } from './driver.ts';
import { launchChromiumDriver } from './chromium-driver.ts';
import { startServer, type StaticServer } from './server.ts';

export const FIXTURE_PAGES = resolve('test/fixtures/pages');

export function selectedBrowser(): BrowserName {
  return process.env['PLAINSIGHT_BROWSER'] === 'firefox' ? 'firefox' : 'chromium';
}

export async function launchDriver(browser: BrowserName = selectedBrowser(), options: LaunchOptions = {}): Promise<ExtensionDriver> {
  if (browser === 'firefox') throw new Error('Firefox driver not available yet');
  return launchChromiumDriver(undefined, options);
}

/** The browser with the extension plus a local server for test pages: what every e2e file needs. */
export async function startScenario(options: LaunchOptions = {}): Promise<{ driver: ExtensionDriver; server: StaticServer; close(): Promise<void> }> {
  const server = await startServer(FIXTURE_PAGES);
  const driver = await launchDriver(selectedBrowser(), options);
  return {
    driver,
    server,
    async close() {
      await driver.close();
      await server.close();
    },
  };
}
