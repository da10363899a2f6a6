/**
 * `npm run bench:huge [-- DATA_DIR]`: do huge pages stay usable? For a 5 MB page of 20,000
 * paragraphs, a page with 50,000 links and a typical news page (the benchmark page closest to
 * 200 KB in DATA_DIR, default ../shared/data/article-extraction-benchmark), prints the longest
 * main-thread task of the page's renderer (CDP trace) while Plainsight works (popup facts, then
 * reader view; then, on a fresh load of the same page, Declutter page), the time from the click to
 * the popup's facts and to reader view's first paint, beside two baselines measured in the same
 * run: a plain Readability parse of a clone in the page's own main thread, and the old in-page
 * extraction (a second build, PLAINSIGHT_IN_PAGE_EXTRACTION=1, in dist-bench/). Needs a build
 * (dist/chrome). Options: --runs N (default 2), --paragraphs N, --links N, --only NAME,NAME,
 * --baseline DIST (a third build, e.g. an earlier commit's dist/chrome, taking turns with the others).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromiumDriver } from '../test/harness/chromium-driver.ts';
import { startServer } from '../test/harness/server.ts';

type ChromiumDriver = Awaited<ReturnType<typeof launchChromiumDriver>>;
import { manyLinksPage, manyParagraphsPage } from './lib/huge-page.ts';
import { loadBenchmark } from './lib/extraction-data.ts';

type PageWindow = Window & { Readability: new (doc: Document) => { parse(): unknown } };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '2' }, paragraphs: { type: 'string', default: '20000' }, links: { type: 'string', default: '50000' }, only: { type: 'string' }, baseline: { type: 'string' } },
});
const DATA_DIR = positionals[0] ?? '../shared/data/article-extraction-benchmark';
/** The old in-page extraction, built beside the shipped one for the same-run comparison. */
const IN_PAGE_DIST = resolve('dist-bench/in-page');
const RUNS = Number(values.runs);
/** `--only paragraphs,news`: measure those pages only. */
const ONLY = values.only?.split(',');
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Main-thread tasks of the page's renderer from a CDP trace (RunTask events on CrRendererMain of
 * the process that hosts the page). Long tasks from the page's own PerformanceObserver are not
 * reported for a background tab in headless Chromium, and the popup puts the page in the background.
 */
const START_MARK = 'plainsight-bench:start';

class MainThreadTrace {
  private constructor(private readonly session: CDPSession) {}

  static async start(context: BrowserContext, page: Page): Promise<MainThreadTrace> {
    const session = await context.newCDPSession(page);
    await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] } });
    // The trace may hold earlier work of the page's process (its load, the popup's injection):
    // only tasks after this mark count.
    await page.evaluate((mark) => console.timeStamp(mark), START_MARK);
    return new MainThreadTrace(session);
  }

  /**
   * Stops tracing; returns the longest task (ms), the number of tasks over 50 ms in the page's
   * renderer, and the longest task without the browser's own style and layout work inside it
   * (after declutter hides 50,000 links the browser re-lays out the page; that is not our code).
   */
  async stop(pageUrl: string): Promise<{ longest: number; over50: number; longestWithoutRelayout: number }> {
    const done = new Promise<string>((resolve) => this.session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
    await this.session.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = await this.session.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await this.session.send('IO.close', { handle: stream });
    await this.session.detach();
    if (process.env['BENCH_TRACE_DIR']) writeFileSync(resolve(process.env['BENCH_TRACE_DIR'], `trace-${Date.now()}.json`), text);
    type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts?: number; dur?: number; args?: { name?: string; data?: { frames?: { url: string; processId: number }[]; message?: string } } };
    const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const pids = new Set<number>();
    for (const event of events) {
      for (const frame of event.args?.data?.frames ?? []) if (frame.url === pageUrl) pids.add(frame.processId);
    }
    const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pids.has(event.pid)).map((event) => `${event.pid}:${event.tid}`));
    const onMain = (event: TraceEvent): boolean => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`);
    const started = Math.max(0, ...events.filter((event) => event.name === 'TimeStamp' && event.args?.data?.message === START_MARK && pids.has(event.pid)).map((event) => event.ts ?? 0));
    const runTasks = events.filter((event) => event.name === 'RunTask' && onMain(event) && (event.ts ?? 0) >= started);
    const tasks = runTasks.map((event) => (event.dur ?? 0) / 1000);
    if (mainThreads.size === 0) throw new Error(`no renderer main thread found for ${pageUrl}`);
    if (process.env['BENCH_DEBUG']) {
      console.log('top tasks', [...tasks].sort((a, b) => b - a).slice(0, 8).map(Math.round));
      // What the longest tasks were made of (nested events overlap, so shares are indicative).
      for (const task of [...runTasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4)) {
        const inside = new Map<string, number>();
        for (const event of events) {
          if (event === task || !onMain(event) || event.pid !== task.pid || event.tid !== task.tid) continue;
          if ((event.ts ?? 0) < (task.ts ?? 0) || (event.ts ?? 0) > (task.ts ?? 0) + (task.dur ?? 0)) continue;
          inside.set(event.name, (inside.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
        }
        const parts = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name} ${Math.round(ms)}`);
        console.log(`  task ${Math.round((task.dur ?? 0) / 1000)} ms: ${parts.join(', ')}`);
      }
    }
    const RELAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'PrePaint', 'Paint']);
    let longestWithoutRelayout = 0;
    for (const task of [...runTasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 20)) {
      const start = task.ts ?? 0;
      const end = start + (task.dur ?? 0);
      let relayout = 0;
      for (const event of events) {
        if (!RELAYOUT.has(event.name) || !onMain(event) || event.pid !== task.pid || event.tid !== task.tid) continue;
        if ((event.ts ?? 0) >= start && (event.ts ?? 0) <= end) relayout += event.dur ?? 0;
      }
      longestWithoutRelayout = Math.max(longestWithoutRelayout, ((task.dur ?? 0) - relayout) / 1000);
    }
    return { longest: Math.round(Math.max(0, ...tasks)), over50: tasks.filter((ms) => ms > 50).length, longestWithoutRelayout: Math.round(longestWithoutRelayout) };
  }
}

