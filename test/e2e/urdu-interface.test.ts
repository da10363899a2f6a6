// A person whose browser speaks Urdu: the popup and the options page are in Urdu, laid out right to
// left, in the bundled Nastaliq font, with numbers formatted for Urdu. Pick mode's help speaks Urdu too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';

interface PageLanguage {
  lang: string;
  dir: string;
  font: string;
  uiLanguage: string;
}

describe('interface in Urdu', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;

  beforeAll(async () => {
    scenario = await startScenario({ locale: 'ur' });
  });
  afterAll(async () => scenario?.close());

  const languageOf = async (page: Awaited<ReturnType<typeof scenario.driver.newPage>>): Promise<PageLanguage> =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      font: getComputedStyle(document.body).fontFamily,
      uiLanguage: (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    }));

  it('shows the popup in Urdu, right to left, in Nastaliq', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.title');
    await popup.waitFor('.section-declutter button');
    const language = await languageOf(popup);
    expect(language.uiLanguage).toMatch(/^ur/);
    expect(language).toMatchObject({ dir: 'rtl' });
    expect(language.lang).toMatch(/^ur/);
    expect(language.font).toContain('Plainsight Nastaliq Urdu');
    const text = await popup.text();
    for (const words of ['ریڈر ویو', 'صفحے سے بے ترتیبی ہٹائیں', 'کچھ اور چھپائیں…', 'خلاصہ', 'اشاعت', 'طوالت']) expect(text).toContain(words);
    // The date in the page is the site's own words; the word count is formatted for Urdu.
    expect(text).toContain('الفاظ');
    expect(text).not.toContain('Reader view');
    // The Nastaliq font is really in use for the interface text, from the extension's own files.
    await expect.poll(() => popup.evaluate(() => document.fonts.check('16px "Plainsight Nastaliq Urdu"', 'ریڈر'))).toBe(true);

    await popup.clickText('صفحے سے بے ترتیبی ہٹائیں');
    await popup.waitFor('.declutter-count');
    expect(await popup.text('.declutter-count')).toMatch(/حصے چھپائے گئے$/);

    // Pick mode's help, in the page, speaks Urdu right to left too.
    await popup.clickText('کچھ اور چھپائیں…');
    await popup.waitFor('.pick-status');
    const overlay = () =>
      scenario.driver.inClosedShadow<{ dir: string; hint: string }>(page, 'plainsight-pick', "function () { const layer = this.querySelector('.layer'); return { dir: layer.dir, hint: this.querySelector('.hint').textContent }; }");
    await expect.poll(async () => (await overlay())?.dir).toBe('rtl');
    expect((await overlay())?.hint).toContain('چھپانے کے لیے حصہ چنیں');
    await page.press('Escape');
    await popup.close();
    await page.close();
  });

  it('lays the options page out right to left in Urdu', async () => {
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#tweaks-host');
    expect(await languageOf(options)).toMatchObject({ dir: 'rtl' });
    const text = await options.text();
    expect(text).toContain('خودکار صفائی والی سائٹیں');
    expect(text).toContain('ریڈر ویو کی شکل');
    // Right to left for real: the page's first heading starts at the right edge.
    const box = await options.evaluate(() => {
      const heading = document.querySelector('h1') as HTMLElement;
      const rect = heading.getBoundingClientRect();
      return { right: window.innerWidth - rect.right, left: rect.left };
    });
    expect(box.right).toBeLessThan(box.left);
    await options.close();
  });

  it("labels reader view's own controls in Urdu, whatever the article's language", async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.title');
    await popup.clickText('ریڈر ویو');
    await popup.close();
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('plainsight-reader')?.getAttribute('data-state') === 'ready');
    const controls = await scenario.driver.readerCall<string[]>(page, "function () { return Array.from(this.querySelectorAll('.toolbar button')).map((button) => button.textContent.trim()); }");
    expect(controls).toContain('ریڈر ویو بند کریں');
    expect(controls).toContain('مارک ڈاؤن کے طور پر کاپی کریں');
    expect(controls).not.toContain('Close reader view');
    await page.close();
  });
});
