/**
 * The browser-neutral layer every end-to-end scenario is written against: open a page, click the
 * toolbar button, open the popup or an extension page, read what a person sees. One
 * implementation per browser (chromium-driver.ts; Firefox joins later), so a scenario is written once.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface PageEvents {
  /** Every alert/confirm/prompt message (dialogs are dismissed). */
  dialogs: string[];
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Every request URL the page made. */
  requests: string[];
}

export interface DriverPage {
  readonly events: PageEvents;
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's own JavaScript world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** Clicks the first button or link whose visible text is `text`. */
  clickText(text: string): Promise<void>;
  /** Waits until `selector` matches a visible element. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => boolean, arg?: A, timeoutMs?: number): Promise<void>;
  /** innerText of `selector` (default: body), as a person would read it. */
  text(selector?: string): Promise<string>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly browserName: BrowserName;
  newPage(): Promise<DriverPage>;
  /** A real toolbar click for `page`'s tab; returns the tab id the popup acts on. */
  clickToolbar(page: DriverPage): Promise<number>;
  /** The popup, as a page acting on tab `tabId`. */
  openPopup(tabId: number): Promise<DriverPage>;
  /** Any extension page, e.g. `options/options.html`. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /**
   * The text of reader view (it lives in a closed shadow root that page scripts cannot read),
   * or null when reader view is not open.
   */
  readerText(page: DriverPage): Promise<string | null>;
  /**
   * The markup of reader view's overlay (inside its closed shadow root), or null when reader view
   * is not open: security scenarios inspect what was rendered, not only how it reads.
   */
  readerHtml(page: DriverPage): Promise<string | null>;
  /** Every request made by the extension's own background since launch. */
  backgroundRequests(): string[];
  close(): Promise<void>;
}