/** `BENCH_PROFILE=1`: a V8 CPU profile of the page's isolate (content script included), as inclusive ms per function name. */
class CpuProfile {
  private constructor(private readonly session: CDPSession) {}

  static async start(context: BrowserContext, page: Page): Promise<CpuProfile> {
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 1000 });
    await session.send('Profiler.start');
    return new CpuProfile(session);
  }

  async stop(): Promise<Record<string, number>> {
    const { profile } = await this.session.send('Profiler.stop');
    await this.session.detach();
    const parent = new Map<number, number>();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map<string, number>();
    (profile.samples ?? []).forEach((leaf, i) => {
      const names = new Set<string>();
      for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
        const frame = byId.get(id)?.callFrame;
        if (frame) names.add(`${frame.functionName || '(anonymous)'}${frame.url ? '@' + frame.url.split('/').pop() + ':' + (frame.lineNumber + 1) : ''}`);
      }
      for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    return Object.fromEntries([...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => [name, Math.round(ms)]));
  }
}

const settle = (): Promise<void> => sleep(1500);

async function measure(driver: ChromiumDriver, url: string): Promise<Record<string, number | string>> {
  const page = await driver.newPage();
  const raw = (page as unknown as { page: Page }).page;
  const context = driver.raw.context;
  await page.goto(url);
  await settle();

  let trace = await MainThreadTrace.start(context, raw);
  const baselineMs = await page.evaluate(() => {
    const start = performance.now();
    new (window as unknown as PageWindow).Readability(document.cloneNode(true) as Document).parse();
    return Math.round(performance.now() - start);
  });
  await settle();
  const baseline = await trace.stop(page.url());

  trace = await MainThreadTrace.start(context, raw);
  const popupStart = Date.now();
  const tabId = await driver.clickToolbar(page);
  const popup = await driver.openPopup(tabId);
  await popup.waitFor('.title, .notice', 120_000);
  const popupMs = Date.now() - popupStart;
  await settle();
  const facts = await trace.stop(page.url());
  const title = await popup.text('.title').catch(() => '(no title)');

  trace = await MainThreadTrace.start(context, raw);
  const readerStart = Date.now();
  await popup.clickText('Reader view');
  // The popup is a bubble over the page for a person; here it is a tab, so bring the page back.
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector('plainsight-reader') !== null, undefined, 120_000);
  const readerMs = Date.now() - readerStart;
  await page.waitForFunction(() => document.querySelector('plainsight-reader[data-state="ready"]') !== null, undefined, 300_000);
  const readerDoneMs = Date.now() - readerStart;
  await settle();
  const reader = await trace.stop(page.url());
  const readerText = await driver.readerText(page);
  await popup.close();
  await page.close();
  const declutter = await measureDeclutter(driver, url);
  return {
    title,
    readerChars: readerText?.length ?? 0,
    'baseline Readability longest task ms': baseline.longest,
    'baseline parse ms': baselineMs,
    'popup facts longest task ms': facts.longest,
    'popup tasks >50ms': facts.over50,
    'popup shown after ms': popupMs,
    'reader view longest task ms': reader.longest,
    'reader tasks >50ms': reader.over50,
    'reader open after ms': readerMs,
    'reader complete after ms': readerDoneMs,
    ...declutter,
  };
}

/**
 * Declutter on a fresh load of the same page: reader view's overlay and its cached extraction
 * would otherwise be part of what declutter sees. The trace starts once the popup shows its
 * facts, so it holds the Declutter page click only.
 */
