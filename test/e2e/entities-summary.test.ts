// A person opens the UrduPoint-like article and the Plainsight popup, reads the summary and the
// people, places and organisations, clicks a name to find it in the page, steps to its next
// mention, clears the highlights, and finds them gone when the popup closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';

/** What the page itself can see of the current highlight: its text and whether it is on screen. */
function focusedHighlight(): { text: string; inView: boolean; all: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const focus = registry.get('plainsight-focus');
  const range = focus ? [...focus][0] : undefined;
  if (!range) return null;
  const rect = range.getBoundingClientRect();
  const inView = rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
  return { text: range.toString(), inView, all: registry.get('plainsight-mention')?.size ?? 0 };
}

const names = (popup: DriverPage, group: string): Promise<string[]> =>
  popup.evaluate((label) => Array.from(document.querySelectorAll(`ul[aria-label="${label}"] .entity-name`), (el) => el.textContent ?? ''), group);

describe('entities and summary in the popup', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let popup: DriverPage;
  let tabId: number;

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    tabId = await scenario.driver.clickToolbar(page);
    popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.entities .entity');
    await popup.waitFor('.summary-sentence');
  });
  afterAll(async () => scenario?.close());

  it('lists the people, places and organisations, most important first, without junk', async () => {
    const people = await names(popup, 'People');
    expect(people.slice(0, 2)).toEqual(['Kim Jong Un', 'Sergei Shoigu']);
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping', 'Li Hongzhong']));
    for (const junk of ['Thursday', 'Comrade', 'Victory Day', 'Kim', 'Shoigu']) expect(people).not.toContain(junk);
    const places = await names(popup, 'Places');
    expect(places).toEqual(expect.arrayContaining(['Pyongyang', 'Russia', 'Moscow', 'North Korea', 'China', 'Ukraine', 'Washington', 'Seoul']));
    const orgs = await names(popup, 'Organisations');
    expect(orgs).toContain('KCNA');
    const kcnaTitle = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('ul[aria-label="Organisations"] .entity')).find((el) => el.textContent?.startsWith('KCNA'))?.getAttribute('title'),
    );
    expect(kcnaTitle).toMatch(/Korean Central news Agency/i);
    const counts = await popup.evaluate(() => Array.from(document.querySelectorAll('ul[aria-label="People"] .entity-count'), (el) => Number(el.textContent)));
    expect(counts[0]).toBeGreaterThanOrEqual(5);
  });

  it('shows a three-sentence summary taken from the article, in article order', async () => {
    const sentences = await popup.evaluate(() => Array.from(document.querySelectorAll('.summary-sentence'), (el) => el.textContent ?? ''));
    expect(sentences).toHaveLength(3);
    const pageText = (await page.text()).replace(/\s+/g, ' ');
    const positions = sentences.map((sentence) => pageText.indexOf(sentence.replace(/\s+/g, ' ')));
    for (const position of positions) expect(position).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('highlights a name in the page, scrolls to it, steps to the next mention and clears', async () => {
    await popup.click('ul[aria-label="People"] li:nth-child(1) .entity');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-focus'));
    const first = await page.evaluate(focusedHighlight);
    expect(first).toMatchObject({ text: 'Kim Jong Un', inView: true });
    expect(first?.all).toBeGreaterThanOrEqual(5);
    expect(await popup.text('.entity-status')).toMatch(/mention 1 of \d/);

    await popup.click('ul[aria-label="People"] li:nth-child(1) .entity');
    await popup.waitForFunction(() => /mention 2 of/.test(document.querySelector('.entity-status')?.textContent ?? ''));
    const second = await page.evaluate(focusedHighlight);
    expect(second).toMatchObject({ text: 'Kim', inView: true });

    await popup.clickText('Clear highlights');
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-mention'));
    expect(await page.evaluate(focusedHighlight)).toBeNull();
  });

  it('scrolls to a summary sentence when it is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = await popup.evaluate(() => Array.from(document.querySelectorAll('.summary-sentence')).pop()?.textContent ?? '');
    await popup.click('.summary-list li:last-child .summary-sentence');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-focus'));
    const focused = await page.evaluate(focusedHighlight);
    expect(focused?.inView).toBe(true);
    expect(focused?.text.replace(/\s+/g, ' ')).toBe(last.replace(/\s+/g, ' '));
  });

  it('removes the highlights when the popup closes, leaving the page as it was', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await popup.click('ul[aria-label="People"] li:nth-child(2) .entity');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-focus'));
    expect((await page.evaluate(focusedHighlight))?.text).toBe('Sergei Shoigu');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-mention'));
  });

  it('highlights inside reader view when reader view is open', async () => {
    const first = await scenario.driver.openPopup(tabId);
    await first.waitFor('.title');
    await first.clickText('Reader view');
    await first.close();
    expect(await scenario.driver.readerText(page)).toContain('Li Hongzhong');
    const again = await scenario.driver.openPopup(tabId);
    await again.waitFor('.entities .entity');
    const people = await names(again, 'People');
    await again.click(`ul[aria-label="People"] li:nth-child(${people.indexOf('Li Hongzhong') + 1}) .entity`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-focus'));
    const focused = await page.evaluate(focusedHighlight);
    expect(focused).toMatchObject({ text: 'Li Hongzhong', inView: true });
    // The mention found is the one inside reader view's closed shadow root, not the page behind it.
    expect(await page.evaluate(() => {
      const focus = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('plainsight-focus');
      const range = focus ? [...focus][0] : undefined;
      return range ? range.startContainer.getRootNode() instanceof ShadowRoot : false;
    })).toBe(true);
    await again.close();
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('plainsight-mention'));
  });

  it('keeps the NLP code out of the content script that every page gets', () => {
    const content = readFileSync(resolve(process.env['PLAINSIGHT_DIST'] ?? 'dist/chrome', 'content.js'), 'utf8');
    // compromise's lexicon tags and sbd's abbreviation list would be in it if the NLP were bundled there.
    expect(content).not.toContain('FemaleName');
    expect(content).not.toContain('newline_boundaries');
    expect(content).toContain('plainsight-mention');
  });
});
