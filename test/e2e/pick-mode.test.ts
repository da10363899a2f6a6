// "Hide something else": from the popup a person enters pick mode, points at the site's logo (which
// declutter keeps), widens and narrows the outline with the arrow keys, hides it with Enter, finds it
// in the popup's hidden list, and after a reload Declutter page hides it again from the saved
// selector. Esc leaves pick mode with nothing of it left in the page; the article is only hidden
// after a confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { isVisible } from '../harness/visible.ts';

interface ChromeStorage {
  chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
}
type StoredTweaks = Record<string, { hide: string[] }>;

/** What pick mode's overlay shows, read inside its closed shadow root. */
interface OverlayView {
  outlined: boolean;
  /** The overlay is shown and its label keeps its own size, whatever the page's CSS says. */
  visible: boolean;
  labelSize: string;
  label: string;
  rect: { left: number; top: number; width: number; height: number };
  hint: string;
  question: string | null;
}
const OVERLAY_VIEW = `function () {
  const box = this.querySelector('.outline');
  const rect = box.getBoundingClientRect();
  const dialog = this.querySelector('.confirm');
  const visible = this.host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && getComputedStyle(this.host).zIndex === '2147483647';
  return { visible, labelSize: getComputedStyle(this.querySelector('.label')).fontSize, outlined: box.classList.contains('on'), label: this.querySelector('.label').textContent, hint: this.querySelector('.hint').textContent,
    rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height }, question: dialog.hidden ? null : this.querySelector('.question').textContent };
}`;