async function measureDeclutter(driver: ChromiumDriver, url: string): Promise<Record<string, number>> {
  const page = await driver.newPage();
  const raw = (page as unknown as { page: Page }).page;
  await page.goto(url);
  await settle();
  const tabId = await driver.clickToolbar(page);
  const popup = await driver.openPopup(tabId);
  await popup.waitFor('.title, .notice', 120_000);
  await settle();
  const trace = await MainThreadTrace.start(driver.raw.context, raw);
  const profiler = process.env['BENCH_PROFILE'] ? await CpuProfile.start(driver.raw.context, raw) : null;
  const start = Date.now();
  await popup.clickText('Declutter page');
  await popup.waitFor('.declutter-count', 300_000);
  const doneMs = Date.now() - start;
  await settle();
  if (profiler) console.log('declutter profile (inclusive ms per function, top 25):', JSON.stringify(await profiler.stop()));
  const tasks = await trace.stop(page.url());
  const hidden = await page.evaluate(() => document.querySelectorAll('[data-plainsight-hidden]').length);
  await popup.close();
  await page.close();
  return {
    'declutter longest task ms': tasks.longest,
    'declutter longest task without relayout ms': tasks.longestWithoutRelayout,
    'declutter tasks >50ms': tasks.over50,
    'declutter done after ms': doneMs,
    'declutter hidden blocks': hidden,
  };
}

/** A typical news page: the data set's page closest to 200 KB (real markup, scripts and all). */
function typicalNewsPage(): string {
  const pages = loadBenchmark(DATA_DIR);
  const target = 200_000;
  const [closest] = [...pages].sort((a, b) => Math.abs(Buffer.byteLength(a.html) - target) - Math.abs(Buffer.byteLength(b.html) - target));
  if (!closest) throw new Error(`no pages in ${DATA_DIR}`);
  return closest.html;
}

const VARIANTS = [
  { name: 'off-thread', dist: undefined },
  { name: 'in-page (old)', dist: resolve(IN_PAGE_DIST, 'chrome') },
  // `--baseline DIST`: another build (an earlier commit's dist/chrome) measured in the same run.
  ...(values.baseline ? [{ name: `baseline ${values.baseline}`, dist: resolve(values.baseline) }] : []),
];

async function main(): Promise<void> {
  console.log('building the old in-page extraction for comparison…');
  execFileSync('node', ['scripts/build.js'], { env: { ...process.env, PLAINSIGHT_BUILD_DIR: IN_PAGE_DIST, PLAINSIGHT_IN_PAGE_EXTRACTION: '1' }, stdio: 'inherit' });
  const server = await startServer('test/fixtures/pages');
  const readability = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');
  const withBaseline = (html: string): string => html.replace(/<\/head>/i, `<script>${readability.replaceAll('</script', '<\\/script')}</script></head>`);
  const pages = {
    paragraphs: withBaseline(manyParagraphsPage(Number(values.paragraphs))),
    links: withBaseline(manyLinksPage(Number(values.links))),
    news: withBaseline(typicalNewsPage()),
  };
  for (const [name, html] of Object.entries(pages)) {
    server.route(`/huge/${name}.html`, html);
    console.log(`${name}: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB`);
  }
  // Both builds stay open and take turns page by page, run by run: the machine's load drifts,
  // and a comparison made minutes apart would measure the drift.
  const drivers: ChromiumDriver[] = [];
  const summary: Record<string, Record<string, number | string>[]> = {};
  try {
    for (const variant of VARIANTS) drivers.push(await launchChromiumDriver(variant.dist));
    for (const name of Object.keys(pages).filter((page) => !ONLY || ONLY.includes(page))) {
      for (let run = 1; run <= RUNS; run++) {
        for (const [i, variant] of VARIANTS.entries()) {
          const result = await measure(drivers[i] as ChromiumDriver, server.url(`/huge/${name}.html?run=${run}&v=${i}`));
          console.log(`${variant.name} ${name} run ${run}: ${JSON.stringify(result)}`);
          (summary[`${name} · ${variant.name}`] ??= []).push(result);
        }
      }
    }
  } finally {
    for (const driver of drivers) await driver.close();
    await server.close();
  }
  printSummary(summary);
}

/** Medians per page and build of the figures the issue asks for. */
function printSummary(summary: Record<string, Record<string, number | string>[]>): void {
  const keys = ['baseline Readability longest task ms', 'popup facts longest task ms', 'popup shown after ms', 'reader view longest task ms', 'reader open after ms', 'declutter longest task ms', 'declutter longest task without relayout ms', 'declutter done after ms'];
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
  };
  console.log(`\nmedians (${RUNS} run${RUNS === 1 ? '' : 's'}):`);
  for (const [label, results] of Object.entries(summary)) {
    console.log(`${label}: ${keys.map((key) => `${key.replace(/ ms$/, '')} ${median(results.map((result) => Number(result[key])))}`).join(' | ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
