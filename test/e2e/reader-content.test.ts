// Reader view shows the whole article as written: figures, captions, tables, lists and quotes;
// right to left for Urdu; light or dark following the system; reader styles stay on reader view's own elements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage, ExtensionDriver } from '../harness/driver.ts';

async function openReaderOn(driver: ExtensionDriver, page: DriverPage): Promise<void> {
  const popup = await driver.openPopup(await driver.clickToolbar(page));
  await popup.waitFor('.title');
  await popup.clickText('Reader view');
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector('plainsight-reader') !== null);
  await popup.close();
}

describe('reader view content (light system theme)', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario({ colorScheme: 'light' });
  });
  afterAll(async () => scenario?.close());

  it('keeps figures with captions, the table, the list and the quote, and loads the lazy image', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/figures-and-table/source.html'));
    await openReaderOn(scenario.driver, page);
    let reader = await scenario.driver.readerSnapshot(page);
    for (let tries = 0; tries < 20 && reader && reader.loadedImages === 0; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      reader = await scenario.driver.readerSnapshot(page);
    }
    expect(reader).not.toBeNull();
    if (!reader) return;
    expect(reader.counts['figure']).toBeGreaterThanOrEqual(1);
    expect(reader.counts['figcaption']).toBeGreaterThanOrEqual(1);
    expect(reader.counts['table']).toBe(1);
    expect(reader.counts['li']).toBe(3);
    expect(reader.counts['blockquote']).toBe(1);
    expect(reader.loadedImages).toBeGreaterThanOrEqual(1);
    expect(reader.text).toContain('A route 12 bus in the new lane on Station Road.');
    expect(reader.text).toContain('Amara Okafor');
    expect(reader.text).toMatch(/March 14, 2024|14 March 2024/);
    expect(reader.text).not.toContain('Sign up');
    expect(reader.background).toBe('rgb(251, 250, 247)');
  });

  it("shows the standfirst first and keeps reader styles off the page's own <article>: the story's first paragraph lines up with the title, no bare bullet", async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/nested-article/source.html'));
    await openReaderOn(scenario.driver, page);
    const reader = await scenario.driver.readerSnapshot(page);
    expect(reader?.text).toContain('made its first crossing of the year');
    // The standfirst in the story's header, which Readability leaves out, comes first.
    const text = reader?.text ?? '';
    expect(text.indexOf('four weeks later than the operator had planned')).toBeGreaterThan(-1);
    expect(text.indexOf('four weeks later than the operator had planned')).toBeLessThan(text.indexOf('made its first crossing of the year'));
    expect(Number.isFinite(reader?.titleLeft)).toBe(true);
    expect(Math.abs((reader?.firstParagraphLeft ?? NaN) - (reader?.titleLeft ?? NaN))).toBeLessThan(1);
    expect(reader?.counts['li']).toBe(2);
  });

  it('reads an Urdu article right to left, with its language', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdu-rtl-article/source.html'));
    await openReaderOn(scenario.driver, page);
    // The body arrives in pieces after the header: wait for it rather than read a half-built view.
    await expect.poll(async () => (await scenario.driver.readerSnapshot(page))?.text ?? '', { timeout: 15_000 }).toContain('لاہور میں ضلعی انتظامیہ نے جمعرات کے روز');
    const reader = await scenario.driver.readerSnapshot(page);
    expect(reader?.dir).toBe('rtl');
    expect(reader?.lang).toBe('ur');
    expect(reader?.text).toContain('لاہور میں ضلعی انتظامیہ نے جمعرات کے روز');
    expect(reader?.text).not.toContain('تازہ ترین');
  });
});

describe('reader view content (dark system theme)', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario({ colorScheme: 'dark' });
  });
  afterAll(async () => scenario?.close());

  it('follows the system into dark colours', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    await openReaderOn(scenario.driver, page);
    const reader = await scenario.driver.readerSnapshot(page);
    expect(reader?.background).toBe('rgb(27, 28, 30)');
    expect(reader?.color).toBe('rgb(230, 227, 220)');
  });
});
