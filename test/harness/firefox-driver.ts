/** `ExtensionDriver` for real Firefox ESR, over Puppeteer and WebDriver BiDi. */
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox, str, FIREFOX_DIST, contextIdOf, type BidiConnection, type FirefoxSession } from './firefox.ts';
import { ALLOW_SITE_ACCESS, CLICK_TOOLBAR, WATCH_EXTENSION_LOADS, WATCH_EXTENSION_REQUESTS } from './firefox-chrome-scripts.ts';
import { READER_SNAPSHOT_FUNCTION, type DriverPage, type ExtensionDriver, type LaunchOptions, type PageEvents, type ReaderSnapshot } from './driver.ts';

/** Channel on which extension pages report their errors (see REPORT_ERRORS). */
const PAGE_ERRORS_CHANNEL = 'plainsight-page-errors';

/**
 * Firefox's BiDi log events leave out moz-extension:// documents, so an extension page reports its
 * own console.error calls and uncaught errors, hooked as soon as its document exists (errors in
 * the very first moments of loading can be missed).
 */
const REPORT_ERRORS = `function (report) {
  const original = console.error;
  console.error = function (...args) { report(args.map(String).join(' ')); return original.apply(this, args); };
  window.addEventListener('error', (event) => report('uncaught: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => report('uncaught: ' + ((event.reason && event.reason.message) || event.reason)));
}`;

class FirefoxPage implements DriverPage {
  readonly events: PageEvents = { dialogs: [], consoleErrors: [], requests: [] };

  constructor(
    readonly page: Page,
    private readonly downloads: string,
    private readonly session: FirefoxSession,
  ) {
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
    if (url.startsWith('moz-extension:')) {
      await this.session.callInPage(this.page, REPORT_ERRORS, [{ type: 'channel', value: { channel: PAGE_ERRORS_CHANNEL } }]);
      await this.page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    }
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
  /** A person types into the tab in front: in a background tab Firefox moves focus differently. */
  async press(key: string): Promise<void> {
    await this.page.bringToFront();
    type Key = Parameters<Page['keyboard']['press']>[0];
    // "Control+V" as Playwright writes it: hold the modifiers, press the last key.
    const parts = key.split('+');
    if (parts.length < 2 || parts.some((part) => part === '')) return this.page.keyboard.press(key as Key);
    const last = parts.pop() as string;
    for (const modifier of parts) await this.page.keyboard.down(modifier as Key);
    await this.page.keyboard.press(last as Key);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier as Key);
  }
  async mouseMove(x: number, y: number): Promise<void> {
    await this.page.bringToFront();
    await this.page.mouse.move(x, y);
  }
  async mouseClick(x: number, y: number): Promise<void> {
    await this.page.bringToFront();
    await this.page.mouse.click(x, y);
  }
  runSource = (source: string): Promise<unknown> => this.page.evaluate(source);
  screenshot = async (path: string, fullPage = false): Promise<void> => void (await this.page.screenshot({ path, fullPage }));
  bringToFront = (): Promise<void> => this.page.bringToFront();

  /** Replaces the field's text by typing, as a person does (select all, then type). */
  async fill(selector: string, text: string): Promise<void> {
    const field = await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    if (!field) throw new Error(`no field ${selector}`);
    await this.page.bringToFront();
    await field.click();
    await field.evaluate((element) => (element as HTMLInputElement).select());
    if (text === '') await this.page.keyboard.press('Backspace');
    else await this.page.keyboard.type(text);
  }

  selectOption = async (selector: string, value: string): Promise<void> => void (await this.page.select(selector, value));

  /** Clicks `selector` and waits for the file Firefox saves (see downloadDuring). */
  download(selector: string): Promise<{ name: string; text: string }> {
    return this.downloadDuring(() => this.click(selector));
  }

