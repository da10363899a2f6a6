// A person exports their settings, resets, imports the file back and finds every setting as it
// was; a damaged file is refused with the reason and changes nothing; damaged stored settings
// leave the options page and the popup working with defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';

/** Every field changed from its default, so a round trip that loses any field fails. */
const EVERY_FIELD_CHANGED = {
  version: 2,
  autoClean: [{ pattern: '*://*.dawn.com/*', mode: 'declutter' }, { pattern: '*://*.urdupoint.com/*', mode: 'reader' }],
  toolbarAction: 'reader',
  siteTweaks: { 'dawn.com': { hide: ['.promo', 'aside.related'], keep: ['.byline-box'], keptRules: ['share-bar'] } },
  reader: { theme: 'sepia', font: 'nastaliq', fontSize: 24, lineHeight: 2, columnWidth: 44 },
  summary: { sentences: 5 },
  entities: { people: false, places: true, organizations: false },
  listen: { voice: 'English (America)', rate: 1.5 },
  save: { markdownFlavour: 'front-matter' },
};

/** The same settings as a version-1 file (before Listen and Save) holds them. */
const { listen: _listen, save: _save, ...VERSION_1_FILE } = { ...EVERY_FIELD_CHANGED, version: 1 };

interface ChromeStorage {
  chrome: { storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }; local: { get(key: string): Promise<Record<string, unknown>> } } };
}

