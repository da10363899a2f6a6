// A person tunes declutter for one site: on the options page they list a block to hide and one
// never to hide; in the popup they say "Never here" to a rule. Declutter follows all three, and
// the choice made in the popup is still there after a reload and shows on the options page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { isVisible } from '../harness/visible.ts';

interface ChromeStorage {
  chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
}
type StoredTweaks = Record<string, { hide: string[]; keep: string[]; keptRules: string[] }>;


describe('per-site declutter tweaks', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let host: string;

  const storedTweaks = async (options: DriverPage): Promise<StoredTweaks> =>
    options.evaluate(async () => {
      const stored = (await (globalThis as unknown as ChromeStorage).chrome.storage.sync.get('settings'))['settings'] as { siteTweaks?: StoredTweaks } | undefined;
      return stored?.siteTweaks ?? {};
    });

  const declutterFromPopup = async (): Promise<{ page: DriverPage; popup: DriverPage }> => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.title');
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count');
    return { page, popup };
  };

  beforeAll(async () => {
    scenario = await startScenario();
    host = new URL(scenario.server.origin).hostname;
  });
  afterAll(async () => scenario?.close());

  it('hides what the options page lists for the site, and keeps what it says never to hide', async () => {
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#tweaks-host');
    await options.fill('#tweaks-host', host);
    await options.click('#tweaks-host-add');
    await options.waitFor('#tweaks-0-hide');
    await options.fill('#tweaks-0-hide', '.logo');
    await options.fill('#tweaks-0-keep', '.prayer-timings');
    await options.click('#tweaks-0-save');
    await expect.poll(async () => (await storedTweaks(options))[host]?.keep).toEqual(['.prayer-timings']);
    await options.close();

    const { page, popup } = await declutterFromPopup();
    expect(await isVisible(page, '.logo')).toBe(false);
    expect(await isVisible(page, '.prayer-timings')).toBe(true);
    expect(await page.text()).toContain('Prayer Timings in Islamabad');
    expect(await page.text()).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    expect(await isVisible(page, '.recent-stories')).toBe(false);
    await popup.close();
    await page.close();
  });

  it('"Never here" stops a rule on this site, now and after a reload', async () => {
    const { page, popup } = await declutterFromPopup();
    const ruleOf = (kind: string): Promise<string> =>
      popup.evaluate((wanted) => {
        const item = Array.from(document.querySelectorAll('.hidden-block')).find((li) => li.querySelector('.block-kind')?.textContent === wanted);
        return item?.querySelector('.block-rule')?.textContent ?? '';
      }, kind);
    const rule = await ruleOf('share bar');
    expect(rule).not.toBe('');
    expect(await page.text()).not.toContain('Share on Facebook');

    await popup.evaluate((wanted) => {
      const item = Array.from(document.querySelectorAll('.hidden-block')).find((li) => li.querySelector('.block-rule')?.textContent === wanted);
      item?.querySelector<HTMLButtonElement>('.block-never')?.click();
    }, rule);
    await popup.waitForFunction((wanted) => !Array.from(document.querySelectorAll('.block-rule')).some((el) => el.textContent === wanted), rule);
    expect(await page.text()).toContain('Share on Facebook');
    expect(await page.text()).not.toContain('Recent Stories');
    await popup.close();
    await page.close();

    const again = await declutterFromPopup();
    expect(await again.popup.evaluate((wanted) => Array.from(document.querySelectorAll('.block-rule')).some((el) => el.textContent === wanted), rule)).toBe(false);
    expect(await again.page.text()).toContain('Share on Facebook');
    await again.popup.close();
    await again.page.close();

    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#tweaks-host');
    expect(await options.text(`.tweaks-host[data-host="${host}"] .kept-rules`)).toContain(rule);
    await options.close();
  });
});
