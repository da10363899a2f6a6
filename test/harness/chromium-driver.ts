/** `ExtensionDriver` for real Chromium, over Playwright and CDP. */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension, CHROME_DIST, type ExtensionBrowser } from './chromium.ts';
import { READER_HTML_FUNCTION, READER_SNAPSHOT_FUNCTION, type DriverPage, type ExtensionDriver, type LaunchOptions, type PageEvents, type ReaderSnapshot } from './driver.ts';

class ChromiumPage implements DriverPage {
  readonly events: PageEvents = { dialogs: [], consoleErrors: [], requests: [] };

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.events.dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => {});
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.events.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.events.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => this.events.requests.push(request.url()));
  }

  url = (): string => this.page.url();
  goto = async (url: string): Promise<void> => void (await this.page.goto(url, { waitUntil: 'load' }));
  evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => this.page.evaluate(fn as unknown as () => R, arg as never) as Promise<R>;
  click = (selector: string): Promise<void> => this.page.click(selector);
  clickText = (text: string): Promise<void> => this.page.getByRole('button', { name: text, exact: true }).or(this.page.getByRole('link', { name: text, exact: true })).first().click();
  waitFor = async (selector: string, timeoutMs = 10_000): Promise<void> => void (await this.page.waitForSelector(selector, { state: 'visible', timeout: timeoutMs }));
  waitForFunction = async <A>(fn: (arg: A) => boolean, arg?: A, timeoutMs = 10_000): Promise<void> =>
    void (await this.page.waitForFunction(fn as unknown as () => boolean, arg as never, { timeout: timeoutMs }));
  text = (selector = 'body'): Promise<string> => this.page.innerText(selector);
  press = (key: string): Promise<void> => this.page.keyboard.press(key);
  mouseMove = async (x: number, y: number): Promise<void> => {
    await this.page.bringToFront();
    await this.page.mouse.move(x, y);
  };
  mouseClick = async (x: number, y: number): Promise<void> => {
    await this.page.bringToFront();
    await this.page.mouse.click(x, y);
  };
  runSource = (source: string): Promise<unknown> => this.page.evaluate(source);
  screenshot = async (path: string, fullPage = false): Promise<void> => void (await this.page.screenshot({ path, fullPage }));
  bringToFront = (): Promise<void> => this.page.bringToFront();
  fill = (selector: string, text: string): Promise<void> => this.page.fill(selector, text);
  selectOption = async (selector: string, value: string): Promise<void> => void (await this.page.selectOption(selector, value));
  download = (selector: string): Promise<{ name: string; text: string }> => this.downloadDuring(() => this.page.click(selector));
  downloadDuring = async (action: () => Promise<void>): Promise<{ name: string; text: string }> => {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  emulateMedia = (media: 'print' | 'screen'): Promise<void> => this.page.emulateMedia({ media });
  chooseFile = (selector: string, file: { name: string; text: string }): Promise<void> =>
    this.page.setInputFiles(selector, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  close = (): Promise<void> => this.page.close();
}

/** Reads inside closed shadow roots through CDP, which sees the whole DOM as the browser does. */
async function callInShadow<T>(session: CDPSession, hostTag: string, functionDeclaration: string): Promise<T | null> {
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; nodeId: number; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node): Node | null => {
    if (node.nodeName === hostTag.toUpperCase()) return node.shadowRoots?.[0] ?? null;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const shadow = find(root as Node);
  if (!shadow) return null;
  // In a world of our own: a page that overrides Element.prototype methods (odd-pages.test.ts)
  // would otherwise break the reading itself.
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'plainsight-test-reader' });
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  const result = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration,
    returnByValue: true,
  });
  return (result.result.value as T | null) ?? null;
}

export async function launchChromiumDriver(dist = CHROME_DIST, options: LaunchOptions = {}): Promise<ExtensionDriver & { raw: ExtensionBrowser }> {
  const raw = await launchWithExtension(dist, options);
  const backgroundRequests: string[] = [];
  raw.context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://') || !request.frame) return;
    if (request.serviceWorker()) backgroundRequests.push(request.url());
  });
  // The service worker's console errors (a restarted worker is a new Worker object).
  const backgroundConsoleErrors: string[] = [];
  const watchWorker = (worker: Worker): void => {
    worker.on('console', (message) => {
      if (message.type() === 'error') backgroundConsoleErrors.push(message.text());
    });
  };
  watchWorker(raw.worker);
  raw.context.on('serviceworker', watchWorker);
  const wrap = (page: Page): ChromiumPage => new ChromiumPage(page);
  const unwrap = (page: DriverPage): Page => (page as ChromiumPage).page;
  // One CDP session per page, kept until the page closes: detaching a session resets the page's
  // emulated media, so a session per read undid print emulation in the middle of a scenario.
  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  const sessionFor = (page: Page): Promise<CDPSession> => {
    let session = sessions.get(page);
    if (!session) {
      session = raw.context.newCDPSession(page);
      sessions.set(page, session);
    }
    return session;
  };
  const inShadow = async <T>(page: DriverPage, hostTag: string, fn: string): Promise<T | null> =>
    callInShadow<T>(await sessionFor(unwrap(page)), hostTag, fn);
  const inReader = <T>(page: DriverPage, fn: string): Promise<T | null> => inShadow<T>(page, 'plainsight-reader', fn);
  return {
    browserName: 'chromium',
    browserPageUrl: 'chrome://version',
    extensionBaseUrl: raw.extensionUrl(''),
    raw,
    newPage: async () => wrap(await raw.context.newPage()),
    clickToolbar: (page) => raw.clickToolbar(unwrap(page)),
    openPopup: async (tabId) => wrap(await raw.openPopup(tabId)),
    async openExtensionPage(path) {
      const page = wrap(await raw.context.newPage());
      await page.goto(raw.extensionUrl(path));
      return page;
    },
    inClosedShadow: <T>(page: DriverPage, hostTag: string, fn: string) => inShadow<T>(page, hostTag, fn),
    readerText: async (page) => (await inReader<ReaderSnapshot>(page, READER_SNAPSHOT_FUNCTION))?.text ?? null,
    readerSnapshot: (page) => inReader<ReaderSnapshot>(page, READER_SNAPSHOT_FUNCTION),
    readerHtml: (page) => inReader<string>(page, READER_HTML_FUNCTION),
    readerCall: (page, functionDeclaration) => inReader(page, functionDeclaration),
    allowSiteAccess: (origin) => raw.allowSiteAccess(origin),
    backgroundRequests: () => [...backgroundRequests],
    backgroundConsoleErrors: () => [...backgroundConsoleErrors],
    close: () => raw.close(),
  };
}
