/**
 * Reader view's tools as a person uses them from the keyboard: focus a button in the (closed)
 * shadow root, then press Enter — a real key press, so the browser counts it as a user gesture
 * (speech and the clipboard need one).
 */
import type { DriverPage, ExtensionDriver } from './driver.ts';

/** Loads `url`, clicks the toolbar button and the popup's Reader view, and waits until the whole article is in. */
export async function openReaderFromPopup(driver: ExtensionDriver, page: DriverPage, url: string): Promise<number> {
  await page.goto(url);
  const tabId = await driver.clickToolbar(page);
  const popup = await driver.openPopup(tabId);
  await popup.waitFor('.title');
  await popup.clickText('Reader view');
  await popup.close();
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector('plainsight-reader')?.getAttribute('data-state') === 'ready');
  return tabId;
}

/** Focuses the reader view control whose visible text is `label`; false if there is none. */
export async function focusReaderControl(driver: ExtensionDriver, page: DriverPage, label: string): Promise<boolean> {
  const source = `function () {
    const control = Array.from(this.querySelectorAll('button')).find((button) => button.textContent.trim() === ${JSON.stringify(label)} && !button.closest('[hidden]'));
    if (!control) return false;
    control.focus();
    return this.activeElement === control;
  }`;
  return (await driver.readerCall<boolean>(page, source)) ?? false;
}

export async function pressReaderButton(driver: ExtensionDriver, page: DriverPage, label: string): Promise<void> {
  await page.bringToFront();
  if (!(await focusReaderControl(driver, page, label))) throw new Error(`reader view has no button "${label}"`);
  await page.press('Enter');
}

export interface ListenSnapshot {
  state: string | null;
  lang: string | null;
  voice: string | null;
  voiceLang: string | null;
  status: string;
  position: string;
  sentence: string | null;
  /** Whether the sentence's text is highlighted (CSS Custom Highlight API) right now. */
  highlighted: string | null;
  hidden: boolean;
}

/** What the Listen bar shows. */
export function listenSnapshot(driver: ExtensionDriver, page: DriverPage): Promise<ListenSnapshot | null> {
  return driver.readerCall<ListenSnapshot>(
    page,
    `function () {
      const bar = this.querySelector('.listen-bar');
      if (!bar) return null;
      const position = bar.querySelector('.listen-position');
      const current = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.get('plainsight-reading') : undefined;
      let highlighted = null;
      // Firefox's sandbox cannot iterate a Highlight (Xray); forEach works in both browsers.
      try { if (current) current.forEach((range) => { highlighted = range.toString(); }); } catch (error) { highlighted = 'unreadable: ' + error; }
      return { state: bar.dataset.state || null, lang: bar.dataset.lang || null, voice: bar.dataset.voice || null, voiceLang: bar.dataset.voiceLang || null,
        status: bar.querySelector('.listen-status').textContent, position: position.textContent, sentence: position.dataset.sentence || null, highlighted, hidden: bar.hidden };
    }`,
  );
}
