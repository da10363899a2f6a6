// Machine accessibility audits (axe-core: WCAG 2.1 A/AA and best practices) of everything
// Plainsight shows: the popup with the article's facts, after Declutter page, and in dark mode;
// the options page; pick mode's overlay; reader view. Each must find nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { auditClosedShadow, auditPage } from '../harness/axe.ts';

type Scenario = Awaited<ReturnType<typeof startScenario>>;
const ARTICLE = '/urdupoint-kim-shoigu/source.html';

async function popupWithFacts(scenario: Scenario): Promise<{ page: DriverPage; popup: DriverPage }> {
  const page = await scenario.driver.newPage();
  await page.goto(scenario.server.url(ARTICLE));
  const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
  // Every section drawn: the facts, the summary and the names.
  await popup.waitFor('.entity');
  await popup.waitFor('.summary-sentence');
  return { page, popup };
}

describe('accessibility audits', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('finds nothing in the popup with the facts, nor after Declutter page', async () => {
    const { page, popup } = await popupWithFacts(scenario);
    expect(await auditPage(popup)).toEqual([]);
    // The audit does catch what it found before the fix: a name button labelled apart from its text.
    await popup.evaluate(() => document.querySelector('.entity')?.setAttribute('aria-label', 'Someone, 6 mentions'));
    expect((await auditPage(popup)).join('\n')).toContain('label-content-name-mismatch ×1');
    await popup.evaluate(() => document.querySelector('.entity')?.removeAttribute('aria-label'));
    await popup.clickText('Declutter page');
    await popup.waitFor('.hidden-block');
    expect(await auditPage(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('finds nothing on the options page', async () => {
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#tweaks-host');
    expect(await auditPage(options)).toEqual([]);
    // With a site's tweaks open too (their fields, buttons and labels).
    await options.fill('#tweaks-host', 'news.example');
    await options.click('#tweaks-host-add');
    await options.waitFor('#tweaks-0-hide');
    expect(await auditPage(options)).toEqual([]);
    await options.close();
  });

  it("finds nothing in pick mode's overlay, with its outline and with its question", async () => {
    const { page, popup } = await popupWithFacts(scenario);
    await popup.clickText('Hide something else…');
    await popup.waitFor('.pick-status');
    await popup.close();
    await page.press('ArrowUp');
    expect(await auditClosedShadow(scenario.driver, page, 'plainsight-pick')).toEqual([]);
    // Pointing at the article and pressing Enter brings up the confirmation.
    const paragraph = await page.evaluate(() => {
      const element = document.querySelector('.article-body p') as Element;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(paragraph.x, paragraph.y);
    await page.press('Enter');
    await expect.poll(() => scenario.driver.inClosedShadow<boolean>(page, 'plainsight-pick', "function () { return !this.querySelector('.confirm').hidden; }")).toBe(true);
    expect(await auditClosedShadow(scenario.driver, page, 'plainsight-pick')).toEqual([]);
    await page.press('Escape');
    await page.press('Escape');
    await page.close();
  });

  it('finds nothing in reader view', async () => {
    const { page, popup } = await popupWithFacts(scenario);
    await popup.clickText('Reader view');
    await expect.poll(async () => (await scenario.driver.readerText(page)) !== null).toBe(true);
    expect(await auditClosedShadow(scenario.driver, page, 'plainsight-reader')).toEqual([]);
    await page.close();
  });
});

describe('accessibility audits in dark mode', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await startScenario({ colorScheme: 'dark' });
  });
  afterAll(async () => scenario?.close());

  it('finds nothing in the dark popup, nor after Declutter page', async () => {
    const { page, popup } = await popupWithFacts(scenario);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await auditPage(popup)).toEqual([]);
    await popup.clickText('Declutter page');
    await popup.waitFor('.hidden-block');
    expect(await auditPage(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
