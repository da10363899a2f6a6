/**
 * bench:declutter — in headless Chromium with the built extension, for each page: load it from
 * 127.0.0.1, click the toolbar button, send the popup's `declutter:apply` message, and score
 * `document.body.innerText` against the article (shingle rule) before and after.
 *
 *   npm run build && npm run -s bench:declutter -- [DIR...] [--limit N] [--only NAME-PART] [--json out/declutter.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../test/harness/chromium.ts';
import { startServer, type StaticServer } from '../test/harness/server.ts';
import { scorePage, type PageScore } from './lib/shingle-score.ts';
import { DEFAULT_DIRS, loadCases, type DeclutterCase } from './declutter-cases.ts';
import { printSet, type CaseResult } from './declutter-report.ts';
import type { DeclutterState } from '../src/shared/messages.ts';

const PAGE_TIMEOUT_MS = 20_000;

interface WorkerGlobals {
  chrome: {
    scripting: { executeScript(options: object): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
  };
}

function parseArgs(argv: string[]): { dirs: string[]; limit: number; json: string | null; only: string | null } {
  const dirs: string[] = [];
  let limit = Infinity;
  let json: string | null = null;
  let only: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--only') only = argv[++i] ?? null;
    else if (arg === '--json') json = argv[++i] ?? null;
    else dirs.push(arg);
  }
  return { dirs: dirs.length ? dirs : DEFAULT_DIRS, limit, json, only };
}

/** The popup's path: inject the content script (idempotent) and send `declutter:apply`. */
async function declutterThroughExtension(browser: ExtensionBrowser, page: Page): Promise<DeclutterState> {
  const tabId = await browser.clickToolbar(page);
  return (await browser.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] });
    return chrome.tabs.sendMessage(id, { channel: 'plainsight', type: 'declutter:apply', payload: {} });
  }, tabId)) as DeclutterState;
}

async function runCase(browser: ExtensionBrowser, server: StaticServer, item: DeclutterCase): Promise<CaseResult> {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url(item.path), { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }).catch(async () => {
      // A page whose load never fires (a hanging frame) is still a page: measure what arrived.
      await page.waitForLoadState('domcontentloaded', { timeout: 5_000 });
    });
    const visible = (): Promise<string> => page.evaluate(() => document.body?.innerText ?? '');
    const before = scorePage(item.truth, await visible());
    // Now and then Chromium has not granted activeTab yet when the message goes out; one more click.
    const state = await withTimeout(
      declutterThroughExtension(browser, page).catch((error: unknown) => {
        if (!String(error).includes('Cannot access contents')) throw error;
        return declutterThroughExtension(browser, page);
      }),
      PAGE_TIMEOUT_MS,
    );
    const afterText = await visible();
    const after = scorePage(item.truth, afterText);
    return { item, before, after, state, error: null, afterText };
  } catch (error) {
    return { item, before: null, after: null, state: null, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  } finally {
    for (const open of browser.context.pages()) await open.close().catch(() => {});
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))]);
}

async function main(): Promise<void> {
  const { dirs, limit, json, only } = parseArgs(process.argv.slice(2));
  const browser = await launchWithExtension();
  // Benchmark pages reference their original hosts; nothing may leave the machine.
  await browser.context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const all: CaseResult[] = [];
  const started = Date.now();
  try {
    for (const dir of dirs) {
      const cases = loadCases(dir).filter((item) => !only || item.name.includes(only)).slice(0, limit);
      if (cases.length === 0) continue;
      const server = await startServer(cases[0]?.root ?? dir);
      const results: CaseResult[] = [];
      for (const item of cases) {
        const result = await runCase(browser, server, item);
        results.push(result);
        if (process.stderr.isTTY) process.stderr.write(`\r${item.set} ${results.length}/${cases.length}`);
      }
      await server.close();
      printSet(dir, results);
      all.push(...results);
    }
  } finally {
    await browser.close();
  }
  console.log(`\ntotal ${all.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    const rows = all.map(({ item, before, after, state, error, afterText }) => ({ set: item.set, name: item.name, before, after, afterText: only ? afterText : undefined, hidden: state?.hiddenCount, articleFound: state?.articleFound, ms: state?.ms, error, blocks: state?.blocks.map((b) => `${b.ruleId}:${b.kind}:${b.preview}`) }));
    writeFileSync(json, JSON.stringify(rows, null, 1));
  }
}

export type { PageScore };
await main();
