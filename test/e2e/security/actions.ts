/**
 * The user actions every security scenario runs on every hostile or odd page. Each feature that
 * reads or renders page content adds its action here, and every scenario then covers it.
 */
import type { DriverPage, ExtensionDriver } from '../../harness/driver.ts';

export interface ActionContext {
  driver: ExtensionDriver;
  /** The (hostile) page under test, already loaded. */
  page: DriverPage;
  /** Tab id from a real toolbar click (activeTab granted). */
  tabId: number;
}

export interface ActionResult {
  /** Extension pages the action opened (popup…), for their dialogs, requests and console. */
  extensionPages: DriverPage[];
  /** What a person saw, for the scenario's own checks. */
  text: string;
}

export interface SecurityAction {
  name: string;
  run(context: ActionContext): Promise<ActionResult>;
  /** Puts the page back (closes reader view…) so the next action starts from the page as loaded. */
  undo?(context: ActionContext): Promise<void>;
}

/** Opens the popup and waits until it has shown either the facts or a notice. */
async function popupShown(context: ActionContext): Promise<DriverPage> {
  const popup = await context.driver.openPopup(context.tabId);
  await popup.waitFor('.title, .notice', 15_000);
  // Sections (entities, summary…) render after the facts; give them a moment to finish.
  await popup.waitForFunction(() => !document.querySelector('.loading'), undefined, 15_000).catch(() => {});
  return popup;
}

export const POPUP_FACTS: SecurityAction = {
  name: 'popup facts',
  async run(context) {
    const popup = await popupShown(context);
    return { extensionPages: [popup], text: await popup.text() };
  },
};

export const READER_VIEW: SecurityAction = {
  name: 'reader view',
  async run(context) {
    const popup = await popupShown(context);
    await popup.clickText('Reader view');
    await context.page.bringToFront();
    // Long articles arrive in pieces; the host says when the last one is in. (Through the
    // prototype: hostile pages clobber document.querySelector with <img name=querySelector>.)
    await context.page
      .waitForFunction(() => Document.prototype.querySelector.call(document, 'plainsight-reader[data-state="ready"]') !== null, undefined, 30_000)
      .catch(() => {});
    // Pages that break their own built-ins also break waiting from the page's world; then ask
    // over CDP until reader view is there.
    let text = await context.driver.readerText(context.page);
    for (let attempt = 0; attempt < 50 && text === null; attempt++) {
      await new Promise((done) => setTimeout(done, 200));
      text = await context.driver.readerText(context.page);
    }
    if (text === null) throw new Error('reader view did not open');
    // Walk focus through the reader so focus handlers, if any survived, would fire.
    for (let i = 0; i < 6; i++) await context.page.press('Tab');
    return { extensionPages: [popup], text };
  },
  async undo(context) {
    if ((await context.driver.readerText(context.page)) !== null) await context.page.press('Escape');
  },
};

/** Declutter from the popup: the hidden list shows previews of page text in the popup. */
export const DECLUTTER: SecurityAction = {
  name: 'declutter',
  async run(context) {
    const popup = await popupShown(context);
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count', 30_000);
    // The page after declutter is part of what a person sees; a hostile page must stay inert.
    return { extensionPages: [popup], text: await popup.text() };
  },
  async undo(context) {
    const popup = await context.driver.openPopup(context.tabId);
    await popup.waitFor('.title, .notice', 15_000);
    if (await popup.evaluate(() => document.querySelector('.declutter-count') !== null)) await popup.clickText('Show all');
    await popup.close();
  },
};

/**
 * The popup's names and summary, then a click on each: highlights and scrolling act on the page,
 * so the offsets computed from page text must never reach anything but text.
 */
export const ENTITIES_AND_SUMMARY: SecurityAction = {
  name: 'entities and summary',
  async run(context) {
    const popup = await popupShown(context);
    await popup.waitFor('.summary-sentence', 15_000);
    await popup.click('.summary-sentence');
    if (await popup.evaluate(() => document.querySelector('.entities .entity') !== null)) await popup.click('.entities .entity');
    return { extensionPages: [popup], text: await popup.text() };
  },
  async undo(context) {
    const popup = await context.driver.openPopup(context.tabId);
    await popup.close(); // closing the popup clears its highlights
  },
};

/** Every action, in the order scenarios run them. */
export const SECURITY_ACTIONS: readonly SecurityAction[] = [POPUP_FACTS, READER_VIEW, DECLUTTER, ENTITIES_AND_SUMMARY];