describe('pick mode', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let host: string;
  const url = (): string => scenario.server.url('/urdupoint-kim-shoigu/source.html');
  const overlay = (page: DriverPage): Promise<OverlayView | null> => scenario.driver.inClosedShadow<OverlayView>(page, 'plainsight-pick', OVERLAY_VIEW);
  /** Where `selector` is in the window, scrolled into view first (as a person scrolls to what they point at). */
  const rectOf = (page: DriverPage, selector: string): Promise<{ left: number; top: number; width: number; height: number }> =>
    page.evaluate((sel) => {
      const element = document.querySelector(sel) as Element;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    }, selector);
  const outlines = async (page: DriverPage, selector: string): Promise<boolean> => {
    const [view, rect] = await Promise.all([overlay(page), rectOf(page, selector)]);
    return !!view?.outlined && (['left', 'top', 'width', 'height'] as const).every((side) => Math.abs(view.rect[side] - rect[side]) < 1.5);
  };

  const startPicking = async (): Promise<{ page: DriverPage; popup: DriverPage }> => {
    const page = await scenario.driver.newPage();
    await page.goto(url());
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.title');
    await popup.clickText('Hide something else…');
    await popup.waitFor('.pick-status');
    expect(await popup.text('.pick-status')).toContain('Pick mode is on');
    await expect.poll(async () => (await overlay(page)) !== null).toBe(true);
    return { page, popup };
  };

  beforeAll(async () => {
    scenario = await startScenario();
    host = new URL(scenario.server.origin).hostname;
  });
  afterAll(async () => scenario?.close());

  it('outlines the block under the pointer, widens and narrows it with the arrow keys, hides it with Enter and keeps it hidden after a reload', async () => {
    const { page, popup } = await startPicking();
    // A page whose CSS tries to hide or restyle everything, our overlay included.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'plainsight-pick { display: none !important; opacity: 0 !important; z-index: 0 !important } * { font-size: 31px !important }';
      document.head.append(style);
    });
    const logo = await rectOf(page, '.logo');
    await page.mouseMove(logo.left + logo.width / 2, logo.top + logo.height / 2);
    await expect.poll(() => outlines(page, '.logo')).toBe(true);
    expect((await overlay(page))?.label).toMatch(/^a\.logo · \d+ × \d+$/);
    expect(await overlay(page)).toMatchObject({ visible: true, labelSize: '12px' });

    await page.press('ArrowUp');
    await expect.poll(() => outlines(page, '.site-header')).toBe(true);
    expect((await overlay(page))?.label).toMatch(/^header\.site-header/);
    await page.press('ArrowDown');
    await expect.poll(() => outlines(page, '.logo')).toBe(true);

    await page.press('Enter');
    await expect.poll(() => isVisible(page, '.logo')).toBe(false);
    await expect.poll(async () => (await overlay(page))?.hint).toContain('Hidden: a.logo');
    expect(await isVisible(page, '.site-header')).toBe(true);
    const stored = (): Promise<StoredTweaks> =>
      popup.evaluate(async () => ((await (globalThis as unknown as ChromeStorage).chrome.storage.sync.get('settings'))['settings'] as { siteTweaks: StoredTweaks }).siteTweaks);
    await expect.poll(async () => (await stored())[host]?.hide).toEqual(['a.logo']);
    // …where the options page shows it among the site's "Also hide" selectors, to edit or remove.
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#tweaks-host');
    expect(await options.evaluate((site) => document.querySelector<HTMLTextAreaElement>(`.tweaks-host[data-host="${site}"] textarea[id$="-hide"]`)?.value, host)).toBe('a.logo');
    await options.close();

    // The popup, opened again, lists the pick with the other hidden blocks; Show brings it back.
    await popup.close();
    const again = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await again.waitFor('.hidden-block');
    expect(await again.text('.hidden-list')).toContain('a.logo');
    expect(await again.text('.declutter-count')).toBe('1 block hidden');
    // A pick is the person's own selector: edited on the options page, so no "Never here" for it.
    expect(await again.evaluate(() => document.querySelectorAll('.hidden-block .block-never').length)).toBe(0);
    await again.clickText('Show');
    await expect.poll(() => isVisible(page, '.logo')).toBe(true);
    await again.close();

    // Esc leaves: the overlay is gone and the page gets its clicks back.
    await page.press('Escape');
    await expect.poll(async () => page.evaluate(() => document.querySelector('plainsight-pick') === null)).toBe(true);
    expect(page.events.consoleErrors).toEqual([]);

    // Next visit: Declutter page hides the logo (which it otherwise keeps) from the saved selector.
    await page.goto(url());
    const popup2 = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup2.waitFor('.title');
    await popup2.clickText('Declutter page');
    await popup2.waitFor('.declutter-count');
    expect(await isVisible(page, '.logo')).toBe(false);
    expect(await page.text()).toContain('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    await popup2.close();
    await page.close();
  });

  it('asks before hiding the article, and a click picks without following the link under it', async () => {
    const { page, popup } = await startPicking();
    await popup.close();
    const body = await rectOf(page, '.article-body p');
    await page.mouseClick(body.left + body.width / 2, body.top + body.height / 2);
    await expect.poll(async () => (await overlay(page))?.question ?? '').toContain('part of the article');
    // Focus starts on Cancel: Enter keeps the article.
    await page.press('Enter');
    await expect.poll(async () => (await overlay(page))?.question ?? null).toBeNull();
    expect(await isVisible(page, '.article-body p')).toBe(true);

    await page.press('ArrowUp');
    await page.press('Enter');
    await expect.poll(async () => (await overlay(page))?.question ?? '').toContain('Hide it anyway?');
    await page.press('Tab');
    await page.press('Enter');
    await expect.poll(() => isVisible(page, '.article-body')).toBe(false);
    expect((await overlay(page))?.hint).toContain('Hidden for this visit');

    // A link under the pointer is picked, not followed.
    const link = await rectOf(page, '.main-menu a');
    await page.mouseClick(link.left + link.width / 2, link.top + link.height / 2);
    await expect.poll(() => isVisible(page, '.main-menu li')).toBe(false);
    expect(page.url()).toBe(url());
    await page.press('Escape');
    await expect.poll(async () => page.evaluate(() => document.querySelector('plainsight-pick') === null)).toBe(true);
    await page.close();
  });
});
