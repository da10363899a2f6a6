// A person sets the summary to five sentences and turns Places off on the options page; the next
// popup shows five summary sentences and no places, and the other kinds of name as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';

describe('summary length and entity kinds from the options', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;

  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('follows the chosen summary length and the kinds of name switched on', async () => {
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#summary-sentences');
    await options.fill('#summary-sentences', '5');
    await options.press('Tab');
    await options.click('#entity-places');
    // Saved as soon as changed; read back what the store holds before opening the popup.
    const saved = async (): Promise<boolean> =>
      options.evaluate(async () => {
        const store = (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, { summary?: { sentences: number }; entities?: { places: boolean } }>> } } } }).chrome.storage.sync;
        const settings = (await store.get('settings'))['settings'];
        return settings?.summary?.sentences === 5 && settings?.entities?.places === false;
      });
    for (let attempt = 0; attempt < 50 && !(await saved()); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await saved()).toBe(true);
    await options.close();

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.entities .entity');
    expect(await popup.evaluate(() => document.querySelectorAll('.summary-sentence').length)).toBe(5);
    const groups = await popup.evaluate(() => Array.from(document.querySelectorAll('.entities h3'), (el) => el.textContent));
    expect(groups).toEqual(['People', 'Organisations']);
    expect(await popup.text('.entities')).not.toContain('Pyongyang');
  });
});
