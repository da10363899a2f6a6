// A person opens the UrduPoint-like article, clicks Plainsight's button, reads the facts in the
// popup, opens reader view, then closes it with the button or Escape and finds the page as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';

const seedParagraphs = (): string[] => {
  const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
  const body = html.split('<div class="article-body">')[1]?.split('</div>')[0] ?? '';
  return Array.from(body.matchAll(/<p>([^<]+)<\/p>/g), (match) =>
    (match[1] ?? '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&'),
  );
};

describe('reader view from the toolbar', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let tabId: number;

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    await page.evaluate(() => window.scrollTo(0, 500));
    tabId = await scenario.driver.clickToolbar(page);
  });
  afterAll(async () => scenario?.close());

  it('shows the article facts in the popup', async () => {
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    const text = await popup.text();
    expect(text).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    expect(text).toMatch(/UrduPoint/i);
    expect(text).toContain('Sumaira FH');
    expect(text).toContain('July 27, 2023');
    expect(text).toMatch(/\d{3} words · \d+ min read/);
    expect(text).toContain('Reader view');
    await popup.close();
  });

  it('opens reader view with every paragraph and closes it with the button, restoring the page', async () => {
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Reader view');
    await page.bringToFront();
    const reader = await scenario.driver.readerText(page);
    expect(reader).not.toBeNull();
    expect(reader).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    for (const paragraph of seedParagraphs()) expect(reader).toContain(paragraph);
    expect(reader).not.toContain('Recent Stories');
    expect(reader).not.toContain('Accept cookies');

    // Reader view takes focus; Tab reaches the close button and Enter presses it, as with a keyboard.
    await page.press('Tab');
    await page.press('Enter');
    expect(await scenario.driver.readerText(page)).toBeNull();
    const after = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    expect(after).toEqual(before);
    await popup.close();
  });

  it('closes with Escape and puts the scroll position back', async () => {
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Reader view');
    await page.bringToFront();
    expect(await scenario.driver.readerText(page)).toContain('Pyongyang is marking the 70th anniversary');
    // Reader view is modal: going round its controls with Tab never lands on the page underneath.
    const pageFocusables = await page.evaluate(() => document.querySelectorAll('a[href], button, input').length);
    expect(pageFocusables).toBeGreaterThan(20);
    for (let i = 0; i < pageFocusables + 5; i++) {
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName), `after ${i + 1} Tabs`).toBe('plainsight-reader');
    }
    await page.press('Escape');
    expect(await scenario.driver.readerText(page)).toBeNull();
    expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }))).toEqual(before);
    expect(page.events.consoleErrors).toEqual([]);
    expect(popup.events.consoleErrors).toEqual([]);
    await popup.close();
  });
});
