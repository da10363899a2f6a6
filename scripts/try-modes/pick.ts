/**
 * `--mode pick --target CSS [--widen N]`: "Hide something else…" from the popup, then a real click
 * at the centre of the first element matching CSS (or, with --widen, a hover, N presses of ↑ and
 * Enter), as a person does. Records the selector saved for the site, then reloads the page, runs
 * Declutter page from a fresh popup and records whether the same block is hidden again
 * (result.json `pick`; pick.png shows the outline before the click).
 */
import { resolve } from 'node:path';
import type { DriverPage } from '../../test/harness/driver.ts';
import type { TryContext, TryMode } from './mode.ts';

/** Which block it is, in a way a fresh load of the same page can be compared with. */
interface BlockIdentity {
  tag: string;
  /** Its position among the page's elements with that tag. */
  index: number;
  preview: string;
}

type StoredSettings = { siteTweaks?: Record<string, { hide: string[] }> };

async function savedHides(popup: DriverPage, host: string): Promise<string[]> {
  return popup.evaluate(async (site) => {
    type Api = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
    const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
    const stored = (await (globals.browser ?? globals.chrome)?.storage.sync.get('settings'))?.['settings'] as StoredSettings | undefined;
    return stored?.siteTweaks?.[site]?.hide ?? [];
  }, host);
}

/** Pick mode's help line or question, read inside its closed shadow root. */
const OVERLAY_TEXT = `function () {
  const dialog = this.querySelector('.confirm');
  return { hint: this.querySelector('.hint').textContent, question: dialog.hidden ? null : this.querySelector('.question').textContent };
}`;

async function declutterAgain({ driver, page }: TryContext): Promise<void> {
  const popup = await driver.openPopup(await driver.clickToolbar(page));
  await popup.waitFor('.title, .notice');
  await popup.click('.section-declutter button.primary');
  await popup.waitFor('.declutter-count');
  await popup.close();
}

export const pickMode: TryMode = {
  name: 'pick',
  description: 'hide one block with pick mode (--target CSS), then reload and declutter',
  async run(context) {
    const { driver, page, popup, options } = context;
    const target = options.target;
    if (!target) throw new Error('--mode pick needs --target CSS (the element whose centre to click)');
    const host = new URL(page.url()).hostname;
    const before = await savedHides(popup, host);
    await popup.click('.section-declutter button.pick');
    await popup.waitFor('.pick-status');

    const centre = await page.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, target);
    if (!centre) return { visibleText: await page.text(), extra: { pick: { target, note: `nothing in the page matches ${target}` } } };
    await page.mouseMove(centre.x, centre.y);
    for (let step = 0; step < options.widen; step++) await page.press('ArrowUp');
    // The outline and its label, as the person sees them before hiding (pick.png).
    await new Promise((settle) => setTimeout(settle, 100));
    await page.screenshot(resolve(context.outDir, 'pick.png'));
    if (options.widen > 0) await page.press('Enter');
    else await page.mouseClick(centre.x, centre.y);
    await new Promise((settle) => setTimeout(settle, 300));
    const overlay = await driver.inClosedShadow<{ hint: string; question: string | null }>(page, 'plainsight-pick', OVERLAY_TEXT);
    // A block holding the article asks first; the tool answers Cancel, as a careful person would.
    if (overlay?.question) await page.press('Escape');
    const picked = await page.evaluate(() => {
      const element = document.querySelector('[data-plainsight-hidden]');
      if (!element) return null;
      const tag = element.localName;
      return { tag, index: Array.from(document.getElementsByTagName(tag)).indexOf(element), preview: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) };
    });
    await page.press('Escape');
    const selector = (await savedHides(popup, host)).find((saved) => !before.includes(saved)) ?? null;

    await page.goto(page.url());
    await declutterAgain(context);
    const afterReload = await page.evaluate(
      ({ css, block }: { css: string | null; block: BlockIdentity | null }) => {
        if (!css) return null;
        // No helper functions in here: the tool's TypeScript runner would name them with a helper the page lacks.
        const hidden = Array.from(document.querySelectorAll(css), (element) => ({
          element,
          hidden: !element.checkVisibility() || element.getClientRects().length === 0,
        }));
        const sameBlock = block ? Array.from(document.getElementsByTagName(block.tag))[block.index] : undefined;
        return {
          matches: hidden.length,
          allHidden: hidden.length > 0 && hidden.every((match) => match.hidden),
          sameBlockHidden: hidden.some((match) => match.element === sameBlock && match.hidden),
        };
      },
      { css: selector, block: picked },
    );
    return {
      visibleText: await page.text(),
      extra: { pick: { target, widen: options.widen, picked, hint: overlay?.hint ?? null, confirmation: overlay?.question ?? null, selector, afterReload } },
    };
  },
};
