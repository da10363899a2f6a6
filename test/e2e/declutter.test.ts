// A person declutters the UrduPoint-like article from the popup: the article stays, the clutter
// goes; they show one block back, then Show all, and the page is exactly as before. A box of
// stories that a page script adds after declutter ran is hidden too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { isVisible } from '../harness/visible.ts';

const source = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
const decode = (text: string): string => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const paragraphs = Array.from((source.split('<div class="article-body">')[1]?.split('</div>')[0] ?? '').matchAll(/<p>([^<]+)<\/p>/g), (m) => decode(m[1] ?? ''));
const section = (cls: string): string => source.split(`class="${cls}"`)[1]?.split(/<\/(section|nav|footer)>/)[0] ?? '';
const linkTexts = (html: string): string[] => Array.from(html.matchAll(/<a [^>]*>([^<]+)<\/a>/g), (m) => decode(m[1] ?? '').trim()).filter(Boolean);
// The short titles are what the page shows (the full ones are for hover).
const recentTitles = Array.from(source.matchAll(/<span class="short-title">([^<]+)<\/span>/g), (m) => decode(m[1] ?? ''));


describe('declutter in place from the popup', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let popup: DriverPage;
  let before: string;

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await scenario.driver.clickToolbar(page);
    popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count');
  });
  afterAll(async () => scenario?.close());

  it('keeps the headline, byline, image and every paragraph visible', async () => {
    const text = await page.text();
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    expect(text).toContain('Sumaira FH');
    expect(text).toContain('Published July 27, 2023');
    expect(await isVisible(page, '.lead-image img')).toBe(true);
    expect(await isVisible(page, '.logo')).toBe(true);
  });

  it('hides stories, menus, ads, share buttons, footer and cookie bar', async () => {
    const text = await page.text();
    expect(recentTitles.length).toBe(12);
    for (const title of recentTitles) expect(text).not.toContain(title);
    for (const title of linkTexts(section('more-stories'))) expect(text).not.toContain(title);
    // Topic names also occur in the article ("Defence Minister"), so look for them as their own lines.
    for (const topic of linkTexts(section('related-topics'))) expect(isVisibleLink(text, topic), topic).toBe(false);
    for (const item of linkTexts(section('main-menu'))) expect(isVisibleLink(text, item)).toBe(false);
    for (const phrase of ['Recent Stories', 'More Stories From', 'Related Topics', 'Most Viewed', 'Advertisement', 'Share on Facebook', 'WhatsApp', 'Privacy Policy', 'Copyright', 'Accept cookies', 'Prayer Timings in Islamabad']) {
      expect(text, phrase).not.toContain(phrase);
    }
    for (const selector of ['.main-menu', '#div-gpt-ad-top', '#div-gpt-ad-inline', '#div-gpt-ad-side', '.share-bar', '.site-footer', '.cookie-bar', '.recent-stories']) {
      expect(await isVisible(page, selector), selector).toBe(false);
    }
  });

  it('lists what it hid with kind, rule and preview', async () => {
    const count = await popup.text('.declutter-count');
    const n = Number(count.match(/^(\d+) blocks hidden$/)?.[1]);
    expect(n).toBeGreaterThanOrEqual(8);
    const items = await popup.evaluate(() => Array.from(document.querySelectorAll('.hidden-block'), (li) => (li as HTMLElement).innerText));
    expect(items.length).toBe(n);
    expect(items.some((item) => /story list/.test(item) && /More Stories From/.test(item))).toBe(true);
    expect(items.some((item) => /Recent Stories/.test(item))).toBe(true);
    expect(items.some((item) => /\bad\b/.test(item))).toBe(true);
    expect(items.some((item) => /share bar/.test(item))).toBe(true);
  });

  it('shows one block back, then Show all restores the page exactly', async () => {
    const id = await popup.evaluate(() => {
      const item = Array.from(document.querySelectorAll('.hidden-block')).find((li) => (li as HTMLElement).innerText.includes('Recent Stories'));
      return item?.getAttribute('data-block-id') ?? '';
    });
    expect(id).not.toBe('');
    await popup.click(`.hidden-block[data-block-id="${id}"] .block-show`);
    await popup.waitFor(`.hidden-block.shown[data-block-id="${id}"]`);
    const shownText = await page.text();
    for (const title of recentTitles) expect(shownText).toContain(title);
    expect(shownText).not.toContain('Accept cookies');

    await popup.clickText('Show all');
    await popup.waitForFunction(() => !document.querySelector('.declutter-count'));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.text()).toContain('Accept cookies');
  });

  it('declutters again after Show all', async () => {
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count');
    const text = await page.text();
    expect(text).not.toContain('Recent Stories');
    expect(text).toContain(paragraphs[0] as string);
    // The fixture's own missing favicon is not ours; anything else logged as an error would be.
    expect(page.events.consoleErrors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});

describe('content that arrives after declutter', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('hides a "Recent Stories" box a page script adds after declutter ran', async () => {
    const page = await scenario.driver.newPage();
    // The page adds its box only when asked, so the box surely arrives after declutter ran: a timer
    // raced the toolbar-and-popup path, which can take seconds on a loaded machine.
    await page.goto(scenario.server.url('/declutter-late/index.html#delay=manual'));
    const tabId = await scenario.driver.clickToolbar(page);
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count');
    expect(await page.evaluate(() => document.body.hasAttribute('data-late-box'))).toBe(false);
    await page.evaluate(() => (window as unknown as { addLateBox(): void }).addLateBox());
    await page.waitForFunction(() => !(document.getElementById('late-box') as HTMLElement).checkVisibility(), undefined, 5_000);
    const text = await page.text();
    expect(text).not.toContain('Ferry timetable changes for spring');
    expect(text).toContain('The town harbour reopened to fishing boats on Monday');
    expect(text).toContain('Harbour Reopens After Storm Repairs');
  });
});

/** A menu item is visible if its text is on a line of its own in the page's visible text. */
function isVisibleLink(text: string, item: string): boolean {
  return text.split('\n').some((line) => line.trim() === item);
}