  /** Runs `action` and waits for the file Firefox saves into this session's download folder. */
  async downloadDuring(action: () => Promise<void>): Promise<{ name: string; text: string }> {
    // An empty folder, so Firefox keeps the page's file name instead of adding "(2)".
    for (const name of readdirSync(this.downloads)) rmSync(join(this.downloads, name), { force: true });
    await action();
    const deadline = Date.now() + 10_000;
    let lastSize = -1;
    let lastName: string | undefined;
    for (;;) {
      const names = readdirSync(this.downloads);
      const done = names.find((name) => !name.endsWith('.part') && !names.includes(`${name}.part`));
      // The file can appear before its bytes do, and Firefox may write it under a temporary name and
      // rename it (gone between listing and stat): wait until one name has bytes that stop changing.
      const size = done ? (statSync(join(this.downloads, done), { throwIfNoEntry: false })?.size ?? -1) : -1;
      if (done && size > 0 && size === lastSize && done === lastName) return { name: done, text: readFileSync(join(this.downloads, done), 'utf8') };
      lastSize = size;
      lastName = done;
      if (Date.now() > deadline) throw new Error('the action downloaded nothing');
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }

  /** Puppeteer's emulateMediaType needs CDP; Firefox's own print simulation (devtools') is the browsing context's mediumOverride. */
  emulateMedia = (media: 'print' | 'screen'): Promise<void> =>
    this.session.inChrome<void>(
      `function (navigableId, medium) {
        const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
        NavigableManager.getBrowserById(navigableId).browsingContext.mediumOverride = medium;
      }`,
      str(contextIdOf(this.page)),
      str(media === 'print' ? 'print' : ''),
    );

  /** Puts a file with this name and text in the file input, as the file dialog would. */
  async chooseFile(selector: string, file: { name: string; text: string }): Promise<void> {
    const input = await this.page.waitForSelector(selector, { timeout: 10_000 });
    if (!input) throw new Error(`no file input ${selector}`);
    const path = join(mkdtempSync(join(this.downloads, '..', 'upload-')), file.name);
    writeFileSync(path, file.text);
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  }

  close = (): Promise<void> => this.page.close();
}

/**
 * Runs `functionDeclaration` with the closed shadow root of the first `hostTag` element (reader view,
 * pick mode) as `this`, read the way devtools would: BiDi serializes an element's shadow root, closed ones included when asked
 * (`includeShadowTree: 'all'`), and that reference can be handed back to the page as `this`.
 * Page scripts still cannot reach it. Null when there is no such element.
 */
async function inShadow<T>(session: FirefoxSession, page: Page, hostTag: string, functionDeclaration: string): Promise<T | null> {
  // In the harness's own sandbox: hostile pages replace querySelector, JSON and friends.
  const sandbox = 'plainsight-harness';
  const host = await session.callInPage(page, 'function (tag) { return document.querySelector(tag); }', [str(hostTag)], { includeShadowTree: true, sandbox });
  if (host.type !== 'node') return null;
  const shadowRoot = (host.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot;
  if (!shadowRoot?.sharedId) return null;
  const json = await session.callInPage(page, `function () { return JSON.stringify((${functionDeclaration}).call(this)); }`, [], {
    thisArg: { sharedId: shadowRoot.sharedId },
    sandbox,
  });
  return json.type === 'string' ? (JSON.parse(json.value as string) as T | null) : null;
}

export async function launchFirefoxDriver(dist = FIREFOX_DIST, options: LaunchOptions = {}): Promise<ExtensionDriver & { raw: FirefoxSession }> {
  const session = await launchFirefox(dist, options);
  const backgroundRequests: string[] = [];
  const pages = new Map<string, FirefoxPage>();
  const requestsChannel = `plainsight-requests-${Date.now()}`;
  const loadsChannel = `plainsight-loads-${Date.now()}`;
  session.connection.on('script.message', (params) => {
    const data = params['data'] as { type: string; value?: unknown } | undefined;
    if (data?.type !== 'string') return;
    const text = data.value as string;
    if (params['channel'] === requestsChannel) {
      // Requests of extension pages in tabs belong to that page (BiDi does not report them); the rest are the background's.
      const { url, context } = JSON.parse(text) as { url: string; context: string | null };
      const page = context ? pages.get(context) : undefined;
      if (page) page.events.requests.push(url);
      else backgroundRequests.push(url);
    } else if (params['channel'] === loadsChannel) {
      // A load can be checked more than once (preload, then load): list each URL once per page.
      const { url, context } = JSON.parse(text) as { url: string; context: string };
      const page = pages.get(context);
      if (page && !page.events.requests.includes(url)) page.events.requests.push(url);
    } else if (params['channel'] === PAGE_ERRORS_CHANNEL) {
      const source = params['source'] as { context?: string } | undefined;
      pages.get(source?.context ?? '')?.events.consoleErrors.push(text);
    }
  });
  await session.inChrome(WATCH_EXTENSION_REQUESTS, str(session.extensionId), { type: 'channel', value: { channel: requestsChannel } });
  await session.inChrome(WATCH_EXTENSION_LOADS, { type: 'channel', value: { channel: loadsChannel } });

  const wrap = (page: Page): FirefoxPage => {
    const wrapped = new FirefoxPage(page, session.downloadDir, session);
    pages.set(contextIdOf(page), wrapped);
    return wrapped;
  };
  const unwrap = (page: DriverPage): Page => (page as FirefoxPage).page;
  const openExtensionPage = async (path: string, viewport?: { width: number; height: number }): Promise<FirefoxPage> => {
    const page = wrap(await session.browser.newPage());
    if (viewport) await page.page.setViewport(viewport);
    await page.goto(session.extensionUrl(path));
    return page;
  };
  const inReader = <T>(session: FirefoxSession, page: Page, fn: string): Promise<T | null> => inShadow<T>(session, page, 'plainsight-reader', fn);
  const driver = {
    browserName: 'firefox' as const,
    inClosedShadow: <T>(page: DriverPage, hostTag: string, fn: string) => inShadow<T>(session, unwrap(page), hostTag, fn),
    browserPageUrl: 'about:support',
    extensionBaseUrl: session.extensionUrl(''),
    raw: session,
    newPage: async () => wrap(await session.browser.newPage()),
    async clickToolbar(page: DriverPage): Promise<number> {
      // A person clicks the toolbar of the tab they are looking at.
      await page.bringToFront();
      return session.inChrome<number>(CLICK_TOOLBAR, str(contextIdOf(unwrap(page))), str(session.extensionId));
    },
    openPopup: (tabId: number) => openExtensionPage(`popup/popup.html?tab=${tabId}`, { width: 360, height: 600 }),
    openExtensionPage: (path: string) => openExtensionPage(path),
    readerText: async (page: DriverPage) => (await inReader<ReaderSnapshot>(session, unwrap(page), READER_SNAPSHOT_FUNCTION))?.text ?? null,
    readerSnapshot: (page: DriverPage) => inReader<ReaderSnapshot>(session, unwrap(page), READER_SNAPSHOT_FUNCTION),
    /** The markup of reader view's overlay (for security scenarios), or null when it is not open. */
    readerHtml: (page: DriverPage) =>
      inReader<string>(session, unwrap(page), 'function () { const el = this.querySelector(".overlay"); return el ? el.innerHTML : null; }'),
    readerCall: <T>(page: DriverPage, functionDeclaration: string) => inReader<T>(session, unwrap(page), functionDeclaration),
    /** What about:addons does when the person switches on access to one site (see ALLOW_SITE_ACCESS). */
    allowSiteAccess: (origin: string) => session.inChrome<void>(ALLOW_SITE_ACCESS, str(session.extensionId), str(origin)),
    backgroundRequests: () => [...backgroundRequests],
    close: () => session.close(),
  };
  return driver;
}
