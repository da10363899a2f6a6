// Declutter without the popup: the toolbar button when the person chose "Declutter at once", and
// auto-clean in declutter mode on a site they added (known clutter hidden from the first paint,
// the rest when the page has loaded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { isVisible } from '../harness/visible.ts';
import { waitForToolbarChoice } from '../harness/toolbar-choice.ts';

const ARTICLE = '/urdupoint-kim-shoigu/source.html';
const SITE_ORIGIN = '*://127.0.0.1/*';
const FIRST_PARAGRAPH_START = 'Kim Jong Un met the Russian defence minister and a high-ranking Chinese delegation';


describe('declutter from the toolbar and on page load', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let options: DriverPage;

  beforeAll(async () => {
    scenario = await startScenario();
    options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#site-input');
  });
  afterAll(async () => scenario?.close());

  it('the toolbar button declutters at once, and a second click shows the page again', async () => {
    await options.click('#toolbar-action-declutter');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Saved.');
    await waitForToolbarChoice(options, false);
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    expect(await isVisible(page, '.recent-stories')).toBe(true);
    await scenario.driver.clickToolbar(page);
    await page.waitForFunction(() => !(document.querySelector('.recent-stories') as HTMLElement).checkVisibility(), undefined, 15_000);
    expect(await page.text()).toContain(FIRST_PARAGRAPH_START);
    expect(await page.text()).not.toContain('Accept cookies');

    await scenario.driver.clickToolbar(page);
    await page.waitForFunction(() => (document.querySelector('.recent-stories') as HTMLElement).checkVisibility(), undefined, 15_000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-plainsight-hidden]').length)).toBe(0);
    await page.close();
    await options.click('#toolbar-action-popup');
    await waitForToolbarChoice(options, true);
  });

  it('auto-clean in declutter mode cleans the page without a click', async () => {
    await scenario.driver.allowSiteAccess(SITE_ORIGIN);
    await options.fill('#site-input', '127.0.0.1');
    await options.selectOption('#site-input-mode', 'declutter');
    await options.click('#site-add');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Added 127.0.0.1.');

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url(ARTICLE));
    await page.waitForFunction(() => document.querySelectorAll('[data-plainsight-hidden]').length > 5, undefined, 15_000);
    expect(await isVisible(page, '.recent-stories')).toBe(false);
    expect(await isVisible(page, '.cookie-bar')).toBe(false);
    expect(await isVisible(page, 'h1')).toBe(true);
    expect(await page.text()).toContain(FIRST_PARAGRAPH_START);
    // The early stylesheet has handed over to declutter's own.
    await page.waitForFunction(() => !document.getElementById('plainsight-declutter-early'), undefined, 5_000);
    expect(await scenario.driver.readerText(page)).toBeNull();
    await page.close();

    await options.click('#site-remove-0');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Removed 127.0.0.1') ?? false);
  });
});
