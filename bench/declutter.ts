/**
 * bench:declutter — in headless Chromium with the built extension, for each page: load it from
 * 127.0.0.1, click the toolbar button, send the popup's `declutter:apply` message, and score
 * `document.body.innerText` against the article (shingle rule) before and after.
 *
 *   npm run build && npm run -s bench:declutter -- [DIR...] [--limit N] [--only NAME-PART] [--json out/declutter.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startServer, type StaticServer } from '../test/harness/server.ts';
import type { ExtensionBrowser } from '../test/harness/chromium.ts';
import { scorePage, type PageScore } from './lib/shingle-score.ts';
import { DEFAULT_DIRS, loadCases, type DeclutterCase } from './declutter-cases.ts';
import { printSet, type CaseResult } from './declutter-report.ts';
import { closeAllPages, declutterLikeAPerson, firstLine, launchOffline, openPage, visibleText } from './lib/declutter-browser.ts';

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

async function runCase(browser: ExtensionBrowser, server: StaticServer, item: DeclutterCase): Promise<CaseResult> {
  try {
    const page = await openPage(browser, server.url(item.path));
    const before = scorePage(item.truth, await visibleText(page));
    const state = await declutterLikeAPerson(browser, page);
    const afterText = await visibleText(page);
    const after = scorePage(item.truth, afterText);
    return { item, before, after, state, error: null, afterText };
  } catch (error) {
    return { item, before: null, after: null, state: null, error: firstLine(error) };
  } finally {
    await closeAllPages(browser);
  }
}

async function main(): Promise<void> {
  const { dirs, limit, json, only } = parseArgs(process.argv.slice(2));
  const browser = await launchOffline();
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
