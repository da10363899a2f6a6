/** `ExtensionDriver` for real Firefox ESR, over Puppeteer and WebDriver BiDi. */
import type { Page } from 'puppeteer-core';
import { launchFirefox, str, FIREFOX_DIST, contextIdOf, type BidiConnection, type FirefoxSession } from './firefox.ts';
import { CLICK_TOOLBAR, WATCH_EXTENSION_REQUESTS } from './firefox-chrome-scripts.ts';
import { READER_SNAPSHOT_FUNCTION, type DriverPage, type ExtensionDriver, type LaunchOptions, type PageEvents, type ReaderSnapshot } from './driver.ts';

class FirefoxPage implements DriverPage {
  readonly events: PageEvents = { dialogs: [], consoleErrors: [], requests: [] };

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.events.dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => {});
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.events.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.events.consoleErrors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
    page.on('request', (request) => this.events.requests.push(request.url()));
  }

  /**
   * Where `goto` last went when that was not a web page: Puppeteer over BiDi does not follow
   * navigations into Firefox's other processes (moz-extension:// pages, privileged about: pages).
   */
  #otherProcessUrl: string | null = null;

  url = (): string => this.#otherProcessUrl ?? this.page.url();

  async goto(url: string): Promise<void> {
    this.#otherProcessUrl = /^(https?|file|data):/i.test(url) ? null : url;
    if (!this.#otherProcessUrl) {
      await this.page.goto(url, { waitUntil: 'load' });
      return;
    }
    // Firefox never reports these loads over BiDi, so Puppeteer's goto would time out: start the
    // navigation without waiting, then wait for the document itself.
    const { connection } = this.page.browser() as unknown as { connection: BidiConnection };
    const context = contextIdOf(this.page);
    await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const tree = await connection.send('browsingContext.getTree', { root: context, maxDepth: 0 });
      if ((tree.result['contexts'] as { url: string }[])[0]?.url === url) break;
      if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    // Privileged about: pages refuse Puppeteer's injected functions; extension pages must finish loading.
    if (url.startsWith('moz-extension:')) await this.page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
  }

  evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => this.page.evaluate(fn as unknown as (arg: unknown) => R, arg as unknown) as Promise<R>;
  click = async (selector: string): Promise<void> => {
    await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    await this.page.click(selector);
  };

  async clickText(text: string): Promise<void> {
    const handle = await this.page.waitForFunction(
      (wanted: string) =>
        Array.from(document.querySelectorAll<HTMLElement>('button, a, [role="button"], [role="link"]')).find(
          (element) => element.innerText.trim() === wanted && element.getClientRects().length > 0,
        ) ?? null,
      { timeout: 10_000 },
      text,
    );
    const element = handle.asElement();
    if (!element) throw new Error(`no button or link "${text}"`);
    await (element as Awaited<ReturnType<Page['$']>> & object).click();
  }

  waitFor = async (selector: string, timeoutMs = 10_000): Promise<void> => void (await this.page.waitForSelector(selector, { visible: true, timeout: timeoutMs }));
  waitForFunction = async <A>(fn: (arg: A) => boolean, arg?: A, timeoutMs = 10_000): Promise<void> =>
    void (await this.page.waitForFunction(fn as unknown as (arg: unknown) => boolean, { timeout: timeoutMs }, arg as unknown));
  text = (selector = 'body'): Promise<string> => this.page.$eval(selector, (element) => (element as HTMLElement).innerText);
  press = (key: string): Promise<void> => this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  screenshot = async (path: string, fullPage = false): Promise<void> => void (await this.page.screenshot({ path, fullPage }));
  bringToFront = (): Promise<void> => this.page.bringToFront();
  close = (): Promise<void> => this.page.close();
}

/**
 * Runs `functionDeclaration` with reader view's closed shadow root as `this`, read the way devtools
 * would: BiDi serializes an element's shadow root, closed ones included when asked
 * (`includeShadowTree: 'all'`), and that reference can be handed back to the page as `this`.
 * Page scripts still cannot reach it. Null when reader view is not open.
 */
async function inReader<T>(session: FirefoxSession, page: Page, functionDeclaration: string): Promise<T | null> {
  const host = await session.callInPage(page, 'function () { return document.querySelector("plainsight-reader"); }', [], { includeShadowTree: true });
  if (host.type !== 'node') return null;
  const shadowRoot = (host.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot;
  if (!shadowRoot?.sharedId) return null;
  const json = await session.callInPage(page, `function () { return JSON.stringify((${functionDeclaration}).call(this)); }`, [], {
    thisArg: { sharedId: shadowRoot.sharedId },
  });
  return json.type === 'string' ? (JSON.parse(json.value as string) as T | null) : null;
}

export async function launchFirefoxDriver(dist = FIREFOX_DIST, options: LaunchOptions = {}): Promise<ExtensionDriver & { raw: FirefoxSession }> {
  const session = await launchFirefox(dist, options);
  const extensionRequests: string[] = [];
  const channel = `plainsight-requests-${Date.now()}`;
  session.connection.on('script.message', (params) => {
    const data = params['data'] as { type: string; value?: unknown } | undefined;
    if (params['channel'] === channel && data?.type === 'string') extensionRequests.push(data.value as string);
  });
  await session.inChrome(WATCH_EXTENSION_REQUESTS, str(session.extensionId), { type: 'channel', value: { channel } });

  const wrap = (page: Page): FirefoxPage => new FirefoxPage(page);
  const unwrap = (page: DriverPage): Page => (page as FirefoxPage).page;
  const openExtensionPage = async (path: string, viewport?: { width: number; height: number }): Promise<FirefoxPage> => {
    const page = wrap(await session.browser.newPage());
    if (viewport) await page.page.setViewport(viewport);
    await page.goto(session.extensionUrl(path));
    return page;
  };
  return {
    browserName: 'firefox',
    browserPageUrl: 'about:support',
    raw: session,
    newPage: async () => wrap(await session.browser.newPage()),
    async clickToolbar(page) {
      // A person clicks the toolbar of the tab they are looking at.
      await page.bringToFront();
      return session.inChrome<number>(CLICK_TOOLBAR, str(contextIdOf(unwrap(page))), str(session.extensionId));
    },
    openPopup: (tabId) => openExtensionPage(`popup/popup.html?tab=${tabId}`, { width: 360, height: 600 }),
    openExtensionPage: (path) => openExtensionPage(path),
    readerText: async (page) => (await inReader<ReaderSnapshot>(session, unwrap(page), READER_SNAPSHOT_FUNCTION))?.text ?? null,
    readerSnapshot: (page) => inReader<ReaderSnapshot>(session, unwrap(page), READER_SNAPSHOT_FUNCTION),
    backgroundRequests: () => [...extensionRequests],
    close: () => session.close(),
  };
}
