/** `--mode reader`: the popup's Reader view button (or Try anyway when no article was found). */
import type { TryMode } from './mode.ts';

export const readerMode: TryMode = {
  name: 'reader',
  description: 'open reader view from the popup',
  async run({ driver, page, popup }) {
    // Reader view, or Try anyway when no article was found: the first main button, whatever the interface language.
    const button = '#app > .actions button.primary';
    await popup.waitFor(button);
    const label = (await popup.text(button)).trim();
    await popup.click(button);
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('plainsight-reader') !== null, undefined, 10_000).catch(() => {});
    const reader = await driver.readerText(page);
    return { visibleText: reader ?? (await page.text()), extra: { readerOpen: reader !== null, button: label } };
  },
};

/** `--mode popup`: only open the popup and read it; the page is left as it was. */
export const popupMode: TryMode = {
  name: 'popup',
  description: 'open the popup only',
  async run({ page }) {
    return { visibleText: await page.text() };
  },
};