describe('settings file and damaged settings', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let options: DriverPage;

  const reopenOptions = async (): Promise<void> => {
    await options.close();
    options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#site-input');
  };
  const exported = async (): Promise<unknown> => {
    const file = await options.download('#export');
    expect(file.name).toBe('plainsight-settings.json');
    return JSON.parse(file.text);
  };

  beforeAll(async () => {
    scenario = await startScenario();
    options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#site-input');
  });
  afterAll(async () => scenario?.close());

  it('exports what the person set on the page', async () => {
    await options.click('#toolbar-action-reader');
    await options.selectOption('#reader-theme', 'dark');
    await options.fill('#summary-sentences', '6');
    await options.press('Tab');
    await options.click('#entity-places');
    // Saving is asynchronous: wait until the last change is in storage.
    await expect
      .poll(() => options.evaluate(async () => ((await (globalThis as unknown as ChromeStorage).chrome.storage.sync.get('settings'))['settings'] as { entities?: { places?: boolean } } | undefined)?.entities?.places))
      .toBe(false);
    expect(await exported()).toMatchObject({ toolbarAction: 'reader', reader: { theme: 'dark' }, summary: { sentences: 6 }, entities: { people: true, places: false } });
  });

  it('saves per-site tweaks, naming a bad selector instead of saving it', async () => {
    await options.fill('#tweaks-host', 'https://www.dawn.com/news/1');
    await options.click('#tweaks-host-add');
    await options.waitFor('#tweaks-0-hide');
    await options.fill('#tweaks-0-hide', '.promo\ndiv[[bad');
    await options.click('#tweaks-0-save');
    expect(await options.text('#tweaks-0-error')).toBe('Line 2 is not a valid CSS selector: div[[bad');
    expect(await exported()).toMatchObject({ siteTweaks: { 'www.dawn.com': { hide: [], keep: [] } } });
    await options.fill('#tweaks-0-hide', '.promo\naside.related');
    await options.fill('#tweaks-0-keep', '.byline-box');
    await options.click('#tweaks-0-save');
    await expect.poll(() => options.text('#tweaks-0-error')).toBe('');
    await expect.poll(exported).toMatchObject({ siteTweaks: { 'www.dawn.com': { hide: ['.promo', 'aside.related'], keep: ['.byline-box'], keptRules: [] } } });
  });

  it('imports a file with every setting changed, and exports it back unchanged', async () => {
    await options.chooseFile('#import-file', { name: 'mine.json', text: JSON.stringify(EVERY_FIELD_CHANGED) });
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Settings imported.');
    expect(await exported()).toEqual(EVERY_FIELD_CHANGED);
    // The page shows them, too, and still does after a reload.
    await reopenOptions();
    expect(await options.evaluate(() => document.querySelector<HTMLSelectElement>('#reader-theme')?.value)).toBe('sepia');
    expect(await options.text('#site-list')).toContain('dawn.com');
    // Imported sites were never allowed by the browser: the page says so and offers to ask.
    expect(await options.text('#site-list')).toContain('not allowed yet');
  });

  it('imports a version-1 file: every field kept, Listen and Save at their defaults', async () => {
    await options.chooseFile('#import-file', { name: 'old.json', text: JSON.stringify(VERSION_1_FILE) });
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Settings imported.');
    expect(await exported()).toEqual({ ...VERSION_1_FILE, version: 2, listen: { voice: '', rate: 1 }, save: { markdownFlavour: 'plain' } });
    // Back to the file with every field changed, which the next scenarios expect to find.
    await options.chooseFile('#import-file', { name: 'mine.json', text: JSON.stringify(EVERY_FIELD_CHANGED) });
    await expect.poll(exported).toEqual(EVERY_FIELD_CHANGED);
  });

  it('refuses a broken file, says why, and changes nothing', async () => {
    await options.chooseFile('#import-file', { name: 'broken.json', text: '{"version": 1, "reader": ' });
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Nothing was imported') ?? false);
    expect(await options.text('#status')).toContain('not valid JSON');
    await options.chooseFile('#import-file', { name: 'wrong.json', text: JSON.stringify({ ...EVERY_FIELD_CHANGED, toolbarAction: 'explode', reader: { fontSize: 'huge' } }) });
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('toolbarAction') ?? false);
    expect(await options.text('#status')).toContain('reader.fontSize: expected a number from 14 to 32, got "huge"');
    expect(await exported()).toEqual(EVERY_FIELD_CHANGED);
  });

  it('keeps settings too big for sync storage in local storage', async () => {
    // Chrome's sync storage takes at most 8 KB per item; these tweaks alone are about 12 KB.
    const hide = Array.from({ length: 400 }, (_, index) => `.sponsored-block-${index}`);
    const big = { ...EVERY_FIELD_CHANGED, siteTweaks: { 'dawn.com': { hide, keep: [], keptRules: [] } } };
    await options.chooseFile('#import-file', { name: 'big.json', text: JSON.stringify(big) });
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Settings imported.');
    const stored = await options.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('settingsInLocal'));
    expect(stored).toEqual({ settingsInLocal: true });
    await reopenOptions();
    expect(await options.evaluate(() => document.querySelector<HTMLTextAreaElement>('#tweaks-0-hide')?.value.split('\n').length)).toBe(400);
    expect(await exported()).toEqual(big);
  });

  it('resets to defaults after asking', async () => {
    await options.click('#reset');
    await options.click('#reset-confirm');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'All settings are back to their defaults.');
    expect(await exported()).toMatchObject({ autoClean: [], toolbarAction: 'popup', siteTweaks: {}, reader: { theme: 'system', font: 'serif' } });
  });

  it('with damaged stored settings, the options page and the popup work with defaults', async () => {
    await options.evaluate(() =>
      (globalThis as unknown as ChromeStorage).chrome.storage.sync.set({ settings: { version: 1, autoClean: 'everything', toolbarAction: 42, reader: { theme: 'neon', fontSize: 22 } } }),
    );
    await reopenOptions();
    expect(await options.text('#status')).toContain('Some stored settings were damaged');
    expect(await options.evaluate(() => document.querySelector<HTMLSelectElement>('#reader-theme')?.value)).toBe('system');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#reader-font-size')?.value)).toBe('22');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#toolbar-action-popup')?.checked)).toBe(true);
    expect(options.events.consoleErrors).toEqual([]);

    await options.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.sync.set({ settings: 'not even an object' }));
    await reopenOptions();
    expect(await options.text('#site-list')).toContain('No sites yet.');

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('#always-clean');
    expect(await popup.text()).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    expect(await popup.text()).toContain('Always clean this site');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#always-clean')?.checked)).toBe(false);
    expect(popup.events.consoleErrors).toEqual([]);
  });
});
