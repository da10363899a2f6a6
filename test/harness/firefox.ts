/**
 * Real Firefox ESR with the built `dist/firefox` as a temporary add-on, driven by Puppeteer over
 * WebDriver BiDi. `--remote-allow-system-access` lets BiDi also reach the browser's own window
 * (browser.xhtml, the "chrome" scope), which is where the toolbar lives: `clickToolbar` clicks
 * the real extensions button and then our entry in its panel, exactly where a person clicks.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { LaunchOptions } from './driver.ts';
import { BROWSER_PATHS } from './browser-paths.ts';

export const FIREFOX_PATH = BROWSER_PATHS.firefox;
export const FIREFOX_DIST = resolve(process.env['PLAINSIGHT_FIREFOX_DIST'] ?? 'dist/firefox');
/** Pinned through `extensions.webextensions.uuids`, so extension pages have a known address. */
export const EXTENSION_UUID = '6c0f6d2e-8a51-4a4e-9a83-5f3f2d3e7a01';

/** The few BiDi messages the harness sends itself, beyond what Puppeteer wraps. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}

type RemoteValue = { type: string; value?: unknown; sharedId?: string };
export type BidiArgument = { type: 'string'; value: string } | { type: 'number'; value: number } | { sharedId: string } | { type: 'channel'; value: { channel: string } };

export const str = (value: string): BidiArgument => ({ type: 'string', value });

export interface CallOptions {
  thisArg?: BidiArgument;
  includeShadowTree?: boolean;
  sandbox?: string;
}

export interface FirefoxSession {
  browser: Browser;
  connection: BidiConnection;
  extensionId: string;
  /** Where Firefox saves downloads in this session. */
  downloadDir: string;
  /** Runs `functionDeclaration` in the browser window itself (system principal); returns its JSON result. */
  inChrome<R>(functionDeclaration: string, ...args: BidiArgument[]): Promise<R>;
  /** Runs `functionDeclaration` in `page`'s own world; returns the raw BiDi result. */
  /**
   * Runs `functionDeclaration` in `page`; returns the raw BiDi result. With `sandbox`, in an
   * isolated world of the harness's own, so a page that broke its built-ins cannot break the reading.
   */
  callInPage(page: Page, functionDeclaration: string, args: BidiArgument[], options?: CallOptions): Promise<RemoteValue>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The BiDi browsing-context id of a page (Puppeteer keeps it on the main frame). */
export function contextIdOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function unwrap(response: { result: Record<string, unknown> }): RemoteValue {
  const { result } = response;
  if (result['type'] === 'exception') {
    const details = result['exceptionDetails'] as { text?: string } | undefined;
    throw new Error(`script failed in Firefox: ${details?.text ?? JSON.stringify(result)}`);
  }
  return result['result'] as RemoteValue;
}

export async function launchFirefox(dist = FIREFOX_DIST, options: LaunchOptions = {}): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const downloadDir = join(mkdtempSync(join(tmpdir(), 'plainsight-firefox-')), 'downloads');
  mkdirSync(downloadDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Host permissions stay opt-in, as for a person: only our own UI (a click on our button) grants them.
      'extensions.originControls.grantByDefault': false,
      // Downloads go straight into this session's folder, without asking where.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      // The downloads panel would take keyboard focus from the page after each download.
      'browser.download.alwaysOpenPanel': false,
      'browser.shell.checkDefaultBrowser': false,
      'ui.prefersReducedMotion': 1,
      // The system colour scheme pages see (prefers-color-scheme): 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      // The interface language; Firefox uses it only when that language pack is installed (Debian: firefox-esr-l10n-ur).
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const extensionId = await browser.installExtension(dist);

  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const windows = tree.result['contexts'] as { context: string; url: string }[];
  const chromeWindow = windows.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeWindow) throw new Error('no Firefox browser window over BiDi (is --remote-allow-system-access set?)');

  const call = async (context: string, functionDeclaration: string, args: BidiArgument[], options: CallOptions = {}): Promise<RemoteValue> =>
    unwrap(
      await connection.send('script.callFunction', {
        functionDeclaration,
        target: options.sandbox ? { context, sandbox: options.sandbox } : { context },
        arguments: args,
        ...(options.thisArg ? { this: options.thisArg } : {}),
        awaitPromise: true,
        resultOwnership: 'none',
        serializationOptions: { maxDomDepth: 1, includeShadowTree: options.includeShadowTree ? 'all' : 'none' },
      }),
    );

  return {
    browser,
    connection,
    extensionId,
    downloadDir,
    async inChrome<R>(functionDeclaration: string, ...args: BidiArgument[]): Promise<R> {
      const body = `async function (...args) { return JSON.stringify(await (${functionDeclaration}).apply(this, args)); }`;
      const value = await call(chromeWindow.context, body, args);
      return (value.value === undefined ? undefined : JSON.parse(value.value as string)) as R;
    },
    callInPage: (page, functionDeclaration, args, options) => call(contextIdOf(page), functionDeclaration, args, options),
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async close() {
      await browser.close();
      rmSync(dirname(downloadDir), { recursive: true, force: true });
    },
  };
}
