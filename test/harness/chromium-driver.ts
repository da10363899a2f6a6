/** `ExtensionDriver` for real Chromium, over Playwright and CDP. */
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, CHROME_DIST, type ExtensionBrowser } from './chromium.ts';
import type { DriverPage, ExtensionDriver, PageEvents } from './driver.ts';

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
  screenshot = async (path: string, fullPage = false): Promise<void> => void (await this.page.screenshot({ path, fullPage }));
  bringToFront = (): Promise<void> => this.page.bringToFront();
  close = (): Promise<void> => this.page.close();
}

/** Reads inside closed shadow roots through CDP, which sees the whole DOM as the browser does. */
async function readerTextViaCdp(session: CDPSession, property: 'innerText' | 'innerHTML' = 'innerText'): Promise<string | null> {
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; nodeId: number; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node): Node | null => {
    if (node.nodeName === 'PLAINSIGHT-READER') return node.shadowRoots?.[0] ?? null;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const shadow = find(root as Node);
  if (!shadow) return null;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const result = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { const el = this.querySelector(".overlay"); return el ? el.${property} : null; }`,
    returnByValue: true,
  });
  return (result.result.value as string | null) ?? null;
}

export async function launchChromiumDriver(dist = CHROME_DIST): Promise<ExtensionDriver & { raw: ExtensionBrowser }> {
  const raw = await launchWithExtension(dist);
  const backgroundRequests: string[] = [];
  raw.context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://') || !request.frame) return;
    if (request.serviceWorker()) backgroundRequests.push(request.url());
  });
  const wrap = (page: Page): ChromiumPage => new ChromiumPage(page);
  const unwrap = (page: DriverPage): Page => (page as ChromiumPage).page;
  return {
    browserName: 'chromium',
    raw,
    newPage: async () => wrap(await raw.context.newPage()),
    clickToolbar: (page) => raw.clickToolbar(unwrap(page)),
    openPopup: async (tabId) => wrap(await raw.openPopup(tabId)),
    async openExtensionPage(path) {
      const page = wrap(await raw.context.newPage());
      await page.goto(raw.extensionUrl(path));
      return page;
    },
    async readerText(page) {
      const session = await raw.context.newCDPSession(unwrap(page));
      try {
        return await readerTextViaCdp(session);
      } finally {
        await session.detach().catch(() => {});
      }
    },
    async readerHtml(page) {
      const session = await raw.context.newCDPSession(unwrap(page));
      try {
        return await readerTextViaCdp(session, 'innerHTML');
      } finally {
        await session.detach().catch(() => {});
      }
    },
    backgroundRequests: () => [...backgroundRequests],
    close: () => raw.close(),
  };
}
