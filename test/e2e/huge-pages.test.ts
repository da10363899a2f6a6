// Huge pages: reader view opens and the whole article arrives (in pieces, see core/render-chunks.ts).
// The page of 20,000 links is large enough to be extracted off the page's thread (a copy, see
// content/extraction.ts): by the popup, or without it by Chrome's offscreen document or Firefox's
// event page. How long the page freezes is measured by `npm run bench:huge`, not here (no timing
// assertions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { startScenario } from '../harness/launch.ts';
import { manyLinksPage, manyParagraphsPage } from '../../bench/lib/huge-page.ts';
import { DECLUTTER, READER_VIEW } from './security/actions.ts';
import { isVisible } from '../harness/visible.ts';
import { waitForToolbarChoice } from '../harness/toolbar-choice.ts';

describe('huge pages', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario();
    scenario.server.route('/huge/paragraphs.html', manyParagraphsPage(3_000));
    // 20,000 here to keep the suite quick (reading the closed shadow root over CDP walks every node); bench:huge uses 50,000.
    scenario.server.route('/huge/links.html', manyLinksPage(20_000));
  });
  afterAll(async () => scenario?.close());

  it('an article of 3,000 paragraphs arrives whole in reader view', { timeout: 120_000 }, async () => {
    const { driver, server } = scenario;
    const page = await driver.newPage();
    await page.goto(server.url('/huge/paragraphs.html'));
    const tabId = await driver.clickToolbar(page);
    const { extensionPages } = await READER_VIEW.run({ driver, page, tabId });
    const html = (await driver.readerHtml(page)) ?? '';
    const text = new JSDOM(html).window.document.body.textContent ?? '';
    expect(text).toContain('Part 1. ');
    expect(text).toContain('Part 3000. ');
    expect(text.match(/Part \d+\. /g)?.length).toBe(3_000);
    for (const extensionPage of extensionPages) await extensionPage.close();
    await page.close();
  });

  it('an article among 20,000 links: reader view shows the article, not the links', { timeout: 120_000 }, async () => {
    const { driver, server } = scenario;
    const page = await driver.newPage();
    await page.goto(server.url('/huge/links.html'));
    const tabId = await driver.clickToolbar(page);
    const { extensionPages, text } = await READER_VIEW.run({ driver, page, tabId });
    expect(text).toContain('Report among many links');
    expect(text).toContain('Part 30. ');
    expect(text).not.toContain('Archive story 100');
    for (const extensionPage of extensionPages) await extensionPage.close();
    await page.close();
  });

  it('an article among 20,000 links: Declutter page hides the link lists and keeps the article', { timeout: 120_000 }, async () => {
    const { driver, server } = scenario;
    const page = await driver.newPage();
    await page.goto(server.url('/huge/links.html?declutter'));
    const tabId = await driver.clickToolbar(page);
    const { extensionPages } = await DECLUTTER.run({ driver, page, tabId });
    expect(await isVisible(page, 'nav')).toBe(false);
    expect(await isVisible(page, 'aside')).toBe(false);
    expect(await isVisible(page, 'article h1')).toBe(true);
    expect(await page.text()).toContain('Part 30. ');
    for (const extensionPage of extensionPages) await extensionPage.close();
    await page.close();
  });

  it('without the popup (toolbar button set to declutter), the copy is extracted in the background', { timeout: 120_000 }, async () => {
    const { driver, server } = scenario;
    const options = await driver.openExtensionPage('options/options.html');
    await options.click('#toolbar-action-declutter');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Saved.');
    await waitForToolbarChoice(options, false);
    const page = await driver.newPage();
    await page.goto(server.url('/huge/links.html?toolbar'));
    await driver.clickToolbar(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-plainsight-hidden]').length > 0, undefined, 60_000);
    expect(await isVisible(page, 'nav')).toBe(false);
    expect(await isVisible(page, 'article h1')).toBe(true);
    await page.close();
    await options.click('#toolbar-action-popup');
    await waitForToolbarChoice(options, true);
    await options.close();
  });
});
