/**
 * `npm run -s try -- FILE_OR_URL [--out DIR] [--mode reader] [--browser chromium|firefox] [--locale ur]`
 * (`--mode pick --target CSS [--widen N]` picks a block; `--locale` sets the browser's interface language)
 * Opens a page in a real headless browser with the built extension, clicks the toolbar button,
 * runs the chosen mode through the popup (the same path a person takes), and writes
 * DIR/result.json plus before.png, after.png and popup.png. result.json keeps dialogs, console
 * errors and requests apart by who caused them (scripts/try-events.ts): the page before the click
 * (its own scripts), the page after it, the popup, and the extension.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { startServer } from '../test/harness/server.ts';
import { launchDriver } from '../test/harness/launch.ts';
import type { BrowserName } from '../test/harness/driver.ts';
import { TRY_MODES } from './try-modes/index.ts';
import { markEvents, tryEvents } from './try-events.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'out/try' },
    mode: { type: 'string', default: 'reader' },
    browser: { type: 'string', default: 'chromium' },
    locale: { type: 'string' },
    target: { type: 'string' },
    widen: { type: 'string', default: '0' },
  },
});

const target = positionals[0];
const mode = TRY_MODES[values.mode];
const widen = Number(values.widen);
const badPick = values.mode === 'pick' && !values.target;
if (!target || !mode || (values.browser !== 'chromium' && values.browser !== 'firefox') || !Number.isInteger(widen) || widen < 0 || badPick) {
  if (badPick) process.stderr.write('--mode pick needs --target CSS: the element whose centre to click.\n');
  process.stderr.write(
    `usage: npm run -s try -- FILE_OR_URL [--out DIR] [--mode ${Object.keys(TRY_MODES).join('|')}] [--browser chromium|firefox] [--locale LANG] [--target CSS] [--widen N]\n`,
  );
  process.exit(2);
}
const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(target);
if (!isUrl && !existsSync(target)) {
  process.stderr.write(`${target}: no such file\n`);
  process.exit(2);
}
if (!existsSync(resolve('dist', values.browser === 'firefox' ? 'firefox' : 'chrome', 'manifest.json'))) {
  process.stderr.write('No build found: run `npm run build` first.\n');
  process.exit(2);
}

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const server = isUrl ? null : await startServer(dirname(resolve(target)));
const driver = await launchDriver(values.browser as BrowserName, values.locale ? { locale: values.locale } : {});
try {
  const url = server ? server.url(`/${encodeURIComponent(basename(target))}`) : target;
  const page = await driver.newPage();
  await page.goto(url);
  await page.screenshot(resolve(outDir, 'before.png'));
  // Everything the page did so far was its own scripts' doing; the click starts ours.
  const clickMark = markEvents(page.events);
  const firstBackgroundRequest = driver.backgroundRequests().length;

  const tabId = await driver.clickToolbar(page);
  const popup = await driver.openPopup(tabId);
  await popup.waitFor('.title, .notice');
  const article = await popup.evaluate(
    // The same message the popup sends, from the popup page itself (Firefox names the API `browser`).
    (tab) => {
      type Api = { tabs: { sendMessage(tab: number, message: unknown): Promise<unknown> } };
      const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (globals.browser ?? globals.chrome) as Api;
      return api.tabs.sendMessage(tab, { channel: 'plainsight', type: 'article:get', payload: { force: false } });
    },
    tabId,
  );
  const popupText = await popup.text();
  await popup.screenshot(resolve(outDir, 'popup.png'));

  const { visibleText, extra } = await mode.run({ driver, page, popup, tabId, outDir, options: { target: values.target, widen } });
  await page.bringToFront();
  await page.screenshot(resolve(outDir, 'after.png'));

  const events = tryEvents({
    page: page.events,
    clickMark,
    popup: popup.events,
    extension: { dialogs: [], consoleErrors: driver.backgroundConsoleErrors?.() ?? [], requests: driver.backgroundRequests().slice(firstBackgroundRequest) },
    pageUrl: url,
    extensionBase: driver.extensionBaseUrl,
  });
  const result = {
    url,
    mode: mode.name,
    locale: values.locale ?? null,
    uiLanguage: await popup.evaluate(() => document.documentElement.lang),
    article,
    popupText,
    visibleText,
    ...events,
    ...extra,
  };
  writeFileSync(resolve(outDir, 'result.json'), JSON.stringify(result, null, 2));
  process.stdout.write(
    `${mode.name}: ${url}\n  result:      ${resolve(outDir, 'result.json')}\n  screenshots: ${['before', 'popup', 'after'].map((name) => resolve(outDir, `${name}.png`)).join('\n               ')}\n`,
  );
} finally {
  await driver.close();
  await server?.close();
}
