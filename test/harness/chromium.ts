/**
 * Real Chromium with the built, unpacked extension. `clickToolbar` is a real toolbar click
 * (CDP Extensions.triggerAction), so the extension gets activeTab exactly as for a person.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { resolve } from 'node:path';
import { BROWSER_PATHS } from './browser-paths.ts';

export const CHROMIUM_PATH = BROWSER_PATHS.chromium;
export const CHROME_DIST = resolve(process.env['PLAINSIGHT_DIST'] ?? 'dist/chrome');

/** The little of `chrome.*` the harness calls inside the service worker. */
interface ServiceWorkerGlobals {
  chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Clicks the toolbar button for `page`'s tab and returns that tab's id. */
  clickToolbar(page: Page): Promise<number>;
  /** Opens the popup as a page that acts on tab `tabId` (what the toolbar bubble shows). */
  openPopup(tabId: number, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  extensionUrl(path: string): string;
  /** Site access granted on chrome://extensions, as a person does under Details → Site access. */
  allowSiteAccess(origin: string): Promise<void>;
  close(): Promise<void>;
}

/** The little of chrome://extensions' private API the harness uses (the page's own Site access controls call it). */
interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: 'ON_SPECIFIC_SITES' }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

export async function launchWithExtension(dist = CHROME_DIST, options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // On Linux Chromium takes its interface language from LANGUAGE (--lang alone is ignored there).
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale }, locale: options.locale } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // Lets the test click the toolbar button through CDP (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Linux Chromium offers speech-dispatcher's voices (espeak-ng in CI) to speechSynthesis only with this switch.
      '--enable-speech-dispatcher',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  const session: CDPSession = await browser.newBrowserCDPSession();

  const tabTargetId = async (page: Page): Promise<string> => {
    const pageSession = await context.newCDPSession(page);
    const { targetInfo } = await pageSession.send('Target.getTargetInfo');
    await pageSession.detach();
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
    // A tab target and its page target share the URL; the page session tells us which tab is ours.
    const tabs = targetInfos.filter((info) => info.type === 'tab');
    const match = tabs.find((info) => info.targetId === targetInfo.targetId) ?? tabs.find((info) => info.url === targetInfo.url);
    if (!match) throw new Error(`no tab target for ${page.url()}`);
    return match.targetId;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    // After the click the extension sees the tab's URL (activeTab). On pages it may not touch
    // (chrome://, the web store) it never does, so fall back to the active tab, which is this page.
    await page.bringToFront();
    const id = await worker.evaluate(async (pageUrl) => {
      const { tabs } = (globalThis as unknown as ServiceWorkerGlobals).chrome;
      const byUrl = (await tabs.query({})).find((tab) => tab.url === pageUrl);
      if (byUrl?.id !== undefined) return byUrl.id;
      const active = await tabs.query({ active: true, lastFocusedWindow: true });
      return active.length === 1 ? (active[0]?.id ?? null) : null;
    }, url);
    if (id === null) throw new Error(`the extension cannot see the tab of ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    async clickToolbar(page) {
      await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: await tabTargetId(page) } as never);
      return tabIdOf(page);
    },
    async openPopup(tabId, popupOptions = {}) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      if (popupOptions.colorScheme) await popup.emulateMedia({ colorScheme: popupOptions.colorScheme });
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
      return popup;
    },
    async allowSiteAccess(origin) {
      // The permission prompt is a native dialog that headless Chromium never lets a test answer,
      // so the person grants access where Chromium offers it outside the prompt: the extension's
      // Site access setting. permissions.request then resolves true without a prompt.
      const settings = await context.newPage();
      try {
        await settings.goto(`chrome://extensions/?id=${extensionId}`);
        await settings.evaluate(
          async ({ id, host }) => {
            const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
            await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
            await api.addHostPermission(id, host);
          },
          { id: extensionId, host: origin },
        );
      } finally {
        await settings.close();
      }
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: () => context.close(),
  };
}
