// A person reading an Urdu article opens the popup: the summary is there, in Urdu sentences, and
// the names section says plainly that it does not read this language instead of showing junk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';

describe('summary and entities for an Urdu article', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let popup: DriverPage;

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdu-budget/source.html'));
    popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.summary-sentence');
    await popup.waitFor('.entities');
  });
  afterAll(async () => scenario?.close());

  it('summarises in whole Urdu sentences taken from the article, right to left', async () => {
    const sentences = await popup.evaluate(() => Array.from(document.querySelectorAll('.summary-sentence'), (el) => el.textContent ?? ''));
    expect(sentences).toHaveLength(3);
    const pageText = (await page.text('article')).replace(/\s+/g, ' ');
    for (const sentence of sentences) {
      expect(sentence).toMatch(/[۔؟]$/);
      expect(pageText).toContain(sentence);
    }
    expect(await popup.evaluate(() => document.querySelector('.summary-list')?.getAttribute('dir'))).toBe('rtl');
  });

  it('says names are not available for this language', async () => {
    expect(await popup.text('.entities')).toContain('People, places and organisations are not available for this language.');
    expect(await popup.evaluate(() => document.querySelectorAll('.entities .entity').length)).toBe(0);
  });
});
