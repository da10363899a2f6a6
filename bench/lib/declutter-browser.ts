/**
 * What the declutter benchmarks share: Chromium with the built extension, nothing but 127.0.0.1
 * reachable, a page loaded as a person opens it, and declutter run the popup's way.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../test/harness/chromium.ts';
import type { DeclutterState } from '../../src/shared/messages.ts';

export const PAGE_TIMEOUT_MS = 20_000;

interface WorkerGlobals {
  chrome: {
    scripting: { executeScript(options: object): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
  };
}

/** The built extension in headless Chromium; benchmark pages reference their original hosts, so nothing may leave the machine. */
export async function launchOffline(dist?: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(dist);
  await browser.context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  return browser;
}

/**
 * Opens `url` in a new tab; a page whose load never fires (a hanging frame) is still a page: measure what arrived.
 * The saved copy is served over http from 127.0.0.1, where the real site is on https, and some
 * sites' scripts move the tab away; Chromium would then show its error page, or the tab would
 * change document while it is measured. So the tab's later navigations are handled as the real
 * site would meet them:
 * - to the same address on https (`document.location = document.URL.replace(/^http:/, "https:")`):
 *   the copy is served there, where the script finds itself on https and stays;
 * - anywhere, once the document has been parsed: cancelled, as the Stop button would (it only stops
 *   what is still loading then);
 * - anywhere else while the document is still parsing: left to fail, as before (stopping then
 *   would cut the document short).
 */
export async function openPage(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  let navigations = 0;
  let parsed = false;
  page.on('domcontentloaded', () => {
    parsed = true;
  });
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame() || ++navigations === 1) return route.fallback();
    if (isHttpsUpgradeOf(request.url(), url)) return route.fulfill({ response: await route.fetch({ url }) });
    return parsed ? route.abort('aborted') : route.fallback();
  });
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }).catch(async () => {
    await page.waitForLoadState('domcontentloaded', { timeout: 5_000 });
  });
  return page;
}

function isHttpsUpgradeOf(target: string, served: string): boolean {
  return served.startsWith('http:') && target.startsWith('https:') && target.slice('https:'.length) === served.slice('http:'.length);
}

export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.innerText ?? '');
}

/**
 * Marks the tab's document, so that a later `assertSameDocument` tells whether the page replaced
 * itself (a script's reload or redirect) between two readings: text read from two different
 * documents is not a measure of declutter.
 */
export function markDocument(page: Page): Promise<void> {
  return page.evaluate(() => { (window as unknown as { plainsightBenchMark?: true }).plainsightBenchMark = true; });
}

export async function assertSameDocument(page: Page): Promise<void> {
  const same = await page.evaluate(() => (window as unknown as { plainsightBenchMark?: true }).plainsightBenchMark === true);
  if (!same) throw new Error('the page navigated itself during the measurement');
}

/** The popup's path: toolbar click, inject the content script (idempotent), send `declutter:apply`. */
export async function declutterLikeAPerson(browser: ExtensionBrowser, page: Page): Promise<DeclutterState> {
  const once = async (): Promise<DeclutterState> => {
    const tabId = await browser.clickToolbar(page);
    return (await browser.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] });
      return chrome.tabs.sendMessage(id, { channel: 'plainsight', type: 'declutter:apply', payload: {} });
    }, tabId)) as DeclutterState;
  };
  // Now and then Chromium has not granted activeTab yet when the message goes out; one more click.
  const state = once().catch((error: unknown) => {
    if (!String(error).includes('Cannot access contents')) throw error;
    return once();
  });
  return withTimeout(state, PAGE_TIMEOUT_MS);
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))]);
}

export async function closeAllPages(browser: ExtensionBrowser): Promise<void> {
  for (const open of browser.context.pages()) await open.close().catch(() => {});
}

export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
