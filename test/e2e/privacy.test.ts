// Privacy: while each feature is used, every request the page, the popup and the extension's
// background make stays on the test page's own origin (or is the extension loading its own files).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import { SECURITY_ACTIONS } from './security/actions.ts';

describe('no request leaves the page origin while Plainsight is used', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it.each(SECURITY_ACTIONS.map((action) => [action.name, action] as const))('%s', async (_name, action) => {
    const { driver, server } = scenario;
    const page = await driver.newPage();
    // A query per action: the harness finds a tab by URL, and the previous action's tab may still be closing.
    await page.goto(server.url(`/urdupoint-kim-shoigu/source.html?action=${encodeURIComponent(action.name)}`));
    const pageBefore = page.events.requests.length;
    const backgroundBefore = driver.backgroundRequests().length;
    const tabId = await driver.clickToolbar(page);
    const result = await action.run({ driver, page, tabId });
    await new Promise((done) => setTimeout(done, 500));
    expect(result.text.length).toBeGreaterThan(0);

    const ours = (url: string): boolean => url.startsWith(`${server.origin}/`) || url.startsWith(driver.extensionBaseUrl) || url.startsWith('data:');
    const requests = [
      ...page.events.requests.slice(pageBefore),
      ...driver.backgroundRequests().slice(backgroundBefore),
      ...result.extensionPages.flatMap((extensionPage) => extensionPage.events.requests),
    ];
    expect(requests.filter((url) => !ours(url))).toEqual([]);
    await action.undo?.({ driver, page, tabId });
    for (const extensionPage of result.extensionPages) await extensionPage.close();
    await page.close();
  });
});
