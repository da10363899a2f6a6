// A person opens Plainsight's options, adds the (local) news site they read to auto-clean, and its
// article opens in reader view as soon as it loads; removes it, and the next load is untouched.
// They change reader view's look and see an open reader follow; export, reset and import their
// settings; and with damaged stored settings the options page and popup still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import { waitForToolbarChoice } from '../harness/toolbar-choice.ts';
import type { DriverPage } from '../harness/driver.ts';

const ARTICLE = '/urdupoint-kim-shoigu/source.html';
const TITLE = 'Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang';
const SITE_ORIGIN = '*://127.0.0.1/*';

/** What extension pages can call; typed here because scenarios run them through `evaluate`. */
interface ChromeApis {
  chrome: {
    storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  };
}

describe('options page and auto-clean', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let options: DriverPage;

  const waitForReader = async (page: DriverPage): Promise<string> => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const text = await scenario.driver.readerText(page);
      if (text) return text;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('reader view did not open');
  };

  const status = (): Promise<string> => options.text('#status');
  const extensionBase = (): string => scenario.driver.extensionBaseUrl;
  /** A bundled font's address: the fixed extension URL, or Chrome's per-session dynamic one (a UUID host). */
  const isExtensionFont = (url: string): boolean => /\/fonts\/[\w-]+\.woff2$/.test(url) && (url.startsWith(extensionBase()) || /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f-]{27}\//.test(url));

  beforeAll(async () => {
    scenario = await startScenario();
    options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#site-input');
  });
  afterAll(async () => scenario?.close());

  it('explains a bad site and adds nothing', async () => {
    await options.fill('#site-input', '127.0.0.1:8080');
    await options.click('#site-add');
    expect(await options.text('#site-error')).toContain('Leave out the port');
    await options.fill('#site-input', '<all_urls>');
    await options.click('#site-add');
    expect(await options.text('#site-error')).toContain('far more than one site');
    expect(await options.text('#site-list')).toContain('No sites yet.');
  });

  it('adds the site after the browser allows it, and its article opens in reader view without a click', async () => {
    await scenario.driver.allowSiteAccess(SITE_ORIGIN);
    await options.fill('#site-input', '127.0.0.1');
    await options.click('#site-add');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Added 127.0.0.1.');
    const list = await options.text('#site-list');
    expect(list).toContain('127.0.0.1');
    expect(list).not.toContain('not allowed yet');

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    const reader = await waitForReader(page);
    expect(reader).toContain(TITLE);
    expect(reader).not.toContain('Recent Stories');
    // Reader view covers the page; the page itself is visible again underneath (nothing left hidden).
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    await page.close();
  });

  it('removes the site, gives its permission back, and the next load is untouched', async () => {
    await options.click('#site-remove-0');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Removed 127.0.0.1') ?? false);
    expect(await options.evaluate((origin) => (globalThis as unknown as ChromeApis).chrome.permissions.contains({ origins: [origin] }), SITE_ORIGIN)).toBe(false);

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // Long enough for an auto-clean run (it starts at DOMContentLoaded, before `load`) to have shown.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await scenario.driver.readerText(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.text()).toContain('Recent Stories');
    await page.close();
  });

  it('an open reader view follows theme and font changes live, with the bundled font from the extension', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    const tabId = await scenario.driver.clickToolbar(page);
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Reader view');
    await page.bringToFront();
    await waitForReader(page);
    expect(await scenario.driver.readerSnapshot(page)).toMatchObject({ theme: 'light', background: 'rgb(251, 250, 247)' });

    await options.bringToFront();
    await options.selectOption('#reader-theme', 'dark');
    await expect.poll(() => scenario.driver.readerSnapshot(page)).toMatchObject({ theme: 'dark', background: 'rgb(27, 28, 30)', color: 'rgb(230, 227, 220)' });
    await options.selectOption('#reader-theme', 'sepia');
    await options.selectOption('#reader-font', 'nastaliq');
    await options.fill('#reader-font-size', '24');
    await options.press('Tab');
    await expect.poll(() => scenario.driver.readerSnapshot(page)).toMatchObject({ theme: 'sepia', background: 'rgb(244, 236, 216)', fontSize: '24px' });
    expect((await scenario.driver.readerSnapshot(page))?.fontFamily).toContain('Plainsight Nastaliq Urdu');
    await expect.poll(() => page.events.requests.filter((url) => url.includes('/fonts/noto-nastaliq-urdu-')).length).toBeGreaterThan(0);
    for (const url of page.events.requests) expect(isExtensionFont(url) || url.startsWith(extensionBase()) || /^(http:\/\/127\.0\.0\.1:|data:)/.test(url)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('opens reader view straight from the toolbar when the person chooses that', async () => {
    await options.click('#toolbar-action-reader');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Saved.');
    await waitForToolbarChoice(options, false);
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    await scenario.driver.clickToolbar(page);
    expect(await waitForReader(page)).toContain(TITLE);
    await page.close();
    await options.click('#toolbar-action-popup');
    await waitForToolbarChoice(options, true);
  });

  it('labels every control, reaches each by keyboard, and shows where focus is', async () => {
    const controls = await options.evaluate(() => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea, button'));
      all.forEach((el, index) => (el.dataset['probe'] = String(index)));
      const named = (el: HTMLElement): boolean =>
        Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || ((el as HTMLInputElement).labels?.length ?? 0) > 0 || (el.tagName === 'BUTTON' && el.textContent?.trim()));
      return {
        unnamed: all.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 100)),
        reachable: all.filter((el) => !(el as HTMLButtonElement).disabled && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)).map((el) => el.dataset['probe'] ?? ''),
      };
    });
    expect(controls.unnamed).toEqual([]);
    // Start at the page's first control: after blur() browsers continue from the last focused
    // element, and past the last control Firefox moves on into its own toolbar.
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.bringToFront();
    const first = await options.evaluate(() => {
      const el = document.querySelector<HTMLElement>('input, select, textarea, button');
      el?.focus();
      return el?.dataset['probe'] ?? null;
    });
    const reached = new Set<string>(first ? [first] : []);
    const unringed: string[] = [];
    // One pass is enough; stop there (focus wrapping back from Firefox's toolbar shows no ring).
    for (let step = 0; step < controls.reachable.length + 5 && reached.size < controls.reachable.length; step += 1) {
      await options.press('Tab');
      const focused = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.dataset['probe']) return null;
        return { probe: el.dataset['probe'], ring: getComputedStyle(el).outlineStyle !== 'none' || el.matches('input[type=file]') };
      });
      if (!focused) continue;
      reached.add(focused.probe);
      if (!focused.ring) unringed.push(focused.probe);
    }
    expect(reached.size).toBeGreaterThan(30);
    expect(controls.reachable.filter((probe) => !reached.has(probe))).toEqual([]);
    expect(unringed).toEqual([]);
  });

  it('the popup switch "Always clean this site" adds the site, and its next page is cleaned without a click', async () => {
    await scenario.driver.allowSiteAccess(SITE_ORIGIN);
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('#always-clean');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#always-clean')?.checked)).toBe(false);
    await popup.click('#always-clean');
    await popup.waitForFunction(() => document.querySelector('#always-clean-note')?.textContent === 'Plainsight cleans 127.0.0.1 as soon as a page loads.');
    await page.goto(scenario.server.url(ARTICLE));
    expect(await waitForReader(page)).toContain(TITLE);

    // Off again: the site leaves the list (the options page shows it) and its permission is given back.
    const popupAgain = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popupAgain.waitFor('#always-clean');
    expect(await popupAgain.evaluate(() => document.querySelector<HTMLInputElement>('#always-clean')?.checked)).toBe(true);
    await popupAgain.click('#always-clean');
    await expect.poll(() => options.evaluate((origin) => (globalThis as unknown as ChromeApis).chrome.permissions.contains({ origins: [origin] }), SITE_ORIGIN)).toBe(false);
    await expect.poll(() => options.text('#site-list')).toContain('No sites yet.');
    await popup.close();
    await popupAgain.close();
    await page.close();
  });

  it('shows an Urdu article in the bundled Nastaliq font, loaded from the extension and never from the web', async () => {
    const sentence = 'وزیر اعظم نے آج دارالحکومت میں اعلیٰ حکام سے ملاقات کی اور تجارت، سلامتی اور آنے والے موسم پر تبادلہ خیال کیا۔';
    scenario.server.route('/urdu-article.html', `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>دورہ</title></head><body><article><h1>وزیر اعظم کا دورہ</h1>${`<p>${sentence}</p>`.repeat(6)}</article></body></html>`);
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdu-article.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.title');
    await popup.clickText('Reader view');
    await page.bringToFront();
    expect(await waitForReader(page)).toContain(sentence);
    expect((await scenario.driver.readerSnapshot(page))?.fontFamily).toMatch(/^"Plainsight Nastaliq Urdu"/);
    const file = 'fonts/noto-nastaliq-urdu-arabic-400-normal.woff2';
    await expect.poll(() => page.events.requests.some((url) => isExtensionFont(url) && url.endsWith(file))).toBe(true);
    for (const url of page.events.requests) expect(isExtensionFont(url) || url.startsWith(extensionBase()) || url.startsWith('http://127.0.0.1:')).toBe(true);
    if (scenario.driver.browserName === 'chromium') {
      // use_dynamic_url: the page gets the font through a per-session address, and the fixed one
      // (which would tell any page that Plainsight is installed) refuses the page.
      expect(page.events.requests.some((url) => url.endsWith(file) && !url.startsWith(extensionBase()))).toBe(true);
      const probe = await page.evaluate((url: string) => fetch(url).then((response) => `status ${response.status}`, () => 'refused'), `${extensionBase()}${file}`);
      expect(probe).toBe('refused');
    }
    await popup.close();
    await page.close();
  });
});
