/**
 * The background applies "On toolbar click" (action.setPopup) when it hears the settings change,
 * a moment after the options page says "Saved.". A person never clicks that fast; a test does, so
 * it waits here until the toolbar button really opens the popup, or really does not.
 */
import type { DriverPage } from './driver.ts';

interface ActionApi {
  chrome: { action: { getPopup(details: object): Promise<string> } };
}

export async function waitForToolbarChoice(extensionPage: DriverPage, opensPopup: boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const popup = await extensionPage.evaluate(() => (globalThis as unknown as ActionApi).chrome.action.getPopup({}));
    if ((popup !== '') === opensPopup) return;
    if (Date.now() > deadline) throw new Error(`the toolbar button still ${opensPopup ? 'does not open' : 'opens'} the popup`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
