/**
 * bench:web --declutter — declutter on the open-web segments set (data/web-segments), in headless
 * Chromium with the built extension, the same path as a person (bench/lib/declutter-browser.ts).
 * Each page is served from 127.0.0.1 (nothing else is reachable); `document.body.innerText` is
 * scored against the page's `with` segments (article, should stay visible) and `without` segments
 * (boilerplate, should be hidden) before and after Declutter page.
 *
 *   npm run build && npm run -s bench:web -- --declutter [DIR] [--every K [--offset I]] [--only ID] [--json FILE] [--baseline DIST]
 *
 * `--baseline DIST` runs a second built extension (another commit's dist/chrome) on each page
 * right after ours, so its figures and its time in page come from the same run.
 *   npx tsx bench/web-declutter.ts --declutter [DIR] [--every K]      (the same, directly)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/harness/server.ts';
import { assertSameDocument, closeAllPages, declutterLikeAPerson, markDocument, firstLine, launchOffline, openPage, visibleText } from './lib/declutter-browser.ts';
import { median, percentile } from './declutter-report.ts';
import { DEFAULT_WEB_SEGMENTS_DIR, loadWebSegments, scoreSegments, type PageSegments, type WebPage } from './lib/web-segments.ts';
import type { DeclutterState } from '../src/shared/messages.ts';

interface Options {
  dir: string;
  every: number;
  /** With --every K: which of the K slices (the other half of --every 2 is --offset 1). */
  offset: number;
  only: string | null;
  json: string | null;
  baseline: string | null;
}

interface PageResult {
  page: WebPage;
  before: PageSegments;
  after: PageSegments;
  state: DeclutterState;
}

function parseArgs(args: string[]): Options {
  const options: Options = { dir: DEFAULT_WEB_SEGMENTS_DIR, every: 1, offset: 0, only: null, json: null, baseline: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--declutter') continue;
    if (arg === '--every') options.every = Math.max(1, Number(args[++i]) || 1);
    else if (arg === '--offset') options.offset = Math.max(0, Number(args[++i]) || 0);
    else if (arg === '--only') options.only = args[++i] ?? null;
    else if (arg === '--json') options.json = args[++i] ?? null;
    else if (arg === '--baseline') options.baseline = args[++i] ?? null;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (expected --every K, --offset I, --only ID, --json FILE, --baseline DIST)`);
    else options.dir = arg;
  }
  return options;
}

const f = (value: number): string => value.toFixed(3);
const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
const sum = (results: PageResult[], pick: (result: PageResult) => number): number => results.reduce((total, result) => total + pick(result), 0);
const clip = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 100));

export async function runWebDeclutter(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const pages = loadWebSegments(options.dir).filter((page, index) => (options.only ? page.id === options.only : index % options.every === options.offset % options.every));
  const server = await startServer(resolve(options.dir));
  const runs = [{ label: 'ours', browser: await launchOffline(), results: [] as PageResult[], failed: [] as string[] }];
  if (options.baseline) runs.push({ label: `baseline ${options.baseline}`, browser: await launchOffline(resolve(options.baseline)), results: [], failed: [] });
  const started = Date.now();
  try {
    for (const [index, page] of pages.entries()) {
      const path = `/page/${encodeURIComponent(page.id)}.html`;
      server.route(path, page.html);
      for (const run of runs) {
        try {
          const tab = await openPage(run.browser, server.url(path));
          await markDocument(tab);
          const before = scoreSegments(page, await visibleText(tab));
          const state = await declutterLikeAPerson(run.browser, tab);
          const after = scoreSegments(page, await visibleText(tab));
          await assertSameDocument(tab);
          run.results.push({ page, before, after, state });
        } catch (error) {
          run.failed.push(`${page.id}: ${firstLine(error)}`);
        } finally {
          await closeAllPages(run.browser);
        }
      }
      if (process.stderr.isTTY) process.stderr.write(`\rweb-segments declutter ${index + 1}/${pages.length}`);
    }
  } finally {
    for (const run of runs) await run.browser.close();
    await server.close();
  }
  const [ours, baseline] = runs;
  const results = ours?.results ?? [];
  printReport(options, results, ours?.failed ?? [], (Date.now() - started) / 1000);
  if (baseline) printSummary(baseline.label, baseline.results, baseline.failed);
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    const rows = results.map(({ page, before, after, state }) => ({ id: page.id, url: page.url, ms: state.ms, articleFound: state.articleFound, lost: after.lost.filter((s) => !before.lost.includes(s)), kept: after.kept, blocks: state.blocks.map((b) => `${b.ruleId}:${b.kind}:${b.preview}`) }));
    writeFileSync(options.json, JSON.stringify(rows, null, 1));
  }
}

function printReport(options: Options, results: PageResult[], failed: string[], seconds: number): void {
  console.log(`\n== declutter on ${options.dir}: ${results.length} pages${options.every > 1 ? ` (every ${options.every}th)` : ''}, ${failed.length} failed, ${seconds.toFixed(0)} s`);
  printSummary('ours', results, failed);
  const losing = results.map((r) => ({ r, lost: r.after.lost.filter((segment) => !r.before.lost.includes(segment)) })).filter(({ lost }) => lost.length > 0);
  console.log(`\npages where declutter hid article text (${losing.length}):`);
  for (const { r, lost } of losing.sort((a, b) => b.lost.length - a.lost.length)) {
    console.log(`  ${r.page.id} ${r.page.url} lost ${lost.length}/${r.page.with.length}${r.state.articleFound ? '' : ' (no article found)'}`);
    for (const segment of lost) console.log(`      ${clip(segment)}`);
  }
  console.log(`\n15 pages keeping most boilerplate after declutter:`);
  for (const r of [...results].sort((a, b) => b.after.kept.length - a.after.kept.length).slice(0, 15)) {
    if (r.after.kept.length === 0) break;
    console.log(`  ${r.page.id} ${r.page.url} keeps ${r.after.kept.length}/${r.page.without.length}`);
    for (const segment of r.after.kept) console.log(`      ${clip(segment)}`);
  }
  for (const line of failed) console.log(`  failed ${line}`);
}

/** The figures of one build: segments visible and hidden before and after, time in page. */
function printSummary(label: string, results: PageResult[], failed: string[]): void {
  const withCount = sum(results, (r) => r.page.with.length);
  const withoutCount = sum(results, (r) => r.page.without.length);
  console.log(`\n${label} (${results.length} pages, ${failed.length} failed)    untouched   decluttered`);
  console.log(`'with' segments visible (${withCount})      ${f(share(sum(results, (r) => r.before.truePositives), withCount))}       ${f(share(sum(results, (r) => r.after.truePositives), withCount))}`);
  console.log(`'without' segments hidden (${withoutCount})  ${f(share(sum(results, (r) => r.before.trueNegatives), withoutCount))}       ${f(share(sum(results, (r) => r.after.trueNegatives), withoutCount))}`);
  const ms = results.map((r) => r.state.ms);
  console.log(`declutter ms in page: median ${median(ms).toFixed(1)}, p90 ${percentile(ms, 0.9).toFixed(1)}; article not found on ${results.filter((r) => !r.state.articleFound).length} pages`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runWebDeclutter(process.argv.slice(2));
