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
  /** Moves the mouse to (x, y), viewport CSS pixels, as a person does (the tab comes to the front). */
  mouseMove(x: number, y: number): Promise<void>;
  /** A real mouse click at (x, y), viewport CSS pixels. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Runs a script's source text in the page's own world (e.g. a test library such as axe-core); returns its value. */
  runSource(source: string): Promise<unknown>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  /** Fills a text field as a person types (replacing what was there). */
  fill(selector: string, text: string): Promise<void>;
  /** Chooses an option of a <select> by its value. */
  selectOption(selector: string, value: string): Promise<void>;
  /** Clicks `selector` and returns the file the page downloads because of it. */
  download(selector: string): Promise<{ name: string; text: string }>;
  /** Runs `action` (a key press, a click) and returns the file the page downloads because of it. */
  downloadDuring(action: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Renders the page for `media` (print preview without printing); 'screen' goes back. */
  emulateMedia(media: 'print' | 'screen'): Promise<void>;
  /** Picks a file in the file input `selector`, as a person does in the file dialog. */
  chooseFile(selector: string, file: { name: string; text: string }): Promise<void>;
  close(): Promise<void>;
}

export interface ReaderSnapshot {
  text: string;
  dir: string;
  lang: string;
  /** Computed background and text colours of the reader, e.g. "rgb(27, 28, 30)". */
  background: string;
  color: string;
  /** How many of each element the article body shows (img, figure, figcaption, table, li, blockquote, a, iframe). */
  counts: Record<string, number>;
  /** Loaded images (naturalWidth > 0) in the reader. */
  loadedImages: number;
  /** The article's computed font. */
  fontFamily: string;
  fontSize: string;
  /** The theme reader view resolved ("light", "sepia", "dark"). */
  theme: string;
  /** Left edges in px of reader view's title and of the article body's first paragraph (alignment checks). */
  titleLeft: number;
  firstParagraphLeft: number;
}

/** Runs inside reader view's shadow root (`this`); shared by every driver so each reports the same way. */
/** Run on reader view's shadow root: the overlay's markup, for `readerHtml`. */
export const READER_HTML_FUNCTION = `function () { const overlay = this.querySelector('.overlay'); return overlay ? overlay.innerHTML : null; }`;

export const READER_SNAPSHOT_FUNCTION = `function () {
  const overlay = this.querySelector('.overlay');
  if (!overlay) return null;
  const article = overlay.querySelector('article');
  const style = getComputedStyle(overlay);
  const articleStyle = getComputedStyle(article);
  const counts = {};
  for (const tag of ['img', 'figure', 'figcaption', 'table', 'li', 'blockquote', 'a', 'iframe']) counts[tag] = article.querySelectorAll(tag).length;
  const loadedImages = Array.from(article.querySelectorAll('img')).filter((img) => img.complete && img.naturalWidth > 0).length;
  const leftOf = (el) => (el ? el.getBoundingClientRect().left : NaN);
  const titleLeft = leftOf(overlay.querySelector('h1.title'));
  const firstParagraphLeft = leftOf(overlay.querySelector('.content p'));
  return { titleLeft, firstParagraphLeft, text: overlay.innerText, dir: article.dir, lang: article.lang, background: style.backgroundColor, color: style.color, counts, loadedImages,
    fontFamily: articleStyle.fontFamily, fontSize: articleStyle.fontSize, theme: overlay.dataset.theme || '' };
}`;

export interface LaunchOptions {
  /** The system colour scheme the browser reports to pages (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (e.g. "ur"): what the extension's i18n and `getUILanguage()` follow. */
  locale?: string;
}

export interface ExtensionDriver {
  readonly browserName: BrowserName;
  /** One of the browser's own pages, which no extension may read (chrome://version, about:support). */
  readonly browserPageUrl: string;
  /** Where the extension's own files are, e.g. `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly extensionBaseUrl: string;
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
  /**
   * Runs `functionDeclaration` with the closed shadow root of the first `hostTag` element as
   * `this` (the harness reads it the way devtools does; page scripts cannot), in a world of the
   * harness's own; returns its JSON result, or null when there is no such element.
   */
  inClosedShadow<T>(page: DriverPage, hostTag: string, functionDeclaration: string): Promise<T | null>;
  /** What reader view shows, beyond its text: direction, language, colours and the kinds of content. */
  readerSnapshot(page: DriverPage): Promise<ReaderSnapshot | null>;
  /**
   * Runs `functionDeclaration` (source of a `function () {…}`) with reader view's closed shadow
   * root as `this` and returns its JSON-able result; null when reader view is not open.
   */
  readerCall<T>(page: DriverPage, functionDeclaration: string): Promise<T | null>;
  /**
   * The person allows the extension on `origin` (a match pattern) in the browser's own extension
   * settings. A headless browser cannot show or answer the `permissions.request` prompt, so a
   * scenario does this first; the extension's real request then gets "yes" without a prompt.
   */
  allowSiteAccess(origin: string): Promise<void>;
  /** Every request made by the extension's own background since launch. */
  backgroundRequests(): string[];
  /** console.error messages of the background, where the browser lets the harness see them (Chromium's service worker). */
  backgroundConsoleErrors?(): string[];
  close(): Promise<void>;
}
