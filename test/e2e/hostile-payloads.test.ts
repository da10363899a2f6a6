// No script from a page ever runs in reader view or the popup. Batches of hostile payloads sit in
// ordinary article pages; for every action (popup facts, reader view, …) we compare the test
// server's canary log, dialogs, navigation and requests before and after the action, and inspect
// the markup reader view actually rendered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { PAGE_CONTEXT_SUFFIX, PAYLOADS, type Payload } from '../fixtures/hostile/payloads.ts';
import { hostilePage, sectionMarker } from '../fixtures/hostile/hostile-page.ts';
import { findUnsafeMarkup } from '../fixtures/hostile/unsafe-markup.ts';
import { SECURITY_ACTIONS } from './security/actions.ts';

const BATCH_SIZE = 24;
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const settle = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

const batches: Payload[][] = [];
for (let i = 0; i < PAYLOADS.length; i += BATCH_SIZE) batches.push(PAYLOADS.slice(i, i + BATCH_SIZE));

describe('hostile payloads never run in reader view or the popup', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let pageContextHits = 0;

  beforeAll(async () => {
    scenario = await startScenario();
    scenario.server.route('/pixel.png', PIXEL, 'image/png');
    batches.forEach((batch, index) => scenario.server.route(`/hostile/${index}.html`, hostilePage(batch, scenario.server.origin, index)));
  });
  afterAll(async () => scenario?.close());

  const canaryHits = (): string[] => scenario.server.requests.filter((path) => path.startsWith('/canary/'));
  /** Canary requests not made by one of the page's own original elements. */
  const foreignHits = (hits: string[]): string[] => hits.filter((path) => !path.endsWith(PAGE_CONTEXT_SUFFIX));
  const isCanaryUrl = (url: string): boolean => {
    try {
      return foreignHits([new URL(url).pathname]).some((path) => path.startsWith('/canary/'));
    } catch {
      return false;
    }
  };

  it.each(batches.map((batch, index) => [index, batch] as const))('batch %i', async (index, batch) => {
    const { driver, server } = scenario;
    const page: DriverPage = await driver.newPage();
    await page.goto(server.url(`/hostile/${index}.html`));
    await settle(800); // live payloads may fire in the page itself: that is the page's own doing
    pageContextHits += canaryHits().length;
    const url = page.url();
    await page.evaluate(() => {
      (window as unknown as { __marker: string }).__marker = 'same document';
    });

    for (const action of SECURITY_ACTIONS) {
      const hitsBefore = canaryHits().length;
      const requestsBefore = page.events.requests.length;
      const dialogsBefore = page.events.dialogs.length;
      const tabId = await driver.clickToolbar(page);
      const result = await action.run({ driver, page, tabId });
      await settle(800);

      const label = `${action.name}, batch ${index}`;
      expect(foreignHits(canaryHits().slice(hitsBefore)), `canary requests after ${label}`).toEqual([]);
      expect(page.events.requests.slice(requestsBefore).filter(isCanaryUrl), label).toEqual([]);
      expect(page.events.dialogs.slice(dialogsBefore), label).toEqual([]);
      expect(page.url(), label).toBe(url);
      expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker), label).toBe('same document');
      for (const extensionPage of result.extensionPages) {
        expect(extensionPage.events.dialogs, label).toEqual([]);
        expect(extensionPage.events.requests.filter((u) => !u.startsWith(driver.extensionBaseUrl)), label).toEqual([]);
        expect(extensionPage.events.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m)), label).toEqual([]);
      }
      expect(result.text, `${label}: the page's own title shows as text`).toContain(`Hostile report ${index}`);

      if (action.name === 'reader view') {
        const html = await driver.readerHtml(page);
        expect(html).not.toBeNull();
        const doc = new JSDOM(`<div id="root">${html ?? ''}</div>`).window.document;
        // Our own controls (the toolbar, the Listen bar, the copy fallback) are the only ones reader view may contain; none inside the article.
        const ours = (el: Element): boolean => ['button', 'select', 'textarea'].includes(el.localName) && el.closest('.toolbar, .listen-bar, .copy-fallback') !== null && el.closest('article') === null;
        const problems = findUnsafeMarkup(doc, ours);
        expect(problems, label).toEqual([]);
        // The payloads reached reader view (as text): otherwise this test would prove nothing.
        // textContent, not innerText: pieces far off screen are not rendered (content-visibility).
        const readerContent = doc.getElementById('root')?.textContent ?? '';
        const reached = batch.filter((payload) => readerContent.includes(sectionMarker(payload.id)));
        const missing = batch.filter((payload) => !reached.includes(payload)).map((payload) => payload.id);
        expect(reached.length, `${label}: sections shown (missing ${missing.join(', ')})`).toBeGreaterThanOrEqual(Math.ceil(batch.length * 0.9));
        expect(readerContent).toContain(`Escaped sample ${batch[0]?.id}: <`);
      }
      await action.undo?.({ driver, page, tabId });
      for (const extensionPage of result.extensionPages) await extensionPage.close();
    }
    await page.close();
  });

  it('the canaries work: live payloads fired in the hostile pages themselves', () => {
    // Proves a payload that runs is seen: the pages' own live copies ran before any action.
    expect(pageContextHits).toBeGreaterThan(20);
  });
});
